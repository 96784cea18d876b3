using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Account;

/// <summary>Where the person is signed in, and a way to end any of it.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class SessionsModel(UserSessions sessions, ILiveConnections liveConnections) : PageModel
{
    public IReadOnlyList<UserSession> Open { get; private set; } = [];
    public Guid? ThisOne { get; private set; }

    public async Task OnGetAsync()
    {
        ThisOne = UserSessions.Current(User);
        Open = await sessions.OpenAsync(User.Id());
    }

    /// <summary>Ends one of the person's own sessions; someone else's id changes nothing.</summary>
    public async Task<IActionResult> OnPostEndAsync(Guid id)
    {
        var mine = await sessions.OpenAsync(User.Id());
        if (mine.Any(s => s.Id == id))
        {
            await sessions.EndAsync(id);
            await liveConnections.DisconnectUserEverywhereAsync(User.Id());
        }
        this.Flash(id == UserSessions.Current(User) ? "This browser is signed out" : "That device is signed out");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostOthersAsync()
    {
        var ended = await sessions.EndAllAsync(User.Id(), except: UserSessions.Current(User));
        await liveConnections.DisconnectUserEverywhereAsync(User.Id());
        this.Flash(ended == 1 ? "1 other device is signed out" : $"{ended} other devices are signed out");
        return RedirectToPage();
    }
}
