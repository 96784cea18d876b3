
namespace Alongside.Web.Features.Groups.Discussion;

/// <summary>Per deployment ("Discussion" in configuration): words that hold a post, and the limits.</summary>
public sealed class DiscussionOptions
{
    public const int MaxLength = 2000;

    /// <summary>Words or phrases that hold a post for a moderator (abuse, contact details being shared, ...).</summary>
    public List<string> WatchedWords { get; set; } = [];

    public int PostsPerMinute { get; set; } = 5;

    /// <summary>How many of a new member's posts wait for approval, when the group asks for that.</summary>
    public int NewMemberPostsNeedingApproval { get; set; } = 2;
}
