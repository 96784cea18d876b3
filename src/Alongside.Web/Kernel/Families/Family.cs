namespace Alongside.Web.Kernel.Families;

/// <summary>
/// The carers and children who get support together. Later capabilities (referrals,
/// plans, sessions) hang off this record.
/// </summary>
public class Family
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<FamilyCarer> Carers { get; } = [];
    public List<Child> Children { get; } = [];
    public List<FamilyOrganisation> Organisations { get; } = [];
}
