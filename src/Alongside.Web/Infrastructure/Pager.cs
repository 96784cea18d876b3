namespace Alongside.Web.Infrastructure;

/// <summary>
/// Previous and next links for a paged list, drawn by <c>Features/Shared/_Pager.cshtml</c>
/// (nothing when there is only one page).
/// </summary>
public sealed record Pager(string Label, string Href, int Page, bool HasMore, string Previous = "Previous", string Next = "Next", string Parameter = "p")
{
    public string Link(int page) => $"{Href}{(Href.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{Parameter}={page}";
}
