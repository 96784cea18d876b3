using Microsoft.AspNetCore.SignalR;

namespace Alongside.Web.Features.Groups.Discussion;

/// <summary>
/// Live discussion: a member's browser watches a group and is sent each post as it becomes
/// visible. Posting goes through the page's form, so it works the same with or without script.
/// </summary>
public sealed class GroupHub(AlongsideDbContext db) : Hub
{
    public static string Channel(Guid groupId) => $"group:{groupId:N}";

    /// <summary>Starts sending this group's new posts to the caller, if they are a member or run it.</summary>
    public async Task<bool> Watch(Guid groupId)
    {
        var me = Context.User?.Id();
        if (me is null || !await DiscussionAccess.CanReadAsync(db, groupId, me.Value)) return false;
        await Groups.AddToGroupAsync(Context.ConnectionId, Channel(groupId));
        return true;
    }
}

/// <summary>A post as a live page shows it: text only, put into the page as text, never as HTML.</summary>
public sealed record LivePost(Guid Id, string Author, string Body, string PostedAt);
