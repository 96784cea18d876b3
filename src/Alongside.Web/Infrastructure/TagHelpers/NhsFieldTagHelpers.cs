using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Alongside.Web.Infrastructure.TagHelpers;

/// <summary>Shared pieces of the NHS.UK form groups: the wrapper, hint and error message.</summary>
public abstract class NhsFieldTagHelper : TagHelper
{
    [ViewContext, HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public string? Hint { get; set; }

    protected static HtmlEncoder Enc => AppEncoder.Html;

    protected string? Value(ModelExpression expression) =>
        ViewContext.ModelState.TryGetValue(expression.Name, out var entry) && entry.AttemptedValue is not null
            ? entry.AttemptedValue
            : expression.Model switch
            {
                null => null,
                IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                var m => m.ToString(),
            };

    /// <summary>Writes the wrapper, then hint and error, and returns the ids for aria-describedby.</summary>
    protected string Open(TagHelperOutput output, StringBuilder html, string id, string errorKey)
    {
        var error = FormErrors.For(ViewContext, errorKey);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "nhsuk-form-group" : "nhsuk-form-group nhsuk-form-group--error");
        var described = new List<string>();
        if (Hint is not null)
        {
            html.Append($"<div class=\"nhsuk-hint\" id=\"{id}-hint\">{Enc.Encode(Hint)}</div>");
            described.Add(id + "-hint");
        }
        if (error is not null)
        {
            html.Append($"<span class=\"nhsuk-error-message\" id=\"{id}-error\"><span class=\"nhsuk-u-visually-hidden\">Error:</span> {Enc.Encode(error)}</span>");
            described.Add(id + "-error");
        }
        return described.Count == 0 ? "" : $" aria-describedby=\"{string.Join(' ', described)}\"";
    }

    protected bool HasError(string key) => FormErrors.For(ViewContext, key) is not null;

    protected static string Id(ModelExpression e) => TagBuilder.CreateSanitizedId(e.Name, "_");
}

[HtmlTargetElement("nhs-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsTextareaTagHelper : NhsFieldTagHelper
{
    public required ModelExpression For { get; set; }
    public string Label { get; set; } = "";
    public int Rows { get; set; } = 5;

    /// <summary>
    /// The most characters the answer may have; the server checks the same limit. With it the field
    /// is an NHS.UK character count: the limit is stated under the box, and with JavaScript it
    /// counts down as the person types (and past zero, rather than cutting their words off).
    /// </summary>
    public int? MaxLength { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var id = Id(For);
        var html = new StringBuilder($"<label class=\"nhsuk-label\" for=\"{id}\">{Enc.Encode(Label)}</label>");
        var described = Open(output, html, id, For.Name);
        var css = HasError(For.Name) ? "nhsuk-textarea nhsuk-textarea--error" : "nhsuk-textarea";
        if (MaxLength is not { } max)
        {
            html.Append($"<textarea class=\"{css}\" id=\"{id}\" name=\"{Enc.Encode(For.Name)}\" rows=\"{Rows}\"{described}>{Enc.Encode(Value(For) ?? "")}</textarea>");
            output.Content.SetHtmlContent(html.ToString());
            return;
        }
        output.Attributes.SetAttribute("class", $"{output.Attributes["class"].Value} nhsuk-character-count");
        output.Attributes.SetAttribute("data-module", "nhsuk-character-count");
        output.Attributes.SetAttribute("data-maxlength", max.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var info = $"{id}-info";
        described = described.Length == 0 ? $" aria-describedby=\"{info}\"" : described.Insert(described.Length - 1, " " + info);
        html.Append($"<textarea class=\"{css} nhsuk-js-character-count\" id=\"{id}\" name=\"{Enc.Encode(For.Name)}\" rows=\"{Rows}\" maxlength=\"{max}\"{described}>{Enc.Encode(Value(For) ?? "")}</textarea>");
        html.Append($"<div class=\"nhsuk-hint nhsuk-character-count__message\" id=\"{info}\">You can enter up to {max:N0} characters</div>");
        output.Content.SetHtmlContent(html.ToString());
    }
}

[HtmlTargetElement("nhs-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsRadiosTagHelper : NhsFieldTagHelper
{
    public required ModelExpression For { get; set; }
    public string Legend { get; set; } = "";
    public IEnumerable<Option> Options { get; set; } = [];
    public bool Inline { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var id = Id(For);
        var body = new StringBuilder();
        var described = Open(output, body, id, For.Name);
        var current = Value(For);
        var html = new StringBuilder($"<fieldset class=\"nhsuk-fieldset\"{described}><legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">{Enc.Encode(Legend)}</legend>");
        html.Append(body).Append($"<div class=\"nhsuk-radios{(Inline ? " nhsuk-radios--inline" : "")}\">");
        var i = 0;
        foreach (var option in Options)
        {
            var optionId = i++ == 0 ? id : $"{id}-{i}";
            var hint = option.Hint is null ? "" : $"<div class=\"nhsuk-hint nhsuk-radios__hint\" id=\"{optionId}-hint\">{Enc.Encode(option.Hint)}</div>";
            html.Append($"<div class=\"nhsuk-radios__item\"><input class=\"nhsuk-radios__input\" id=\"{optionId}\" name=\"{Enc.Encode(For.Name)}\" type=\"radio\" value=\"{Enc.Encode(option.Value)}\"")
                .Append(current == option.Value ? " checked" : "")
                .Append(option.Hint is null ? "" : $" aria-describedby=\"{optionId}-hint\"")
                .Append($"><label class=\"nhsuk-label nhsuk-radios__label\" for=\"{optionId}\">{Enc.Encode(option.Label)}</label>{hint}</div>");
        }
        html.Append("</div></fieldset>");
        output.Content.SetHtmlContent(html.ToString());
    }
}

[HtmlTargetElement("nhs-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsSelectTagHelper : NhsFieldTagHelper
{
    public required ModelExpression For { get; set; }
    public string Label { get; set; } = "";
    public IEnumerable<Option> Options { get; set; } = [];
    public string? Placeholder { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var id = Id(For);
        var html = new StringBuilder($"<label class=\"nhsuk-label\" for=\"{id}\">{Enc.Encode(Label)}</label>");
        var described = Open(output, html, id, For.Name);
        var current = Value(For);
        html.Append($"<select class=\"nhsuk-select{(HasError(For.Name) ? " nhsuk-select--error" : "")}\" id=\"{id}\" name=\"{Enc.Encode(For.Name)}\"{described}>");
        if (Placeholder is not null) html.Append($"<option value=\"\">{Enc.Encode(Placeholder)}</option>");
        foreach (var option in Options)
        {
            html.Append($"<option value=\"{Enc.Encode(option.Value)}\"{(current == option.Value ? " selected" : "")}>{Enc.Encode(option.Label)}</option>");
        }
        html.Append("</select>");
        output.Content.SetHtmlContent(html.ToString());
    }
}

/// <summary>The NHS.UK date input: day, month and year boxes; errors are keyed on the day.</summary>
[HtmlTargetElement("nhs-date", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsDateTagHelper : NhsFieldTagHelper
{
    public required ModelExpression Day { get; set; }
    public required ModelExpression Month { get; set; }
    public required ModelExpression Year { get; set; }
    public string Legend { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var id = Id(Day);
        var body = new StringBuilder();
        var described = Open(output, body, id, Day.Name);
        var error = HasError(Day.Name) ? " nhsuk-input--error" : "";
        var html = new StringBuilder($"<fieldset class=\"nhsuk-fieldset\" role=\"group\"{described}><legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">{Enc.Encode(Legend)}</legend>");
        html.Append(body).Append("<div class=\"nhsuk-date-input\">");
        foreach (var (part, label, width) in new[] { (Day, "Day", 2), (Month, "Month", 2), (Year, "Year", 4) })
        {
            var partId = Id(part);
            html.Append($"<div class=\"nhsuk-date-input__item\"><div class=\"nhsuk-form-group\"><label class=\"nhsuk-label nhsuk-date-input__label\" for=\"{partId}\">{label}</label>")
                .Append($"<input class=\"nhsuk-input nhsuk-date-input__input nhsuk-input--width-{width}{error}\" id=\"{partId}\" name=\"{Enc.Encode(part.Name)}\" type=\"text\" inputmode=\"numeric\" value=\"{Enc.Encode(Value(part) ?? "")}\"></div></div>");
        }
        html.Append("</div></fieldset>");
        output.Content.SetHtmlContent(html.ToString());
    }
}
