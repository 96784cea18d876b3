namespace Alongside.Web.Features.Groups;

public enum ModerationAction
{
    Approve = 1,
    Hide = 2,
    Restore = 3,
    Warn = 4,
    Remove = 5,
    DismissReport = 6,
    Silence = 7,
    Suspend = 8,
    Lift = 9,
}
