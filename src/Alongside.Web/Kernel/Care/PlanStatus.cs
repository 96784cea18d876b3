namespace Alongside.Web.Kernel.Care;

public enum PlanStatus
{
    AwaitingAgreement = 1,
    Agreed = 2,
    ChangesRequested = 3,
    Superseded = 4,

    /// <summary>The support is over: nothing more is booked or asked under it.</summary>
    Ended = 5,
}
