namespace Alongside.Web.Kernel.Care;

public enum SessionKind
{
    ParentingSupport = 1,
    Coaching = 2,
    Consultation = 3,
    ChildWithParent = 4,
}
