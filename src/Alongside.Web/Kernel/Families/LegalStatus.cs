namespace Alongside.Web.Kernel.Families;

public enum LegalStatus
{
    Adopted = 1,
    SpecialGuardianship = 2,
    LookedAfter = 3,
    Other = 4,
}
