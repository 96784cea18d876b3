namespace Alongside.Web.Features.Groups;

public enum GroupFormat
{
    InPerson = 1,
    Online = 2,
    Hybrid = 3,
}
