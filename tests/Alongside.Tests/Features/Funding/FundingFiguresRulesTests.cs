using Alongside.Web.Features.Funding;

namespace Alongside.Tests.Features.Funding;

public sealed class FundingFiguresRulesTests
{
    private static FundingFiguresInput Input(string therapy = "5000", string assessment = "2500", string share = "50",
        string ceiling = "5000", string months = "3", string warn = "14") => new()
        {
            TherapyLimit = therapy,
            AssessmentLimit = assessment,
            MatchSharePercent = share,
            MatchCeiling = ceiling,
            WindowMonths = months,
            WarnDays = warn,
        };

    private static IReadOnlyList<(string Key, string Message)> Errors(FundingFiguresInput input) => FundingFiguresRules.Check(input).Errors;

    [Fact]
    public void The_published_figures_are_accepted_as_typed()
    {
        var (figures, errors) = FundingFiguresRules.Check(Input(therapy: "£5,000.00", ceiling: " 5000 "));
        Assert.Empty(errors);
        Assert.Equal(new FundingFigures(5000m, 2500m, 50, 5000m, 3, 14), figures);
    }

    [Theory]
    [InlineData("0", "0", "0", "0", "1", "0")] // all at the bottom of their ranges
    [InlineData("1000000", "1000000", "100", "1000000", "12", "90")] // all at the top
    public void The_ends_of_each_range_are_allowed(string therapy, string assessment, string share, string ceiling, string months, string warn) =>
        Assert.Empty(Errors(Input(therapy, assessment, share, ceiling, months, warn)));

    [Theory]
    [InlineData("-0.01", "Input.TherapyLimit", "The therapy limit must be £0 or more")]
    [InlineData("1000000.01", "Input.TherapyLimit", "The therapy limit must be £1,000,000.00 or less")]
    [InlineData("12.345", "Input.TherapyLimit", "The therapy limit must be in pounds and pence, with at most 2 decimal places")]
    [InlineData("five thousand", "Input.TherapyLimit", "Enter the therapy limit in pounds, like 5000 or 5000.00")]
    [InlineData("", "Input.TherapyLimit", "Enter the therapy limit in pounds")]
    public void A_wrong_limit_is_named(string therapy, string key, string message) =>
        Assert.Contains((key, message), Errors(Input(therapy: therapy, ceiling: "0", share: "0")));

    [Theory]
    [InlineData("101", "The match share must be between 0 and 100 percent")]
    [InlineData("-1", "The match share must be between 0 and 100 percent")]
    [InlineData("50.5", "Enter the match share as a whole number of percent")]
    public void The_match_share_is_a_whole_percent(string share, string message) =>
        Assert.Contains(("Input.MatchSharePercent", message), Errors(Input(share: share)));

    [Theory]
    [InlineData("0", "The application window must be between 1 and 12 months")]
    [InlineData("13", "The application window must be between 1 and 12 months")]
    public void The_window_is_one_to_twelve_months(string months, string message) =>
        Assert.Contains(("Input.WindowMonths", message), Errors(Input(months: months)));

    [Theory]
    [InlineData("-1", "The warning must be between 0 and 90 days")]
    [InlineData("91", "The warning must be between 0 and 90 days")]
    public void The_warning_is_zero_to_ninety_days(string warn, string message) =>
        Assert.Contains(("Input.WarnDays", message), Errors(Input(warn: warn)));

    [Fact]
    public void A_warning_as_long_as_a_one_month_window_is_refused()
    {
        // The shortest month has 28 days: warning 28 days ahead of a 1-month window warns from the start.
        Assert.Contains(("Input.WarnDays", "The warning must start less than 28 days before the end of a 1-month window"), Errors(Input(months: "1", warn: "28")));
        Assert.Empty(Errors(Input(months: "1", warn: "27")));
    }

    [Fact]
    public void The_match_ceiling_may_equal_the_therapy_limit_but_not_go_above_it()
    {
        Assert.Empty(Errors(Input(therapy: "4000", ceiling: "4000")));
        Assert.Equal([("Input.MatchCeiling", "The match ceiling must be no more than the therapy limit (£4,000.00)")], Errors(Input(therapy: "4000", ceiling: "4000.01")));
    }

    [Fact]
    public void A_share_and_a_ceiling_must_agree_on_whether_there_is_match_funding()
    {
        Assert.Empty(Errors(Input(share: "0", ceiling: "0")));
        Assert.Contains(("Input.MatchCeiling", "With a match share of 0%, the match ceiling must be £0"), Errors(Input(share: "0", ceiling: "100")));
        Assert.Contains(("Input.MatchSharePercent", "With a match ceiling of £0, the match share must be 0%"), Errors(Input(share: "50", ceiling: "0")));
    }

    [Fact]
    public void Every_wrong_figure_gets_its_own_message_and_no_figures_come_back()
    {
        var (figures, errors) = FundingFiguresRules.Check(Input(therapy: "-5", assessment: "2000000", share: "200", months: "0", warn: "100"));
        Assert.Null(figures);
        Assert.Equal(["Input.TherapyLimit", "Input.AssessmentLimit", "Input.MatchSharePercent", "Input.WindowMonths", "Input.WarnDays"], errors.Select(e => e.Key));
    }
}
