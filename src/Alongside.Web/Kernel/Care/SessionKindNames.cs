namespace Alongside.Web.Kernel.Care;

/// <summary>What each kind of session is called on every page that shows one.</summary>
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

/// <summary>How a session will be met, in the words every page and notice uses.</summary>
public static class DeliveryDescription
{
    public static string Describe(DeliveryMode mode, string? place) => mode == DeliveryMode.FaceToFace
        ? place is null ? "face to face, the place to be confirmed" : $"face to face at {place}"
        : "online, by video call";
}
