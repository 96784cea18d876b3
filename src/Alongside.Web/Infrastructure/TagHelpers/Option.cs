namespace Alongside.Web.Infrastructure.TagHelpers;

/// <summary>One choice in a set of radios or a select.</summary>
public sealed record Option(string Value, string Label, string? Hint = null);
