using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Alongside.IntegrationTests.Support;

/// <summary>Reading a page as a person (or a screen reader) would: parse it once, then ask for what is on it by CSS selector.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>The antiforgery token a form on the page would send back.</summary>
    public static string Token(this IParentNode page) =>
        page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("No antiforgery token on the page");

    /// <summary>The hrefs of the links on the page, optionally only those starting with <paramref name="hrefStart"/>.</summary>
    public static IReadOnlyList<string> Links(this IParentNode page, string hrefStart = "") =>
        page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
            .Where(href => href.StartsWith(hrefStart, StringComparison.Ordinal)).ToList();

    /// <summary>The messages in the error summary at the top of a form.</summary>
    public static IReadOnlyList<string> Errors(this IParentNode page) =>
        page.QuerySelectorAll(".nhsuk-error-summary__list li").Select(Text).ToList();

    /// <summary>The rows of the summary lists on the page, key to value.</summary>
    public static IReadOnlyDictionary<string, string> SummaryRows(this IParentNode page) =>
        page.QuerySelectorAll(".nhsuk-summary-list__row")
            .Select(row => (Key: row.QuerySelector(".nhsuk-summary-list__key"), Value: row.QuerySelector(".nhsuk-summary-list__value")))
            .Where(r => r.Key is not null && r.Value is not null)
            .GroupBy(r => Text(r.Key!))
            .ToDictionary(g => g.Key, g => Text(g.First().Value!));

    /// <summary>The text of the first element matching <paramref name="selector"/>, with whitespace collapsed.</summary>
    public static string Text(this IParentNode page, string selector) =>
        page.QuerySelector(selector) is { } element ? Text(element) : throw new InvalidOperationException($"Nothing on the page matches {selector}");

    /// <summary>The texts of every element matching <paramref name="selector"/>.</summary>
    public static IReadOnlyList<string> Texts(this IParentNode page, string selector) =>
        page.QuerySelectorAll(selector).Select(Text).ToList();

    /// <summary>The value attribute of the first element matching <paramref name="selector"/> (a hidden input, say).</summary>
    public static string Value(this IParentNode page, string selector) =>
        page.QuerySelector(selector)?.GetAttribute("value") ?? throw new InvalidOperationException($"No value for {selector}");

    /// <summary>
    /// The cells of each body row of the table, as text. The repeated column headings that responsive
    /// tables put in each cell for narrow screens are left out.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> TableRows(this IParentNode page, string tableSelector = "table") =>
        page.QuerySelectorAll($"{tableSelector} tbody tr")
            .Select(row => (IReadOnlyList<string>)row.QuerySelectorAll("td, th").Select(CellText).ToList())
            .ToList();

    /// <summary>The text of a table cell, without its responsive heading.</summary>
    public static string CellText(IElement cell)
    {
        var copy = (IElement)cell.Clone();
        foreach (var heading in copy.QuerySelectorAll(".nhsuk-table__heading, .nhsuk-table-responsive__heading").ToList()) heading.Remove();
        return Text(copy);
    }

    public static string Text(IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The value of a query string parameter in a link or form action ("" when it has none).</summary>
    public static string QueryValue(string url, string name)
    {
        var query = url.Split('?', 2) is [_, var q] ? q : "";
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.Split('=', 2) is [var k, var v] ? (k, v) : (pair, "");
            if (Uri.UnescapeDataString(key) == name) return Uri.UnescapeDataString(value);
        }
        return "";
    }
}
