namespace Alongside.Tests.Kernel.Care;

public sealed class FundingRulesTests
{
    private static readonly FundingFigures Limits = FundingFigures.From(new FundingOptions());

    [Theory]
    [InlineData("2026-04-01", 2026)]
    [InlineData("2026-03-31", 2025)]
    [InlineData("2027-01-15", 2026)]
    [InlineData("2026-12-31", 2026)]
    [InlineData("2028-02-29", 2027)]
    public void The_financial_year_starts_on_1_April(string date, int start) =>
        Assert.Equal(start, FundingRules.FinancialYearStart(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(2026, "2026–27")]
    [InlineData(2099, "2099–00")]
    public void Financial_years_are_named_as_people_write_them(int start, string label) =>
        Assert.Equal(label, FundingRules.FinancialYearLabel(start));

    [Fact]
    public void Only_ASGSF_items_count_and_specialist_assessments_count_separately()
    {
        var use = FundingRules.Use(
        [
            (PlanItemKind.ParentingSupportSessions, FundingRoute.Asgsf, 1200m),
            (PlanItemKind.DirectTherapy, FundingRoute.Asgsf, 800m),
            (PlanItemKind.SpecialistAssessment, FundingRoute.Asgsf, 2000m),
            (PlanItemKind.CoachingSessions, FundingRoute.SelfFunded, 5000m),
            (PlanItemKind.GroupCourse, FundingRoute.Commissioned, 900m),
        ]);
        Assert.Equal(new AsgsfUse(2000m, 2000m), use);
    }

    [Fact]
    public void Within_the_limits_there_is_no_warning() =>
        Assert.Empty(FundingRules.Warnings(new AsgsfUse(3000m, 0), new AsgsfUse(2000m, 2500m), Limits, 2026));

    [Fact]
    public void Going_over_the_therapy_limit_warns_with_the_figures()
    {
        var warning = Assert.Single(FundingRules.Warnings(new AsgsfUse(4000m, 0), new AsgsfUse(1500m, 0), Limits, 2026));
        Assert.Equal("This plan would take ASGSF therapy funding for 2026–27 to £5,500.00: £4,000.00 already planned plus £1,500.00 in this plan, which is £500.00 over the £5,000.00 fair-access limit.", warning);
    }

    [Fact]
    public void Both_limits_are_checked_and_each_is_configurable()
    {
        var tight = Limits with { AsgsfTherapyLimit = 1000m, AsgsfAssessmentLimit = 500m };
        var warnings = FundingRules.Warnings(AsgsfUse.None, new AsgsfUse(1000.01m, 600m), tight, 2027);
        Assert.Equal(2, warnings.Count);
        Assert.Contains("specialist assessment funding for 2027–28 to £600.00", warnings[1]);
    }

    [Fact]
    public void A_plan_that_adds_no_ASGSF_is_not_blamed_for_an_earlier_overspend() =>
        Assert.Empty(FundingRules.Warnings(new AsgsfUse(9000m, 0), AsgsfUse.None, Limits, 2026));

    // Limit £5,000, the fund matching 50% above it up to a £5,000 ceiling, unless a row says otherwise.
    [Theory]
    [InlineData(4000, 50, 5000, 4000, 0)]      // below: the fund pays it all
    [InlineData(5000, 50, 5000, 5000, 0)]      // at the limit: still all the fund
    [InlineData(7000, 50, 5000, 6000, 1000)]   // 2,000 above: half (1,000) matched, the local authority the other 1,000
    [InlineData(17000, 50, 5000, 10000, 7000)] // 12,000 above: half is 6,000, capped at 5,000; the local authority 7,000
    [InlineData(7000, 0, 5000, 5000, 2000)]    // share 0: nothing above the limit from the fund
    [InlineData(7000, 100, 5000, 7000, 0)]     // share 100: all of it, within the ceiling
    [InlineData(12000, 100, 5000, 10000, 2000)] // share 100 but 7,000 above: the ceiling holds at 5,000
    [InlineData(5000.03, 50, 5000, 5000.02, 0.01)] // half of 3p rounds to 2p
    public void Match_funding_above_the_therapy_limit(decimal delivered, int share, decimal ceiling, decimal fund, decimal authority)
    {
        var (fundPays, authorityPays) = FundingRules.MatchFunding(delivered, 5000m, share, ceiling);
        Assert.Equal(fund, fundPays);
        Assert.Equal(authority, authorityPays);
        Assert.Equal(delivered, fundPays + authorityPays);
    }
}
