namespace Alongside.Web.Kernel.Care;

public enum ReferralStatus
{
    New = 1,
    Accepted = 2,
    Declined = 3,
    WaitingList = 4,

    /// <summary>The family took the request back; it left any waiting list then.</summary>
    Withdrawn = 5,
}
