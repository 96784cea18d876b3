namespace Alongside.Web.Infrastructure.Notices;

/// <summary>
/// One kind of email Alongside sends: a record per template, its subject and its lines. The
/// greeting, the sign-off, both the plain-text and HTML parts and the absolute links come from
/// <see cref="NoticeRenderer"/>, so every notice reads the same and none builds its own.
/// A notice says that something happened and where to look, never what a family said or a
/// clinician wrote: NoticeTemplateTests holds every template to that.
/// </summary>
public abstract record Notice
{
    public abstract string Subject { get; }

    /// <summary>What it is about, for the person's choice of emails; essential ones always go.</summary>
    public abstract NoticeCategory Category { get; }

    /// <summary>The body between "Hello name," and the sign-off, as paragraphs and links.</summary>
    public abstract IEnumerable<NoticeLine> Lines();

    protected static NoticeLine Say(string text) => new NoticeText(text);

    /// <summary>A link to a path of this app; it is made absolute from App:PublicBaseUrl.</summary>
    protected static NoticeLine Link(string path, string? lead = null) => new NoticeLink(path, lead);
}

public abstract record NoticeLine;

public sealed record NoticeText(string Text) : NoticeLine;

/// <summary>A link on a line of its own; <c>Lead</c> is an optional sentence just above it.</summary>
public sealed record NoticeLink(string Path, string? Lead) : NoticeLine;

/// <summary>Who a notice goes to: an address and the name to greet them by.</summary>
public sealed record Recipient(string Email, string Name);
