using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Account;

/// <summary>
/// The person chooses which everyday emails they get; essential ones are listed as always sent.
/// Only the choice is saved here: <see cref="Notices"/> obeys it for every feature.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class EmailsModel(AlongsideDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        /// <summary>The categories ticked: the person wants these.</summary>
        public List<string> Wanted { get; set; } = [];
    }

    public async Task OnGetAsync()
    {
        var off = await TurnedOffAsync();
        Input.Wanted = [.. NoticeCategories.Optional.Where(c => !off.Contains(c)).Select(c => c.ToString())];
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var wanted = new HashSet<NoticeCategory>();
        foreach (var value in Input.Wanted)
        {
            // A name from the list only: not a number, not the essential ones, not anything else.
            if (!Enum.TryParse<NoticeCategory>(value, out var category) || category.ToString() != value || !NoticeCategories.Optional.Contains(category))
            {
                ModelState.AddModelError("Input.Wanted", "Choose only from the emails listed");
                return Page();
            }
            wanted.Add(category);
        }
        var me = User.Id();
        var turnOff = NoticeCategories.Optional.Where(c => !wanted.Contains(c)).ToList();
        var already = await TurnedOffAsync();
        await db.NoticeOptOuts.Where(o => o.UserId == me && !turnOff.Contains(o.Category)).ExecuteDeleteAsync();
        var now = clock.GetUtcNow();
        db.NoticeOptOuts.AddRange(turnOff.Where(c => !already.Contains(c)).Select(c => new NoticeOptOut { UserId = me, Category = c, ChangedAt = now }));
        await db.SaveChangesAsync();
        this.Flash("Your email choices are saved");
        return RedirectToPage();
    }

    public bool IsWanted(NoticeCategory category) => Input.Wanted.Contains(category.ToString());

    private async Task<HashSet<NoticeCategory>> TurnedOffAsync()
    {
        var me = User.Id();
        return [.. await db.NoticeOptOuts.Where(o => o.UserId == me).Select(o => o.Category).ToListAsync()];
    }
}
