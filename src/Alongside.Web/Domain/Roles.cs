namespace Alongside.Web.Domain;

/// <summary>What a person does within one organisation. A person may hold several.</summary>
public enum Role
{
    ParentCarer = 1,
    Clinician = 2,
    PeerSupporter = 3,
    Supervisor = 4,
    Referrer = 5,
    Commissioner = 6,
    Admin = 7,
}

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

    /// <summary>Everyone but parents and carers is staff: they must use two-factor sign-in.</summary>
    public static bool IsStaff(Role role) => role != Role.ParentCarer;

    public static IReadOnlyList<Role> StaffRoles { get; } =
        Enum.GetValues<Role>().Where(IsStaff).ToArray();
}
