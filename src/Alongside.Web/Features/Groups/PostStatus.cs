namespace Alongside.Web.Features.Groups;

public enum PostStatus
{
    Visible = 1,
    Held = 2,
    Hidden = 3,
}
