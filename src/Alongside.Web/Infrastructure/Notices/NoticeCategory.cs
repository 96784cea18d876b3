namespace Alongside.Web.Infrastructure.Notices;

/// <summary>
/// What a notice is about, for the person's choice of emails (/account/emails). Essential notices
/// always go; a person may turn any other category off, and <see cref="Notices"/> then skips it.
/// </summary>
public enum NoticeCategory
{
    /// <summary>Safety, signing in and passwords, invitations, who can see a family's record, a moderator's decision about you, your data; and what costs a journey or a place if missed (a session moved or cancelled by the service, a held place or time).</summary>
    Essential,
    Sessions,
    Messages,
    Support,
    Community,
    Courses,
}

/// <summary>How the choices read on the account page and in emails.</summary>
public static class NoticeCategories
{
    public static IReadOnlyList<NoticeCategory> Optional { get; } = [.. Enum.GetValues<NoticeCategory>().Where(c => c != NoticeCategory.Essential)];

    public static string Label(NoticeCategory category) => category switch
    {
        NoticeCategory.Essential => "Safety, your account and invitations",
        NoticeCategory.Sessions => "Sessions and reminders",
        NoticeCategory.Messages => "Messages",
        NoticeCategory.Support => "Requests for help, plans and care teams",
        NoticeCategory.Community => "Groups and peer support",
        NoticeCategory.Courses => "Courses and training",
        _ => category.ToString(),
    };

    public static string Hint(NoticeCategory category) => category switch
    {
        NoticeCategory.Essential => "Risk and safeguarding alerts, signing in and resetting your password, invitations, changes to who can see your family's record, a moderator's decision about you, closing your account, sessions moved or cancelled by your service, and places or earlier times kept for you for a short while.",
        NoticeCategory.Sessions => "Sessions you book, move or cancel yourself (and, for clinicians, those a family books, moves or cancels), reminders before each session, and questionnaires to fill in.",
        NoticeCategory.Messages => "A new message from your care team or family (at most one email every 15 minutes).",
        NoticeCategory.Support => "News about a request for help or a referral, new and agreed plans, ideas to try at home, and care team requests.",
        NoticeCategory.Community => "Joining peer groups, posts waiting for a moderator, and peer supporter requests and matches.",
        NoticeCategory.Courses => "Course places confirmed or lapsed, waiting lists, weekly reminders, and interest in training.",
        _ => "",
    };

    /// <summary>Why essential notices cannot be turned off, said once on the page.</summary>
    public const string WhyEssential = "We always send these: they keep children and families safe, let you into your account, tell you about your data and who can see it, or would cost you a journey or a place if you missed them.";
}
