namespace Alongside.Web.Kernel.Care;

public enum PlanItemKind
{
    ParentingSupportSessions = 1,
    CoachingSessions = 2,
    GroupCourse = 3,
    DirectTherapy = 4,
    PeerSupport = 5,
    SpecialistAssessment = 6,
}
