namespace Alongside.Web.Features.Groups;

/// <summary>
/// A conversation inside a group's discussion: a title and the posts under it, the first of
/// which opened it. Every group's earlier posts sit in its "General conversation" topic, whose
/// id is the group's own (<see cref="General"/>).
/// </summary>
public class GroupTopic
{
    public const int TitleMaxLength = 120;
    public const string GeneralTitle = "General conversation";

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid GroupId { get; set; }
    public required string Title { get; set; }

    /// <summary>Who opened it; none for the general topic made from the posts written before topics.</summary>
    public Guid? StartedByUserId { get; set; }
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>When a post in it last became visible to the group (or when it was started): the list's order.</summary>
    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>When a facilitator pinned it to the top of the list; none when not pinned.</summary>
    public DateTimeOffset? PinnedAt { get; set; }

    /// <summary>The general topic of a group: the place for posts that belong to no other topic.</summary>
    public static GroupTopic General(Guid groupId, DateTimeOffset at) =>
        new() { Id = groupId, GroupId = groupId, Title = GeneralTitle, StartedAt = at, LastActivityAt = at };
}
