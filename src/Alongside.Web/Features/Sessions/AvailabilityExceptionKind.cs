namespace Alongside.Web.Features.Sessions;

public enum AvailabilityExceptionKind
{
    Leave = 1,
    Extra = 2,
}
