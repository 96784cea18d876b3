namespace Alongside.Web.Kernel.Families;

public class FamilyCarer
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FamilyId { get; set; }
    public Family? Family { get; set; }
    public Guid UserId { get; set; }
    public AppUser? User { get; set; }
    public CarerRelationship? Relationship { get; set; }
}
