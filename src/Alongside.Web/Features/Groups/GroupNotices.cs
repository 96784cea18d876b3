namespace Alongside.Web.Features.Groups;

public sealed record JoinRequestNotice(string Group, Guid GroupId) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Community;

    public override string Subject => $"Someone has asked to join {Group}";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link($"/groups/{GroupId}/manage", $"Someone has asked to join {Group}. Sign in to welcome them or say no:")];
}

public sealed record WelcomeNotice(string Group, Guid GroupId) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Community;

    public override string Subject => $"Welcome to {Group}";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link($"/groups/{GroupId}", $"You are now a member of {Group}. The meeting times, the online link and the group discussion are here:")];
}

public sealed record JoinDeclinedNotice(string Group) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Community;

    public override string Subject => $"About your request to join {Group}";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link("/groups", $"{Group} cannot take you as a member at the moment. Other groups may suit you better:")];
}

/// <summary>To facilitators: a post waits for them, sooner when it held words that signal risk.</summary>
public sealed record PostHeldNotice(string Group, Guid GroupId, bool Risk) : Notice
{
    // A post held for risk words is a safety matter; any other is everyday moderation.
    public override NoticeCategory Category => Risk ? NoticeCategory.Essential : NoticeCategory.Community;

    public override string Subject => Risk ? $"Please look soon: a member of {Group} may need urgent help" : $"A post in {Group} is waiting for review";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say(Risk ? "A member has written something that may mean someone is at risk. They have been shown where to get urgent help." : "A post is waiting for a moderator."),
        Link($"/groups/{GroupId}/discussion/review", "Sign in to review it:"),
    ];
}

public sealed record PostReportedNotice(string Group, Guid GroupId) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Community;

    public override string Subject => $"A post in {Group} has been reported";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link($"/groups/{GroupId}/discussion/review", $"A member has reported a post in {Group}. Sign in to review it:")];
}

/// <summary>The moderators' note is their own words to the member about the code of conduct, nothing about a family.</summary>
public sealed record ModeratorWarningNotice(string Group, string? ModeratorNote) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Essential;

    public override string Subject => $"A message from the moderators of {Group}";

    public override IEnumerable<NoticeLine> Lines() => string.IsNullOrWhiteSpace(ModeratorNote)
        ? [Say($"The moderators of {Group} have asked you to look again at the group's code of conduct.")]
        : [Say($"The moderators of {Group} have asked you to look again at the group's code of conduct."), Say($"They said: {ModeratorNote.Trim()}")];
}

/// <summary>
/// To a member who asked to hear of each new topic. It names the group and links to the topic,
/// nothing more: the title and the first post are the member's own words, which may say
/// something sensitive about a child or a family, and email is read on shared screens, lock
/// screens and by others in the house. The member reads them after signing in.
/// </summary>
public sealed record NewTopicNotice(string Group, Guid GroupId, Guid TopicId) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Community;

    public override string Subject => $"A new topic in {Group}";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Link($"/groups/{GroupId}/discussion/topics/{TopicId}", $"Someone has started a new topic in the discussion of {Group}. Sign in to read it:"),
        Link($"/groups/{GroupId}/discussion", "You asked for an email about each new topic. You can change this at the bottom of the discussion page:"),
    ];
}

/// <summary>Once a day to a member who chose it: how many new topics and replies, never their words (as <see cref="NewTopicNotice"/>).</summary>
public sealed record PostDigestNotice(string Group, Guid GroupId, int Topics, int Replies) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Community;

    public override string Subject => $"New in {Group} today";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say($"Since the last summary, {Count(Topics, "new topic", "new topics")} and {Count(Replies, "reply", "replies")} in the discussion of {Group}."),
        Link($"/groups/{GroupId}/discussion", "Sign in to read them:"),
        Say("You asked for a daily summary. You can change this at the bottom of the discussion page."),
    ];

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
