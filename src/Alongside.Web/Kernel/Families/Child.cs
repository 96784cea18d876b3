namespace Alongside.Web.Kernel.Families;

public class Child
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FamilyId { get; set; }
    public required string FirstName { get; set; }
    public string? LastName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public LegalStatus? LegalStatus { get; set; }
    public string? School { get; set; }
    public string? Needs { get; set; }
}
