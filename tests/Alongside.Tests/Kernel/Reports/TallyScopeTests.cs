using Alongside.Web.Kernel.Care;
using Alongside.Web.Kernel.Reports;
using Alongside.Web.Kernel.Reports.Tallies;
using Alongside.Web.Kernel.Time;

namespace Alongside.Tests.Kernel.Reports;

/// <summary>How a report's period splits between tallied months and the records, and how cohorts are written and admitted.</summary>
public class TallyScopeTests
{
    private static readonly Guid Org = Guid.NewGuid();
    private static readonly Guid ServiceA = Guid.NewGuid();
    private static readonly Guid Council = Guid.NewGuid();

    [Fact]
    public void The_period_outside_its_tallied_months_is_counted_from_the_records_in_order()
    {
        // 10 April to 5 December 2026, with June, July and September tallied (August marked).
        var scope = new ReportScope(Org, new DateOnly(2026, 4, 10), new DateOnly(2026, 12, 5))
        {
            Tallies = new TallyView([new(2026, 9, 1), new(2026, 6, 1), new(2026, 7, 1)], null),
        };
        var parts = scope.Untallied().Select(p => (UkTime.DateOf(p.Start), UkTime.DateOf(p.End))).ToList();
        Assert.Equal(
        [
            (new DateOnly(2026, 4, 10), new DateOnly(2026, 6, 1)),
            (new DateOnly(2026, 8, 1), new DateOnly(2026, 9, 1)),
            (new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 6)),
        ], parts);
        // Midnight UK time at each edge: British Summer Time in June, GMT in December.
        Assert.Equal(TimeSpan.FromHours(23), scope.Untallied().First().End.UtcDateTime.TimeOfDay);
        Assert.Equal(TimeSpan.Zero, scope.Untallied().Last().End.UtcDateTime.TimeOfDay);

        var none = scope with { Tallies = TallyView.None };
        Assert.Equal([(none.Start, none.End)], none.Untallied());
        var all = new ReportScope(Org, new DateOnly(2026, 6, 1), new DateOnly(2026, 7, 31)) { Tallies = new TallyView([new(2026, 6, 1), new(2026, 7, 1)], null) };
        Assert.Empty(all.Untallied());
    }

    [Fact]
    public void A_cohort_key_is_the_same_for_the_same_referrals_in_any_order_and_reads_back()
    {
        var a = new CohortPart(ServiceA, FundingRoute.Commissioned, "E08000025", Council);
        var b = new CohortPart(null, FundingRoute.Asgsf, null, null);
        Assert.Equal(CohortKey.Of([a, b]), CohortKey.Of([b, a, a]));
        Assert.NotEqual(CohortKey.Of([a]), CohortKey.Of([a, b]));
        Assert.Equal([b, a], CohortKey.Parse(CohortKey.Of([a, b])).OrderBy(p => p.ServiceId.HasValue));
        Assert.Empty(CohortKey.Parse(CohortKey.Of([])));
        // An area code with the characters a key might use as separators survives.
        var odd = new CohortPart(null, FundingRoute.SelfFunded, "a;b|c\"", null);
        Assert.Equal([odd], CohortKey.Parse(CohortKey.Of([odd])));
    }

    [Fact]
    public void A_scope_admits_a_cohort_part_as_its_referral_query_would()
    {
        var commissioned = new CohortPart(ServiceA, FundingRoute.Commissioned, "E08000025", Council);
        var inArea = new CohortPart(null, FundingRoute.Asgsf, "E09000033", null);
        var elsewhere = new CohortPart(ServiceA, FundingRoute.SelfFunded, "E08000025", null);
        var from = new DateOnly(2026, 4, 1);
        var to = new DateOnly(2026, 12, 5);

        var all = new ReportScope(Org, from, to);
        Assert.All([commissioned, inArea, elsewhere], p => Assert.True(all.Admits(p)));
        Assert.Equal([inArea], new[] { commissioned, inArea, elsewhere }.Where(new ReportScope(Org, from, to, Funding: FundingRoute.Asgsf).Admits));
        Assert.Equal([commissioned, elsewhere], new[] { commissioned, inArea, elsewhere }.Where(new ReportScope(Org, from, to, ServiceId: ServiceA).Admits));
        Assert.Equal([inArea], new[] { commissioned, inArea, elsewhere }.Where(new ReportScope(Org, from, to, LocalAuthorityCode: "E09000033").Admits));

        // The council: what it pays for, and what lives in its area, limited to the services it commissions.
        var council = new ReportScope(Org, from, to, Commissioner: new CommissionerScope(Council, "E09000033", true, []));
        Assert.Equal([commissioned, inArea], new[] { commissioned, inArea, elsewhere }.Where(council.Admits));
        var oneService = council with { Commissioner = new CommissionerScope(Council, "E09000033", false, [ServiceA]) };
        Assert.Equal([commissioned], new[] { commissioned, inArea, elsewhere }.Where(oneService.Admits));
        var noArea = council with { Commissioner = new CommissionerScope(Council, null, true, []) };
        Assert.Equal([commissioned], new[] { commissioned, inArea, elsewhere }.Where(noArea.Admits));
    }
}
