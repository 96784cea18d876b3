using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Alongside.Web.Infrastructure.TagHelpers;

/// <summary>
/// An NHS.UK form group for one input: label, hint, error message next to the field, and
/// the input with aria-describedby wired up. Usage:
/// &lt;nhs-input for="Input.Email" label="Email address" type="email" autocomplete="email" /&gt;
/// </summary>
[HtmlTargetElement("nhs-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsInputTagHelper : TagHelper
{
    public required ModelExpression For { get; set; }
    public string Label { get; set; } = "";
    public string? Hint { get; set; }
    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }
    public string? Width { get; set; }
    public bool LabelIsPageHeading { get; set; }
    public string? Inputmode { get; set; }
    public bool Spellcheck { get; set; } = true;

    /// <summary>The most characters the browser lets a person type; the server checks the same limit.</summary>
    public int? MaxLength { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var error = FormErrors.For(ViewContext, name);
        var enc = AppEncoder.Html;

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "nhsuk-form-group" : "nhsuk-form-group nhsuk-form-group--error");

        var describedBy = new List<string>();
        var html = new System.Text.StringBuilder();
        var label = $"<label class=\"nhsuk-label{(LabelIsPageHeading ? " nhsuk-label--l" : "")}\" for=\"{id}\">{enc.Encode(Label)}</label>";
        html.Append(LabelIsPageHeading ? $"<h1 class=\"nhsuk-label-wrapper\">{label}</h1>" : label);
        if (Hint is not null)
        {
            html.Append($"<div class=\"nhsuk-hint\" id=\"{id}-hint\">{enc.Encode(Hint)}</div>");
            describedBy.Add(id + "-hint");
        }
        if (error is not null)
        {
            html.Append($"<span class=\"nhsuk-error-message\" id=\"{id}-error\"><span class=\"nhsuk-u-visually-hidden\">Error:</span> {enc.Encode(error)}</span>");
            describedBy.Add(id + "-error");
        }
        var value = Type == "password" ? null : ViewContext.ModelState.TryGetValue(name, out var entry) && entry.AttemptedValue is not null
            ? entry.AttemptedValue
            : For.Model?.ToString();
        var classes = "nhsuk-input" + (Width is null ? "" : $" nhsuk-input--width-{Width}") + (error is null ? "" : " nhsuk-input--error");
        html.Append($"<input class=\"{classes}\" id=\"{id}\" name=\"{enc.Encode(name)}\" type=\"{enc.Encode(Type)}\"");
        if (value is not null) html.Append($" value=\"{enc.Encode(value)}\"");
        if (Autocomplete is not null) html.Append($" autocomplete=\"{enc.Encode(Autocomplete)}\"");
        if (Inputmode is not null) html.Append($" inputmode=\"{enc.Encode(Inputmode)}\"");
        if (!Spellcheck) html.Append(" spellcheck=\"false\"");
        if (MaxLength is { } max) html.Append($" maxlength=\"{max}\"");
        if (describedBy.Count > 0) html.Append($" aria-describedby=\"{string.Join(' ', describedBy)}\"");
        html.Append('>');
        output.Content.SetHtmlContent(html.ToString());
    }
}
