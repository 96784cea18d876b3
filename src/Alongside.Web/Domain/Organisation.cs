namespace Alongside.Web.Domain;

public enum OrganisationKind
{
    TherapyProvider = 1,
    OtClinic = 2,
    PeerSupportOrganisation = 3,
    LocalAuthority = 4,
    TrainingBody = 5,
}

public class Organisation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public OrganisationKind Kind { get; set; }

    /// <summary>ONS code, for local authorities (from the bundled ONS list).</summary>
    public string? OnsCode { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<Membership> Members { get; } = [];

    public static string KindDisplay(OrganisationKind kind) => kind switch
    {
        OrganisationKind.TherapyProvider => "Therapy provider",
        OrganisationKind.OtClinic => "Occupational therapy clinic",
        OrganisationKind.PeerSupportOrganisation => "Peer support organisation",
        OrganisationKind.LocalAuthority => "Local authority",
        OrganisationKind.TrainingBody => "Training body",
        _ => kind.ToString(),
    };
}

/// <summary>One role a person holds in one organisation.</summary>
public class Membership
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public Guid UserId { get; set; }
    public AppUser? User { get; set; }
    public Role Role { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
