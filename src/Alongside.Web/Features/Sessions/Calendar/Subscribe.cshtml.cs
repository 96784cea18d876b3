using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Sessions.Calendar;

/// <summary>Make or reset the secret address of your calendar feed. It is shown once, when made.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class SubscribeModel(AlongsideDbContext db, TimeProvider clock) : PageModel
{
    public bool HasFeed { get; private set; }
    public DateTimeOffset? MadeAt { get; private set; }
    public string? NewUrl { get; private set; }

    public async Task OnGetAsync()
    {
        var me = User.Id();
        MadeAt = await db.CalendarFeeds.Where(f => f.UserId == me).Select(f => (DateTimeOffset?)f.CreatedAt).SingleOrDefaultAsync();
        HasFeed = MadeAt is not null;
    }

    /// <summary>Makes a new address; any old one stops working at once.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var me = User.Id();
        var (token, hash) = CalendarFeedTokens.New();
        await db.CalendarFeeds.Where(f => f.UserId == me).ExecuteDeleteAsync();
        db.CalendarFeeds.Add(new CalendarFeed { UserId = me, TokenHash = hash, CreatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync();
        NewUrl = CalendarFeedTokens.Url(HttpContext, token);
        HasFeed = true;
        MadeAt = clock.GetUtcNow();
        return Page();
    }

    public async Task<IActionResult> OnPostStopAsync()
    {
        var me = User.Id();
        await db.CalendarFeeds.Where(f => f.UserId == me).ExecuteDeleteAsync();
        this.Flash("Your calendar feed is switched off. Calendars subscribed to it stop updating.");
        return RedirectToPage();
    }
}
