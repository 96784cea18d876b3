namespace Alongside.Web.Features.Groups;

public enum HoldReason
{
    None = 0,
    RiskWords = 1,
    WatchedWords = 2,
    NewMember = 3,
}
