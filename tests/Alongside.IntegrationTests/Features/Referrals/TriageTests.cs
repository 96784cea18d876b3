using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Referrals;

public abstract class TriageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private async Task<(Organisation Org, Person Clinician, HttpClient Browser)> TriagerAsync()
    {
        var org = await app.CreateOrganisationAsync();
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        var browser = app.NewBrowser();
        await browser.SignInAsync(clinician);
        return (org, clinician, browser);
    }

    private Task<Referral> ReloadAsync(Guid id) => app.WithDbAsync(db => db.Referrals.AsNoTracking().SingleAsync(r => r.Id == id));

    [Fact]
    public async Task Clinician_reads_a_new_referral_accepts_it_and_can_then_open_the_family()
    {
        var (org, clinician, browser) = await TriagerAsync();
        var (parent, familyId) = await app.CreateParentAsync();
        var referral = await app.CreateReferralAsync(org, familyId);

        Assert.Contains($"/staff/referrals/{referral.Id}", await browser.GetPageAsync("/staff/referrals"));
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/staff/families/{familyId}")).StatusCode);
        Assert.Contains("Request for Robin", await browser.GetPageAsync($"/staff/referrals/{referral.Id}"));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == referral.Id && a.ActorUserId == clinician.Id && a.Action == "read")));

        var accepted = await browser.PostFormAsync($"/staff/referrals/{referral.Id}?handler=Accept", new Dictionary<string, string>(), tokenFrom: $"/staff/referrals/{referral.Id}");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(ReferralStatus.Accepted, (await ReloadAsync(referral.Id)).Status);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/staff/families/{familyId}")).StatusCode);
        await app.Mail.WaitForAsync(parent.Email, "There is news about your request");

        var parentBrowser = app.NewBrowser();
        await parentBrowser.SignInAsync(parent);
        Assert.Contains("Accepted", await parentBrowser.GetPageAsync("/family"));

        // A decision is made once.
        var again = await browser.PostFormAsync($"/staff/referrals/{referral.Id}?handler=WaitingList", new Dictionary<string, string>(), tokenFrom: $"/staff/referrals/{referral.Id}");
        Assert.Contains("This request is already accepted", await again.Content.ReadAsStringAsync());
        Assert.Equal(ReferralStatus.Accepted, (await ReloadAsync(referral.Id)).Status);
    }

    [Fact]
    public async Task Declining_needs_a_reason_which_the_family_then_sees()
    {
        var (org, _, browser) = await TriagerAsync();
        var (parent, familyId) = await app.CreateParentAsync();
        var referral = await app.CreateReferralAsync(org, familyId);
        var page = $"/staff/referrals/{referral.Id}";

        var noReason = await browser.PostFormAsync($"{page}?handler=Decline", new Dictionary<string, string> { ["Reason"] = " " }, tokenFrom: page);
        Assert.Contains("Enter the reason", await noReason.Content.ReadAsStringAsync());
        Assert.Equal(ReferralStatus.New, (await ReloadAsync(referral.Id)).Status);

        await browser.PostFormAsync($"{page}?handler=Decline", new Dictionary<string, string> { ["Reason"] = "We do not cover your area. Your local CAMHS can help." }, tokenFrom: page);
        Assert.Equal(ReferralStatus.Declined, (await ReloadAsync(referral.Id)).Status);
        var parentBrowser = app.NewBrowser();
        await parentBrowser.SignInAsync(parent);
        var portal = await parentBrowser.GetPageAsync("/family");
        Assert.Contains("Not accepted", portal);
        Assert.Contains("We do not cover your area. Your local CAMHS can help.", portal);
    }

    [Fact]
    public async Task The_family_sees_their_place_and_an_expected_wait_from_the_recent_leaving_rate()
    {
        var (org, _, browser) = await TriagerAsync();
        var now = app.Now;
        for (var i = 0; i < 2; i++)
        {
            var (_, earlierFamily) = await app.CreateParentAsync();
            await app.CreateReferralAsync(org, earlierFamily, ReferralStatus.WaitingList, waitingSince: now.AddDays(-30 + i));
        }
        for (var i = 0; i < 2; i++)
        {
            var (_, leftFamily) = await app.CreateParentAsync();
            await app.CreateReferralAsync(org, leftFamily, ReferralStatus.Accepted, waitingSince: now.AddDays(-80), leftAt: now.AddDays(-10 * (i + 1)));
        }
        var (_, oldLeaver) = await app.CreateParentAsync();
        await app.CreateReferralAsync(org, oldLeaver, ReferralStatus.Accepted, waitingSince: now.AddDays(-300), leftAt: now.AddDays(-200)); // outside the window

        var (parent, familyId) = await app.CreateParentAsync();
        var mine = await app.CreateReferralAsync(org, familyId);
        var page = $"/staff/referrals/{mine.Id}";
        await browser.PostFormAsync($"{page}?handler=WaitingList", new Dictionary<string, string>(), tokenFrom: page);

        var parentBrowser = app.NewBrowser();
        await parentBrowser.SignInAsync(parent);
        var portal = await parentBrowser.GetPageAsync("/family");
        Assert.Contains("On the waiting list", portal);
        Assert.Equal("3", Html.Parse(portal).SummaryRows()["Your place on the list"]);
        // 2 left in 13 weeks: 3rd place is about 20 weeks, shown in months.
        Assert.Contains("About 5 months", portal);

        // A recorded priority moves them to the front.
        var noReason = await browser.PostFormAsync($"{page}?handler=Priority", new Dictionary<string, string> { ["Priority"] = "2" }, tokenFrom: page);
        Assert.Contains("Enter why the priority is changing", await noReason.Content.ReadAsStringAsync());
        await browser.PostFormAsync($"{page}?handler=Priority", new Dictionary<string, string> { ["Priority"] = "2", ["Reason"] = "Placement at risk" }, tokenFrom: page);
        Assert.Equal("1", Html.Parse(await parentBrowser.GetPageAsync("/family")).SummaryRows()["Your place on the list"]);
        var waiting = await browser.GetPageAsync("/staff/referrals?list=waiting");
        var firstInList = Html.Parse(waiting).Links("/staff/referrals/").Select(href => href["/staff/referrals/".Length..]).First(rest => Guid.TryParse(rest, out _));
        Assert.Equal(mine.Id.ToString(), firstInList);

        // Offering a place takes them off the list and counts towards the leaving rate.
        await browser.PostFormAsync($"{page}?handler=Accept", new Dictionary<string, string>(), tokenFrom: page);
        var done = await ReloadAsync(mine.Id);
        Assert.Equal(ReferralStatus.Accepted, done.Status);
        Assert.NotNull(done.LeftWaitingListAt);
    }

    [Fact]
    public async Task A_possible_duplicate_is_flagged_and_can_be_dismissed_or_joined()
    {
        var (org, _, browser) = await TriagerAsync();
        var (_, familyId) = await app.CreateParentAsync();
        var (_, otherFamily) = await app.CreateParentAsync(); // another Robin born the same day
        var first = await app.CreateReferralAsync(org, familyId);
        var second = await app.CreateReferralAsync(org, otherFamily);
        var third = await app.CreateReferralAsync(org, familyId);

        Assert.Contains("Possible duplicate", await browser.GetPageAsync("/staff/referrals"));
        var page = $"/staff/referrals/{second.Id}";
        Assert.Contains("This may be a duplicate", await browser.GetPageAsync(page));
        await browser.PostFormAsync($"{page}?handler=DismissDuplicate", new Dictionary<string, string>(), tokenFrom: page);
        Assert.DoesNotContain("This may be a duplicate", await browser.GetPageAsync(page));

        var thirdPage = $"/staff/referrals/{third.Id}";
        var joined = await browser.PostFormAsync($"{thirdPage}?handler=Merge&into={first.Id}", new Dictionary<string, string>(), tokenFrom: thirdPage);
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        var merged = await ReloadAsync(third.Id);
        Assert.Equal(ReferralStatus.Declined, merged.Status);
        Assert.Contains("joined with another request", merged.DeclineReason);

        // Joining into a referral that is not a duplicate of it is refused.
        var (_, unrelated) = await app.CreateParentAsync();
        var fourth = await app.CreateReferralAsync(org, unrelated, carerEmail: "x@example.test");
        await app.WithDbAsync(async db => await db.Children.Where(c => c.FamilyId == unrelated).ExecuteUpdateAsync(s => s.SetProperty(c => c.FirstName, "Kai")));
        var refused = await browser.PostFormAsync($"/staff/referrals/{fourth.Id}?handler=Merge&into={first.Id}", new Dictionary<string, string>(), tokenFrom: $"/staff/referrals/{fourth.Id}");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task Staff_record_the_ASGSF_application_as_it_goes_through_and_bad_details_change_nothing()
    {
        var (org, _, browser) = await TriagerAsync();
        var (_, familyId) = await app.CreateParentAsync();
        var referral = await app.CreateReferralAsync(org, familyId);
        var page = $"/staff/referrals/{referral.Id}";
        var lastMonth = app.Now.UtcDateTime.AddMonths(-1); // whole month in the past, whatever today is
        var year = lastMonth.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var month = lastMonth.Month.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var bad = await browser.PostFormAsync($"{page}?handler=Funding", new Dictionary<string, string>
        {
            ["Funding.Route"] = nameof(FundingRoute.Asgsf),
            ["Funding.Requested"] = "lots",
            ["Funding.AppliedDay"] = "2",
            ["Funding.AppliedMonth"] = month,
            ["Funding.AppliedYear"] = year,
            ["Funding.DecidedDay"] = "1",
            ["Funding.DecidedMonth"] = month,
            ["Funding.DecidedYear"] = year,
        }, tokenFrom: page);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Enter the amount in pounds", html);
        Assert.Contains("The decision date must be on or after the date it was applied for", html);
        Assert.Equal(FundingRoute.SelfFunded, (await ReloadAsync(referral.Id)).FundingRoute);

        await browser.PostFormAsync($"{page}?handler=Funding", new Dictionary<string, string>
        {
            ["Funding.Route"] = nameof(FundingRoute.Asgsf),
            ["Funding.Reference"] = "LA-ASF-77",
            ["Funding.Requested"] = "£3,000",
            ["Funding.Approved"] = "2500",
            ["Funding.AppliedDay"] = "1",
            ["Funding.AppliedMonth"] = month,
            ["Funding.AppliedYear"] = year,
        }, tokenFrom: page);
        var saved = await ReloadAsync(referral.Id);
        Assert.Equal((FundingRoute.Asgsf, "LA-ASF-77", 3000m, 2500m), (saved.FundingRoute, saved.FundingReference, saved.AmountRequested, saved.AmountApproved));
        Assert.Equal(new DateOnly(lastMonth.Year, lastMonth.Month, 1), saved.FundingAppliedOn);
        Assert.Contains("£3,000.00 requested", await browser.GetPageAsync(page));
    }

    [Fact]
    public async Task Only_the_receiving_organisations_clinicians_and_admins_can_see_a_referral()
    {
        var org = await app.CreateOrganisationAsync();
        var other = await app.CreateOrganisationAsync();
        var (parent, familyId) = await app.CreateParentAsync();
        var referral = await app.CreateReferralAsync(org, familyId);
        var page = $"/staff/referrals/{referral.Id}";

        var outsider = await app.CreateStaffAsync(other, Role.Clinician);
        foreach (var person in new[] { outsider })
        {
            var browser = app.NewBrowser();
            await browser.SignInAsync(person);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(page)).StatusCode);
            Assert.DoesNotContain(referral.Id.ToString(), await browser.GetPageAsync("/staff/referrals"));
            var post = await browser.PostFormAsync($"{page}?handler=Accept", new Dictionary<string, string>(), tokenFrom: "/staff/referrals");
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
        foreach (var person in new[] { parent, await app.CreateStaffAsync(org, Role.PeerSupporter), await app.CreateStaffAsync(org, Role.Referrer), await app.CreateStaffAsync(org, Role.Commissioner) })
        {
            var browser = app.NewBrowser();
            await browser.SignInAsync(person);
            Assert.StartsWith("/account/access-denied", Browser.Location(await browser.GetAsync(page)));
        }
        Assert.Equal(ReferralStatus.New, (await ReloadAsync(referral.Id)).Status);
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityId == referral.Id)));
    }
}

public sealed class TriageTestsOnSqlite(SqliteApp app) : TriageTests<SqliteApp>(app);

public sealed class TriageTestsOnPostgres(PostgresApp app) : TriageTests<PostgresApp>(app);
