namespace Alongside.Web.Kernel.People;

public enum OrganisationKind
{
    TherapyProvider = 1,
    OtClinic = 2,
    PeerSupportOrganisation = 3,
    LocalAuthority = 4,
    TrainingBody = 5,
    NhsService = 6,
}
