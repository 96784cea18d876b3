namespace Alongside.Web.Features.Shared;

/// <summary>
/// Where staff go. The header keeps each role's everyday places; the staff home lists every
/// tool a person has under headings, so someone with several roles gets a short header and
/// still finds the rest in one place.
/// </summary>
public static class StaffTools
{
    public sealed record Link(string Href, string Label);

    public sealed record Group(string Heading, IReadOnlyList<Link> Links);

    /// <summary>The header's staff links (after "Staff home"), at most one of each place.</summary>
    public static IReadOnlyList<Link> Header(IReadOnlyCollection<Role> roles)
    {
        var links = new List<Link>();
        if (roles.Contains(Role.Referrer)) links.Add(new("/refer/mine", "Your referrals"));
        if (roles.Contains(Role.Clinician) || roles.Contains(Role.Admin)) links.Add(new("/staff/referrals", "Referrals"));
        if (roles.Contains(Role.Clinician))
        {
            links.Add(new("/staff/sessions", "Sessions"));
            links.Add(new("/staff/caseload", "Caseload"));
            // A parent who is also a clinician has Messages among the family's links already.
            if (!roles.Contains(Role.ParentCarer)) links.Add(new("/messages", "Messages"));
        }
        if (roles.Contains(Role.PeerSupporter) || roles.Contains(Role.Supervisor)) links.Add(new("/peer", "Peer support"));
        if (roles.Contains(Role.Commissioner)) links.Add(new("/reports", "Reports"));
        if (roles.Contains(Role.Admin)) links.Add(new("/admin/organisation", "Your organisation"));
        return links;
    }

    /// <summary>
    /// Every tool, grouped, for the staff home. Labels differ from the header's so a page never
    /// has two links of the same name.
    /// </summary>
    public static IReadOnlyList<Group> Groups(IReadOnlyCollection<Role> roles, bool platformAdmin)
    {
        bool Any(params Role[] these) => these.Any(roles.Contains);
        var groups = new List<Group>();
        Add(groups, "Families and sessions",
            (Any(Role.Clinician, Role.Admin), new("/staff/referrals", "New requests for help and the waiting list")),
            (Any(Role.Clinician), new("/staff/sessions", "Your diary of sessions")),
            (Any(Role.Clinician), new("/staff/caseload", "Your caseload: scores, changes and overdue questionnaires")),
            (Any(Role.Clinician, Role.Admin), new("/staff/feedback", "What families said after their sessions")),
            (true, new("/courses/manage", "Courses you run")));
        Add(groups, "Peer supporters",
            (Any(Role.PeerSupporter, Role.Supervisor), new("/peer", "Your matches, contacts and supervision")));
        Add(groups, "What was delivered",
            (Any(Role.Clinician, Role.Admin, Role.Supervisor, Role.Commissioner), new("/reports", "Service and commissioner reports")),
            (Any(Role.Admin, Role.Supervisor), new("/training/interests", "Who wants to train")));
        Add(groups, "Your organisation",
            (Any(Role.Admin), new("/admin/organisation", "Profile, services and members")),
            (Any(Role.Admin), new("/admin/invitations", "Invite staff")),
            (Any(Role.Admin), new("/admin/instruments", "Questionnaires")),
            (Any(Role.Admin), new("/admin/local-help", "Local help")),
            (Any(Role.Admin), new("/admin/groups/new", "Publish a group")));
        Add(groups, "The platform",
            (platformAdmin, new("/platform/organisations", "Organisations on the platform")),
            (platformAdmin, new("/platform/funding", "Funding figures")));
        // A parent has these in the header already.
        var notParent = !roles.Contains(Role.ParentCarer);
        Add(groups, "What families see",
            (notParent, new("/groups", "Find a group")),
            (notParent, new("/local-help", "Help near you")),
            (notParent, new("/courses", "Courses")));
        return groups;
    }

    private static void Add(List<Group> groups, string heading, params (bool Shown, Link Link)[] links)
    {
        var shown = links.Where(l => l.Shown).Select(l => l.Link).ToList();
        if (shown.Count > 0) groups.Add(new Group(heading, shown));
    }
}
