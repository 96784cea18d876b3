namespace Alongside.Web.Kernel.People;

public static class RoleNames
{
    public static string Display(Role role) => role switch
    {
        Role.ParentCarer => "Parent or carer",
        Role.Clinician => "Clinician",
        Role.PeerSupporter => "Peer supporter",
        Role.Supervisor => "Supervisor",
        Role.Referrer => "Referrer",
        Role.Commissioner => "Commissioner",
        Role.Admin => "Organisation admin",
        _ => role.ToString(),
    };

    /// <summary>
    /// The roles that open family records (behind the FamilyWorker policy). Not peer supporters:
    /// they reach a family only through a confirmed match, and see only what the parent shares.
    /// </summary>
    public static readonly IReadOnlySet<Role> FamilyWorkerRoles =
        new HashSet<Role> { Role.Clinician, Role.Supervisor, Role.Admin };

    /// <summary>Everyone but parents and carers is staff: they must use two-factor sign-in.</summary>

    public static bool IsStaff(Role role) => role != Role.ParentCarer;

    public static IReadOnlyList<Role> StaffRoles { get; } =
        Enum.GetValues<Role>().Where(IsStaff).ToArray();
}
