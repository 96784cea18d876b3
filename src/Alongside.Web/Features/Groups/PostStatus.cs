namespace Alongside.Web.Features.Groups;

public enum PostStatus
{
    Visible = 1,
    Held = 2,
    Hidden = 3,

    /// <summary>Deleted by its author within the edit window; its words are gone.</summary>
    Deleted = 4,
}
