namespace Alongside.Web.Kernel.Audiences;

/// <summary>Who a group is for. A group may be for several.</summary>
[Flags]
public enum GroupAudience
{
    None = 0,
    AdoptiveParents = 1,
    SpecialGuardians = 2,
    FosterCarers = 4,
    KinshipCarers = 8,
    Autism = 16,
    Adhd = 32,
    SelfHarm = 64,
    EatingDifficulties = 128,
    Trauma = 256,
    Grandparents = 512,
    Dads = 1024,
}
