namespace Alongside.Web.Kernel.People;

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
