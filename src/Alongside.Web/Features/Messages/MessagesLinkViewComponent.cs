using Microsoft.AspNetCore.Mvc;

namespace Alongside.Web.Features.Messages;

/// <summary>
/// "Your messages (2 unread)": a link other pages show by name (<c>Component.InvokeAsync("MessagesLink")</c>),
/// so they need nothing of this feature but its name.
/// </summary>
public sealed class MessagesLinkViewComponent(AlongsideDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var unread = await db.UnreadCountAsync(UserClaimsPrincipal.Id());
        return View("~/Features/Messages/_MessagesLink.cshtml", unread);
    }
}
