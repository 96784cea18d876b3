namespace Alongside.Web.Kernel.Families;

public enum CarerRelationship
{
    AdoptiveParent = 1,
    SpecialGuardian = 2,
    FosterCarer = 3,
    KinshipCarer = 4,
    BirthParent = 5,
    Other = 6,
}
