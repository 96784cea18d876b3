using Alongside.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Alongside.IntegrationTests.Features.Referrals;

/// <summary>The app on 14 February 2027, midday in London, so the ASGSF windows can be worked by hand.</summary>
public sealed class FundingClockApp : SqliteApp
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 2, 14, 12, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class ApplicationWindowTests(FundingClockApp app) : IClassFixture<FundingClockApp>
{
    private async Task<Guid> AsgsfReferralAsync(Organisation org, DateOnly assessedOn, DateOnly? appliedOn = null)
    {
        var (_, familyId) = await app.CreateParentAsync();
        var referral = await app.CreateReferralAsync(org, familyId);
        await app.WithDbAsync(db => db.Referrals.Where(r => r.Id == referral.Id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.FundingRoute, FundingRoute.Asgsf)
            .SetProperty(r => r.NeedsAssessedOn, assessedOn)
            .SetProperty(r => r.FundingAppliedOn, appliedOn)));
        return referral.Id;
    }

    private static string? Warning(string page) =>
        Html.Parse(page).QuerySelector("#application-window p")?.TextContent.Trim();

    [Fact]
    public async Task Staff_are_warned_as_the_window_closes_and_told_once_it_has_closed()
    {
        var org = await app.CreateOrganisationAsync();
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        var browser = app.NewBrowser();
        await browser.SignInAsync(clinician);

        var nearlyDue = await AsgsfReferralAsync(org, new DateOnly(2026, 11, 30)); // due 28 February 2027 (a month end clamps)
        var closed = await AsgsfReferralAsync(org, new DateOnly(2026, 11, 13)); // due 13 February 2027, yesterday
        var notYet = await AsgsfReferralAsync(org, new DateOnly(2026, 12, 1)); // due 1 March 2027, 15 days away
        var applied = await AsgsfReferralAsync(org, new DateOnly(2026, 11, 30), appliedOn: new DateOnly(2027, 1, 10));

        Assert.Equal("Apply by 28 February 2027: 14 days left.", Warning(await browser.GetPageAsync($"/staff/referrals/{nearlyDue}")));
        Assert.Equal("The application window closed on 13 February 2027.", Warning(await browser.GetPageAsync($"/staff/referrals/{closed}")));
        Assert.Null(Warning(await browser.GetPageAsync($"/staff/referrals/{notYet}")));
        Assert.Null(Warning(await browser.GetPageAsync($"/staff/referrals/{applied}")));
        Assert.Equal("30 November 2026", Html.Parse(await browser.GetPageAsync($"/staff/referrals/{nearlyDue}")).SummaryRows()["Assessment of need"]);

        // A platform admin's saved figures apply at once: a 4-month window, warned 30 days ahead.
        await app.WithDbAsync(async db =>
        {
            db.FundingSettings.Add(new FundingSettings
            {
                AsgsfTherapyLimit = 5000m,
                AsgsfAssessmentLimit = 2500m,
                MatchSharePercent = 50,
                MatchCeiling = 5000m,
                ApplicationWindowMonths = 4,
                WarnDaysBefore = 30,
                UpdatedAt = app.Now,
            });
            return await db.SaveChangesAsync();
        });
        Assert.Null(Warning(await browser.GetPageAsync($"/staff/referrals/{nearlyDue}"))); // now due 31 March, 45 days away
        Assert.Equal("Apply by 13 March 2027: 27 days left.", Warning(await browser.GetPageAsync($"/staff/referrals/{closed}")));

        // Four hours later it is still the same day in London; a day on, one fewer day is left.
        app.Clock.Advance(TimeSpan.FromHours(4));
        Assert.Equal("Apply by 13 March 2027: 27 days left.", Warning(await browser.GetPageAsync($"/staff/referrals/{closed}")));
    }
}
