namespace Alongside.Web.Kernel.Reports;

/// <summary>
/// What a section counts, before anything is hidden: rows of one table are a partition of its
/// total (each thing counted once, in one row), so secondary suppression can reason about them.
/// </summary>
/// <remarks>
/// <see cref="TotalIs"/> names the cell of an earlier table this table's total equals (sessions
/// attended by type add up to the attendance table's "Attended"): if that cell is hidden, this
/// total is hidden too, or subtracting would give it away.
/// </remarks>
public sealed record RawTable(string Id, string Title, string Counting, IReadOnlyList<RawRow> Rows, string? Note = null, CellRef? TotalIs = null);

/// <summary>One cell of a table in the same report: the table's id and the row's label.</summary>
public sealed record CellRef(string TableId, string Row);

public sealed record RawRow(string Label, long Count);

/// <summary>A figure worked out over some people or things (a median wait, a mean change): shown only over enough of them.</summary>
public sealed record RawFigure(string Label, long Over, decimal? Value, string Unit);

/// <summary>A rate such as attendance: a count out of a count, shown only when both may be.</summary>
public sealed record RawRate(string Label, string TableId, string Numerator, IReadOnlyList<string> OutOf);

/// <summary>One heading's worth of a report, as a section counted it.</summary>
public sealed record RawSection(string Heading, IReadOnlyList<RawTable> Tables, IReadOnlyList<RawFigure> Figures, IReadOnlyList<RawRate>? Rates = null);

/// <summary>
/// A part of the report a feature contributes (groups, peer support...): it counts from the
/// scope only, and the report hides small numbers in what it returns. Found in the assembly.
/// </summary>
public interface IReportSection
{
    /// <summary>Where the section comes in the report (lower first).</summary>
    int Order { get; }

    Task<RawSection> CountAsync(AlongsideDbContext db, ReportScope scope, CancellationToken cancellationToken);
}
