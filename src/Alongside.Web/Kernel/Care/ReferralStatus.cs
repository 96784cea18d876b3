namespace Alongside.Web.Kernel.Care;

public enum ReferralStatus
{
    New = 1,
    Accepted = 2,
    Declined = 3,
    WaitingList = 4,
}
