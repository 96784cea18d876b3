namespace Alongside.Web.Domain;

public enum CarerRelationship
{
    AdoptiveParent = 1,
    SpecialGuardian = 2,
    FosterCarer = 3,
    KinshipCarer = 4,
    BirthParent = 5,
    Other = 6,
}

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

public class FamilyCarer
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FamilyId { get; set; }
    public Family? Family { get; set; }
    public Guid UserId { get; set; }
    public AppUser? User { get; set; }
    public CarerRelationship? Relationship { get; set; }
}

public enum LegalStatus
{
    Adopted = 1,
    SpecialGuardianship = 2,
    LookedAfter = 3,
    Other = 4,
}

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

/// <summary>An organisation that works with a family. Its staff may see the family's record.</summary>
public class FamilyOrganisation
{
    public Guid FamilyId { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public DateTimeOffset Since { get; set; }
}
