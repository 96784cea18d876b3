using System.ComponentModel.DataAnnotations;

namespace Alongside.Web.Features.Groups.Discussion;

/// <summary>Per deployment ("Discussion" in configuration): words that hold a post, and the limits.</summary>
public sealed class DiscussionOptions
{
    public const int MaxLength = 2000;

    /// <summary>Words or phrases that hold a post for a moderator (abuse, contact details being shared, ...).</summary>
    public List<string> WatchedWords { get; set; } = [];

    [Range(1, 1000, ErrorMessage = "Discussion:PostsPerMinute must be between {1} and {2}")]
    public int PostsPerMinute { get; set; } = 5;

    /// <summary>How many of a new member's posts wait for approval, when the group asks for that.</summary>
    [Range(0, 100, ErrorMessage = "Discussion:NewMemberPostsNeedingApproval must be between {1} and {2}")]
    public int NewMemberPostsNeedingApproval { get; set; } = 2;

    /// <summary>How long after posting its author may change or delete a post.</summary>
    [Range(0, 1440, ErrorMessage = "Discussion:EditMinutes must be between {1} and {2}")]
    public int EditMinutes { get; set; } = 15;

    /// <summary>How often the daily digest looks for members whose digest is due.</summary>
    [Range(1, 2592000, ErrorMessage = "Discussion:DigestScanSeconds must be between {1} and {2}")]
    public int DigestScanSeconds { get; set; } = 900;
}
