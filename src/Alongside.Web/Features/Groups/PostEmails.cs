namespace Alongside.Web.Features.Groups;

/// <summary>A member's own choice, per group, of emails about new posts in its discussion.</summary>
public enum PostEmails
{
    Off = 0,

    /// <summary>An email when a topic's first post becomes visible: the group's name and a link, never the words.</summary>
    EachNewTopic = 1,

    /// <summary>Once a day, how many new topics and replies there are, when there are any.</summary>
    DailyDigest = 2,
}
