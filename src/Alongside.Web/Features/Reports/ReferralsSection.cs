using Alongside.Web.Kernel.Reports;

namespace Alongside.Web.Features.Reports;

/// <summary>Referrals made in the period: where they came from, how they are paid for, what was decided, and how long people waited.</summary>
public sealed class ReferralsSection : IReportSection
{
    public int Order => 10;

    public async Task<RawSection> CountAsync(AlongsideDbContext db, ReportScope scope, CancellationToken cancellationToken)
    {
        var (start, end) = (scope.Start, scope.End);
        var made = await scope.Referrals(db).Where(r => r.SubmittedAt >= start && r.SubmittedAt < end)
            .GroupBy(r => new { r.Source, r.FundingRoute, r.Status })
            .Select(g => new { g.Key.Source, g.Key.FundingRoute, g.Key.Status, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        long Count(Func<ReferralSource, FundingRoute, ReferralStatus, bool> match) =>
            made.Where(m => match(m.Source, m.FundingRoute, m.Status)).Sum(m => m.Count);

        RawTable Partition<T>(string id, string title, IEnumerable<T> values, Func<T, string> label, Func<ReferralSource, FundingRoute, ReferralStatus, T> key)
            where T : struct, Enum =>
            new(id, title, "referrals", [.. values.Select(v => new RawRow(label(v), Count((s, f, st) => key(s, f, st).Equals(v))))]);

        var tables = new List<RawTable>
        {
            Partition("referrals-source", "Referrals by source", Enum.GetValues<ReferralSource>(), SourceLabel, (s, _, _) => s),
            Partition("referrals-funding", "Referrals by funding route", Enum.GetValues<FundingRoute>(), ReportLabels.Funding, (_, f, _) => f),
            Partition("referrals-decision", "What was decided", [ReferralStatus.Accepted, ReferralStatus.Declined, ReferralStatus.WaitingList, ReferralStatus.Withdrawn, ReferralStatus.New], StatusLabel, (_, _, st) => st),
        };

        // Waits: from referral to decision for referrals decided in the period, and on the waiting list for those who left it.
        var decided = await scope.Referrals(db).Where(r => r.DecidedAt >= start && r.DecidedAt < end)
            .Select(r => new { r.SubmittedAt, r.DecidedAt }).ToListAsync(cancellationToken);
        var waited = await scope.Referrals(db).Where(r => r.LeftWaitingListAt >= start && r.LeftWaitingListAt < end && r.WaitingSince != null)
            .Select(r => new { r.WaitingSince, r.LeftWaitingListAt }).ToListAsync(cancellationToken);
        var toDecision = decided.Select(d => Days(d.SubmittedAt, d.DecidedAt!.Value)).ToList();
        var onList = waited.Select(w => Days(w.WaitingSince!.Value, w.LeftWaitingListAt!.Value)).ToList();
        var figures = new List<RawFigure>();
        foreach (var (label, values) in new[] { ("Days from referral to decision", toDecision), ("Days on the waiting list", onList) })
        {
            var spread = ReportMaths.Spread(values);
            figures.Add(new RawFigure($"{label}: median", values.Count, spread?.Median, "days"));
            figures.Add(new RawFigure($"{label}: 90th percentile", values.Count, spread?.Ninetieth, "days"));
        }
        return new RawSection("Referrals", tables, figures);
    }

    private static decimal Days(DateTimeOffset from, DateTimeOffset to) => Math.Round((decimal)(to - from).TotalDays, 1);

    internal static string SourceLabel(ReferralSource s) => s == ReferralSource.Self ? "The family (self-referral)" : "A professional";

    private static string StatusLabel(ReferralStatus s) => s switch
    {
        ReferralStatus.Accepted => "Accepted",
        ReferralStatus.Declined => "Declined",
        ReferralStatus.WaitingList => "On the waiting list",
        ReferralStatus.Withdrawn => "Withdrawn by the family",
        _ => "Not yet decided",
    };
}
