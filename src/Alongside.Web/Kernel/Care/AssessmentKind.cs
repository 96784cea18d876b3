namespace Alongside.Web.Kernel.Care;

public enum AssessmentKind
{
    AdoptionSupport = 1,
    TherapeuticNeed = 2,
    OccupationalTherapy = 3,
}
