namespace Alongside.Web.Kernel.Care;

/// <summary>A session's kind as people read it, wherever a session is shown (the diary, the family record).</summary>
public static class SessionKindNames
{
    public static string Describe(SessionKind kind) => kind switch
    {
        SessionKind.ParentingSupport => "1:1 therapeutic parenting support session",
        SessionKind.Coaching => "Parent-only coaching session",
        SessionKind.Consultation => "Parent consultation",
        SessionKind.ChildWithParent => "Child session with parent present",
        _ => kind.ToString(),
    };
}
