namespace Alongside.Web.Kernel.Care;

public enum FundingRoute
{
    SelfFunded = 1,
    Asgsf = 2,
    Commissioned = 3,
    NotSure = 4,
}
