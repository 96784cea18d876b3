using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Alongside.Web.Infrastructure.TagHelpers;

/// <summary>The NHS.UK error summary: every problem on the page, each linking to its field.</summary>
[HtmlTargetElement("nhs-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsErrorSummaryTagHelper : TagHelper
{
    [ViewContext, HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = FormErrors.All(ViewContext).ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }
        var enc = AppEncoder.Html;
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "nhsuk-error-summary");
        output.Attributes.SetAttribute("data-module", "nhsuk-error-summary");
        var html = new System.Text.StringBuilder();
        html.Append("<div role=\"alert\"><h2 class=\"nhsuk-error-summary__title\">There is a problem</h2>");
        html.Append("<div class=\"nhsuk-error-summary__body\"><ul class=\"nhsuk-list nhsuk-error-summary__list\">");
        foreach (var (key, message) in errors)
        {
            html.Append(key.Length == 0
                ? $"<li>{enc.Encode(message)}</li>"
                : $"<li><a href=\"#{TagBuilder.CreateSanitizedId(key, "_")}\">{enc.Encode(message)}</a></li>");
        }
        html.Append("</ul></div></div>");
        output.Content.SetHtmlContent(html.ToString());
    }
}

internal static class FormErrors
{
    public static string? For(ViewContext view, string name) =>
        All(view).Where(e => e.Key == name).Select(e => e.Message).FirstOrDefault();

    /// <summary>Errors in the order the fields are declared, which is the order they appear on the page.</summary>
    public static IEnumerable<(string Key, string Message)> All(ViewContext view) =>
        view.ModelState
            .Where(kv => kv.Value is { Errors.Count: > 0 })
            .Select(kv => (Key: Qualify(view.ViewData.Model?.GetType(), kv.Key), Message: Message(kv.Value!.Errors[0])))
            .OrderBy(e => FieldOrder(view.ViewData.Model?.GetType(), e.Key));

    /// <summary>
    /// A post with none of a form's fields binds without the "Input." prefix; put it back so
    /// the error still lands next to its field.
    /// </summary>
    private static string Qualify(Type? pageModel, string key) =>
        key.Length > 0 && !key.Contains('.', StringComparison.Ordinal)
        && pageModel?.GetProperty("Input")?.PropertyType.GetProperty(key) is not null
            ? "Input." + key
            : key;

    private static int FieldOrder(Type? pageModel, string key)
    {
        var parts = key.Split('.');
        if (pageModel is null || parts.Length != 2) return -1;
        var fields = pageModel.GetProperty(parts[0])?.PropertyType.GetProperties();
        return fields is null ? -1 : Array.FindIndex(fields, p => p.Name == parts[1]);
    }

    private static string Message(Microsoft.AspNetCore.Mvc.ModelBinding.ModelError error) =>
        string.IsNullOrEmpty(error.ErrorMessage) ? "Check this answer" : error.ErrorMessage;
}
