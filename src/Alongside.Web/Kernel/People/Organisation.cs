namespace Alongside.Web.Kernel.People;

public class Organisation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public OrganisationKind Kind { get; set; }

    /// <summary>ONS code, for local authorities (from the bundled ONS list).</summary>
    public string? OnsCode { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    // The public profile an organisation's admin keeps: what it does and how to reach it.
    public string? About { get; set; }
    public string? ContactEmail { get; set; }
    public string? Phone { get; set; }
    public string? Website { get; set; }
    public List<Membership> Members { get; } = [];

    public static string KindDisplay(OrganisationKind kind) => kind switch
    {
        OrganisationKind.TherapyProvider => "Therapy provider",
        OrganisationKind.OtClinic => "Occupational therapy clinic",
        OrganisationKind.PeerSupportOrganisation => "Peer support charity",
        OrganisationKind.LocalAuthority => "Local authority or regional adoption agency",
        OrganisationKind.TrainingBody => "Training body",
        OrganisationKind.NhsService => "NHS children's service",
        _ => kind.ToString(),
    };
}
