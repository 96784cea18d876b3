namespace Alongside.Web.Infrastructure.Security;

/// <summary>
/// Every page and endpoint names one of these (or is [AllowAnonymous]).
/// A test walks the app's endpoints and fails on any that names neither.
/// </summary>
public static class Policies
{
    /// <summary>
    /// Anyone signed in: only for a person's own account pages (password, two-factor set-up,
    /// sign-out) and a parent's own request for help. The only policy open to someone whose email
    /// address is not confirmed yet (a parent who has just asked for help).
    /// </summary>
    public const string SignedIn = "SignedIn";

    /// <summary>
    /// Anyone signed in, but staff only once they have two-factor sign-in: for pages that both
    /// families and staff use (messages, group discussions, the calendar feed), because a staff
    /// account there reaches family data whatever the page is called.
    /// </summary>
    public const string Member = "Member";

    /// <summary>A parent or carer with a family record.</summary>
    public const string ParentCarer = "ParentCarer";

    /// <summary>Any member of staff who has two-factor sign-in set up.</summary>
    public const string Staff = "Staff";

    /// <summary>Staff who may open family records: clinicians, supervisors, admins (never peer supporters).</summary>
    public const string FamilyWorker = "FamilyWorker";

    /// <summary>An organisation admin (with two-factor sign-in).</summary>
    public const string OrganisationAdmin = "OrganisationAdmin";

    /// <summary>Someone who runs the platform itself (AppUser.PlatformAdmin), with two-factor sign-in.</summary>
    public const string PlatformAdmin = "PlatformAdmin";

    /// <summary>A referrer (social worker, school, GP), with two-factor sign-in.</summary>
    public const string Referrer = "Referrer";
}
