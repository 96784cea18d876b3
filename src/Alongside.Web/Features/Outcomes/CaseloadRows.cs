namespace Alongside.Web.Features.Outcomes;

/// <summary>One instrument's latest score for a family and its change from the first.</summary>
public sealed record ScoreLine(string Instrument, decimal Latest, string? Band, Change? Change, int Count);

/// <summary>A family on a clinician's caseload: its latest scores, flags and overdue measures.</summary>
public sealed record CaseloadRow(Guid FamilyId, string Family, IReadOnlyList<ScoreLine> Scores, int Overdue)
{
    /// <summary>A reliable deterioration on any measure, or a move into the clinical range.</summary>
    public bool Worse => Scores.Any(s => s.Change is { Kind: ChangeKind.ReliableDeterioration } or { MovedIntoClinicalRange: true });
    public bool Better => !Worse && Scores.Any(s => s.Change is { Kind: ChangeKind.ReliableImprovement });
}

/// <summary>The caseload's order: families getting worse first, then those with measures overdue (most first), then by name.</summary>
public static class CaseloadOrder
{
    public static IEnumerable<CaseloadRow> Sort(IEnumerable<CaseloadRow> rows) =>
        rows.OrderBy(r => r.Worse ? 0 : r.Overdue > 0 ? 1 : 2)
            .ThenByDescending(r => r.Overdue)
            .ThenBy(r => r.Family, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.FamilyId);
}
