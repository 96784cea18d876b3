namespace Alongside.Web.Kernel.Care;

public enum PlanStatus
{
    AwaitingAgreement = 1,
    Agreed = 2,
    ChangesRequested = 3,
    Superseded = 4,
}
