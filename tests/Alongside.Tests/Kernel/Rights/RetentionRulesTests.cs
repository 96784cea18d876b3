using System.ComponentModel.DataAnnotations;
using Alongside.Web.Features.Referrals;

namespace Alongside.Tests.Kernel.Rights;

public sealed class RetentionRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly RetentionCutoffs Cutoffs = RetentionCutoffs.At(Now, new RetentionOptions());

    private static DateTimeOffset DaysAgo(double days) => Now.AddDays(-days);

    [Fact]
    public void Cutoffs_follow_the_settings()
    {
        var cutoffs = RetentionCutoffs.At(Now, new RetentionOptions { ClosedAccountDataDays = 7, EndedSessionsDays = 14, SelfReferralDraftDays = 21, SentEmailDays = 60 });
        Assert.Equal((DaysAgo(7), DaysAgo(14), DaysAgo(21), DaysAgo(60)), (cutoffs.ClosedAccounts, cutoffs.EndedSessions, cutoffs.SelfReferralDrafts, cutoffs.SentEmail));
    }

    [Theory]
    [InlineData(31, true)]
    [InlineData(30.001, true)]
    [InlineData(30, false)] // kept for the whole period
    [InlineData(29, false)]
    public void Ended_sessions_expire_after_30_days(double endedDaysAgo, bool expired)
    {
        var rule = RetentionRules.ExpiredSessions(Cutoffs).Compile();
        Assert.Equal(expired, rule(new UserSession { StartedAt = DaysAgo(100), EndedAt = DaysAgo(endedDaysAgo) }));
    }

    [Fact]
    public void Open_sessions_never_expire_however_old() =>
        Assert.False(RetentionRules.ExpiredSessions(Cutoffs).Compile()(new UserSession { StartedAt = DaysAgo(1000), LastSeenAt = DaysAgo(1000) }));

    [Theory]
    [InlineData(91, null, true)]
    [InlineData(89, null, false)]
    [InlineData(null, 91, true)]
    [InlineData(null, 89, false)]
    [InlineData(null, null, false)] // still waiting or being retried, however long ago it was written
    public void Emails_expire_90_days_after_they_were_sent_or_given_up_on(int? sentDaysAgo, int? failedDaysAgo, bool expired)
    {
        var email = new OutboxMessage
        {
            ToAddress = "a@example.test",
            ToName = "A",
            Subject = "S",
            TextBody = "T",
            CreatedAt = DaysAgo(1000),
            SentAt = sentDaysAgo is { } s ? DaysAgo(s) : null,
            FailedAt = failedDaysAgo is { } f ? DaysAgo(f) : null,
        };
        Assert.Equal(expired, RetentionRules.ExpiredEmails(Cutoffs).Compile()(email));
    }

    [Theory]
    [InlineData(31, true)]
    [InlineData(29, false)]
    [InlineData(null, false)] // an open account is never due
    public void Closed_accounts_are_due_30_days_after_closing(int? closedDaysAgo, bool due) =>
        Assert.Equal(due, RetentionRules.ClosedAccountsDue(Cutoffs).Compile()(new AppUser { CreatedAt = DaysAgo(2000), ClosedAt = closedDaysAgo is { } c ? DaysAgo(c) : null }));

    [Theory]
    [InlineData(31, true)]
    [InlineData(29, false)]
    public void Unsent_requests_for_help_expire_30_days_after_their_last_change(int changedDaysAgo, bool expired) =>
        Assert.Equal(expired, ReferralDraftRetention.Expired(Cutoffs).Compile()(new ReferralDraft { UpdatedAt = DaysAgo(changedDaysAgo) }));

    [Fact]
    public void The_defaults_are_valid_and_nonsense_periods_are_refused_by_name()
    {
        var defaults = new RetentionOptions();
        Assert.True(Validator.TryValidateObject(defaults, new ValidationContext(defaults), [], validateAllProperties: true));
        var wrong = new RetentionOptions { EndedSessionsDays = 0, ClinicalRecordYears = 500 };
        var problems = new List<ValidationResult>();
        Assert.False(Validator.TryValidateObject(wrong, new ValidationContext(wrong), problems, validateAllProperties: true));
        Assert.Equal(["Retention:ClinicalRecordYears must be between 1 and 100", "Retention:EndedSessionsDays must be between 1 and 3650"], problems.Select(p => p.ErrorMessage).Order());
    }
}
