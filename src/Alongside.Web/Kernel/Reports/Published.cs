using System.Globalization;

namespace Alongside.Web.Kernel.Reports;

/// <summary>A number as a report may publish it: its value, or hidden as "fewer than 5".</summary>
public readonly record struct Shown(long? Value)
{
    public bool Hidden => Value is null;

    public string Text => Value is { } v ? v.ToString("N0", CultureInfo.GetCultureInfo("en-GB")) : Suppression.HiddenText;

    public static Shown Hide => new(null);
}

public sealed record ShownRow(string Label, Shown Count, string? Share);

/// <summary>A table as published: hidden counts, and shares of the total only where both are shown.</summary>
public sealed record ShownTable(string Id, string Title, string Counting, IReadOnlyList<ShownRow> Rows, Shown Total, string? Note)
{
    public bool AnyHidden => Total.Hidden || Rows.Any(r => r.Count.Hidden);
}

/// <summary>A figure as published: its value, or why it is not shown.</summary>
public sealed record ShownFigure(string Label, Shown Over, string Text);

public sealed record ShownSection(string Heading, IReadOnlyList<ShownTable> Tables, IReadOnlyList<ShownFigure> Figures);
