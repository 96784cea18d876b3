namespace Alongside.Web.Kernel.Care;

public enum ReferralSource
{
    Self = 1,
    Professional = 2,
}
