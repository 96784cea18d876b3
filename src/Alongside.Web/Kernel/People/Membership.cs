namespace Alongside.Web.Kernel.People;

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
