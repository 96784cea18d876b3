using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Alongside.Web.Infrastructure.TagHelpers;

/// <summary>
/// The NHS.UK table, written once: <c>&lt;nhs-table caption="…"&gt;</c> with <c>&lt;nhs-th&gt;</c>
/// column headings and <c>&lt;nhs-tr&gt;&lt;nhs-td&gt;…</c> rows. A responsive table (the default)
/// repeats each column's heading inside its cells for narrow screens, taken from the column's
/// <c>nhs-th</c>, so a page never writes it twice. No ARIA roles: the elements' own semantics
/// are the valid HTML (the W3C checker rejects <c>role</c> on the rows and cells of a table).
/// </summary>
[HtmlTargetElement("nhs-table")]
[RestrictChildren("nhs-th", "nhs-tr")]
public sealed class NhsTableTagHelper : TagHelper
{
    public string Caption { get; set; } = "";

    /// <summary>Read by screen readers only, when the page's heading already says what the table is.</summary>
    public bool CaptionHidden { get; set; }

    /// <summary>"s", "m" or "l": the caption as a heading of that size.</summary>
    public string? CaptionSize { get; set; }

    /// <summary>Each row becomes a stacked card on narrow screens (the NHS.UK responsive table).</summary>
    public bool Responsive { get; set; } = true;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var columns = new NhsTableColumns(Responsive);
        context.Items[typeof(NhsTableColumns)] = columns;
        var body = await output.GetChildContentAsync();

        output.TagName = "table";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("nhsuk-table", AppEncoder.Html);
        if (Responsive) output.AddClass("nhsuk-table--responsive", AppEncoder.Html);

        var captionClass = "nhsuk-table__caption"
            + (CaptionSize is null ? "" : $" nhsuk-table__caption--{AppEncoder.Html.Encode(CaptionSize)}")
            + (CaptionHidden ? " nhsuk-u-visually-hidden" : "");
        if (Caption.Length > 0) output.PreContent.AppendHtml($"<caption class=\"{captionClass}\">").Append(Caption).AppendHtml("</caption>");
        if (columns.Headings.Count > 0)
        {
            output.PreContent.AppendHtml("<thead class=\"nhsuk-table__head\"><tr class=\"nhsuk-table__row\">");
            foreach (var heading in columns.Headings) output.PreContent.AppendHtml(heading.Cell);
            output.PreContent.AppendHtml("</tr></thead>");
        }
        output.PreContent.AppendHtml("<tbody class=\"nhsuk-table__body\">");
        output.Content.SetHtmlContent(body);
        output.PostContent.AppendHtml("</tbody>");
    }
}

/// <summary>A column heading of the enclosing <c>nhs-table</c>; its content is repeated in the column's cells on a phone.</summary>
[HtmlTargetElement("nhs-th", ParentTag = "nhs-table")]
public sealed class NhsTableHeaderTagHelper : TagHelper
{
    /// <summary>Right-aligned, for a column of numbers.</summary>
    public bool Numeric { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var columns = NhsTableColumns.Of(context, "nhs-th");
        var content = (await output.GetChildContentAsync()).GetContent();
        var css = "nhsuk-table__header" + (Numeric ? " nhsuk-table__header--numeric" : "");
        columns.Headings.Add(new NhsTableColumn(new HtmlString($"<th scope=\"col\" class=\"{css}\">{content}</th>"), new HtmlString(content), Numeric));
        output.SuppressOutput();
    }
}

/// <summary>A body row of the enclosing <c>nhs-table</c>.</summary>
[HtmlTargetElement("nhs-tr", ParentTag = "nhs-table")]
[RestrictChildren("nhs-td")]
public sealed class NhsTableRowTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        NhsTableColumns.Of(context, "nhs-tr");
        context.Items[typeof(NhsTableRowCursor)] = new NhsTableRowCursor();
        output.TagName = "tr";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("nhsuk-table__row", AppEncoder.Html);
    }
}

/// <summary>
/// A cell, in column order. With <c>header</c> it heads its row (<c>th scope="row"</c>). In a
/// responsive table it starts with its column's heading, hidden from screen readers, which read
/// the real column heading instead.
/// </summary>
[HtmlTargetElement("nhs-td", ParentTag = "nhs-tr")]
public sealed class NhsTableCellTagHelper : TagHelper
{
    public bool Header { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var columns = NhsTableColumns.Of(context, "nhs-td");
        var index = ((NhsTableRowCursor)context.Items[typeof(NhsTableRowCursor)]).Next();
        var column = index < columns.Headings.Count ? columns.Headings[index] : null;

        output.TagName = Header ? "th" : "td";
        output.TagMode = TagMode.StartTagAndEndTag;
        if (Header) output.Attributes.SetAttribute("scope", "row");
        output.AddClass(Header ? "nhsuk-table__header" : "nhsuk-table__cell", AppEncoder.Html);
        if (column?.Numeric == true) output.AddClass(Header ? "nhsuk-table__header--numeric" : "nhsuk-table__cell--numeric", AppEncoder.Html);
        if (columns.Responsive && column is not null)
        {
            // Not wrapped with the value: each link or button of the value stays its own flex item
            // on a phone, a full line high (axe's 24px target size).
            output.PreContent.AppendHtml("<span class=\"nhsuk-table__heading\" aria-hidden=\"true\">")
                .AppendHtml(column.Content).AppendHtml(" </span>");
        }
    }
}

internal sealed record NhsTableColumn(IHtmlContent Cell, IHtmlContent Content, bool Numeric);

internal sealed class NhsTableColumns(bool responsive)
{
    public bool Responsive { get; } = responsive;
    public List<NhsTableColumn> Headings { get; } = [];

    public static NhsTableColumns Of(TagHelperContext context, string element) =>
        context.Items.TryGetValue(typeof(NhsTableColumns), out var columns)
            ? (NhsTableColumns)columns
            : throw new InvalidOperationException($"<{element}> belongs inside <nhs-table>.");
}

internal sealed class NhsTableRowCursor
{
    private int _next;
    public int Next() => _next++;
}
