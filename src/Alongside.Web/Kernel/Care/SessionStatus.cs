namespace Alongside.Web.Kernel.Care;

public enum SessionStatus
{
    Booked = 1,
    Attended = 2,
    DidNotAttend = 3,
    CancelledByFamily = 4,
    CancelledByService = 5,
}
