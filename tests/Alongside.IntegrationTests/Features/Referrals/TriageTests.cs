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

        var confirm = Html.Parse(await browser.GetPageAsync($"/staff/referrals/{referral.Id}?confirm=accept"));
        Assert.Equal("Accept the request for Robin?", confirm.Text("h1"));
        Assert.NotNull(confirm.QuerySelector("form[action$='handler=Accept'] button"));
        Assert.Equal(ReferralStatus.New, (await ReloadAsync(referral.Id)).Status);
        var accepted = await browser.PostFormAsync($"/staff/referrals/{referral.Id}?handler=Accept", new Dictionary<string, string>(), tokenFrom: $"/staff/referrals/{referral.Id}?confirm=accept");
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
    public async Task The_accepting_clinician_joins_the_care_team_and_can_write_the_plan_at_once()
    {
        var (org, clinician, browser) = await TriagerAsync();
        var (parent, familyId) = await app.CreateParentAsync();
        var referral = await app.CreateReferralAsync(org, familyId);
        Assert.DoesNotContain("Write a support plan", await browser.GetPageAsync($"/staff/referrals/{referral.Id}"));

        var confirm = Html.Parse(await browser.GetPageAsync($"/staff/referrals/{referral.Id}?confirm=accept"));
        Assert.Equal("Accept the request for Robin?", confirm.Text("h1"));
        Assert.NotNull(confirm.QuerySelector("form[action$='handler=Accept'] button"));
        Assert.Equal(ReferralStatus.New, (await ReloadAsync(referral.Id)).Status);
        var accepted = await browser.PostFormAsync($"/staff/referrals/{referral.Id}?handler=Accept", new Dictionary<string, string>(), tokenFrom: $"/staff/referrals/{referral.Id}?confirm=accept");
        Assert.Equal($"/staff/referrals/{referral.Id}", Browser.Location(accepted));
        var member = await app.WithDbAsync(db => db.CareTeamMembers.SingleAsync(c => c.FamilyId == familyId));
        Assert.Equal((clinician.Id, org.Id), (member.UserId, member.OrganisationId));
        var review = Html.Parse(await browser.GetPageAsync($"/staff/referrals/{referral.Id}"));
        Assert.Contains($"/staff/families/{familyId}/plans/new", review.Links());
        Assert.Contains("Write a support plan", review.Text("#next-steps"));
        Assert.Contains($"/staff/families/{familyId}/plans/new", Html.Parse(await browser.GetPageAsync($"/staff/families/{familyId}")).Links());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/staff/families/{familyId}/plans/new")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.FamilyId == familyId && a.ActorUserId == clinician.Id && a.Action == "care-team")));
        await app.Mail.WaitForAsync(parent.Email, "Someone has joined your care team");

        // Already on the care team: accepting a second request for the family adds nobody.
        var second = await app.CreateReferralAsync(org, familyId);
        await browser.PostFormAsync($"/staff/referrals/{second.Id}?handler=Accept", new Dictionary<string, string>(), tokenFrom: $"/staff/referrals/{second.Id}");
        Assert.Equal(ReferralStatus.Accepted, (await ReloadAsync(second.Id)).Status);
        Assert.Equal(1, await app.WithDbAsync(db => db.CareTeamMembers.CountAsync(c => c.FamilyId == familyId)));

        // An admin who accepts is not a clinician: nobody joins, and the next step says who writes the plan.
        var (_, otherFamily) = await app.CreateParentAsync();
        var third = await app.CreateReferralAsync(org, otherFamily);
        var admin = await app.CreateStaffAsync(org, Role.Admin);
        var adminBrowser = app.NewBrowser();
        await adminBrowser.SignInAsync(admin);
        await adminBrowser.PostFormAsync($"/staff/referrals/{third.Id}?handler=Accept", new Dictionary<string, string>(), tokenFrom: $"/staff/referrals/{third.Id}");
        Assert.Equal(ReferralStatus.Accepted, (await ReloadAsync(third.Id)).Status);
        Assert.Equal(0, await app.WithDbAsync(db => db.CareTeamMembers.CountAsync(c => c.FamilyId == otherFamily)));
        Assert.Contains("A clinician on the family's care team writes the support plan", await adminBrowser.GetPageAsync($"/staff/referrals/{third.Id}"));
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

        // The form's button asks first, with the reason as the family will read it; asking changes nothing.
        Assert.Contains("Enter the reason", await (await browser.PostFormAsync($"{page}?handler=ReviewDecline", new Dictionary<string, string> { ["Reason"] = "" }, tokenFrom: page)).Content.ReadAsStringAsync());
        var confirm = Html.Parse(await (await browser.PostFormAsync($"{page}?handler=ReviewDecline", new Dictionary<string, string> { ["Reason"] = "We do not cover your area. Your local CAMHS can help." }, tokenFrom: page)).Content.ReadAsStringAsync());
        Assert.Equal("Not accept the request for Robin?", confirm.Text("h1"));
        Assert.Contains("We do not cover your area. Your local CAMHS can help.", confirm.Text("main"));
        Assert.Equal("We do not cover your area. Your local CAMHS can help.", confirm.QuerySelector("form[action$='handler=Decline'] input[name='Reason']")?.GetAttribute("value"));
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
    public async Task A_service_with_its_own_waiting_list_orders_its_referrals_apart_from_the_shared_list()
    {
        var (org, _, browser) = await TriagerAsync();
        var other = await app.CreateOrganisationAsync();
        var now = app.Now;
        var (own, shared, elsewhere) = await app.WithDbAsync(async db =>
        {
            var ownList = new Service { OrganisationId = org.Id, Name = "Sensory OT", OwnWaitingList = true, CreatedAt = now };
            var sharedList = new Service { OrganisationId = org.Id, Name = "Adoption support", CreatedAt = now };
            var otherOrgs = new Service { OrganisationId = other.Id, Name = "Someone else's", OwnWaitingList = true, CreatedAt = now };
            db.Services.AddRange(ownList, sharedList, otherOrgs);
            await db.SaveChangesAsync();
            return (ownList, sharedList, otherOrgs);
        });
        async Task<Referral> WaitingAsync(Guid? serviceId, int daysAgo)
        {
            var (_, familyId) = await app.CreateParentAsync();
            var referral = await app.CreateReferralAsync(org, familyId, ReferralStatus.WaitingList, waitingSince: now.AddDays(-daysAgo));
            await app.ChangeReferralAsync(referral.Id, r => r.ServiceId = serviceId);
            return referral;
        }
        var sharedFirst = await WaitingAsync(null, 30);
        var sharedSecond = await WaitingAsync(shared.Id, 20);
        var ownFirst = await WaitingAsync(own.Id, 10);

        var (parent, familyId) = await app.CreateParentAsync();
        var mine = await app.CreateReferralAsync(org, familyId);
        var page = $"/staff/referrals/{mine.Id}";
        // Another organisation's service, or nonsense, is refused and changes nothing.
        var forged = await browser.PostFormAsync($"{page}?handler=Service", new Dictionary<string, string> { ["ServiceId"] = elsewhere.Id.ToString() }, tokenFrom: page);
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("Select one of your organisation&#x27;s open services, or none", await forged.Content.ReadAsStringAsync());
        Assert.Null((await ReloadAsync(mine.Id)).ServiceId);

        await browser.PostFormAsync($"{page}?handler=Service", new Dictionary<string, string> { ["ServiceId"] = own.Id.ToString() }, tokenFrom: page);
        Assert.Equal(own.Id, (await ReloadAsync(mine.Id)).ServiceId);
        await browser.PostFormAsync($"{page}?handler=WaitingList", new Dictionary<string, string>(), tokenFrom: page);

        // Second on the service's own list, though four are waiting at the organisation.
        var parentBrowser = app.NewBrowser();
        await parentBrowser.SignInAsync(parent);
        Assert.Equal("2", Html.Parse(await parentBrowser.GetPageAsync("/family")).SummaryRows()["Your place on the list"]);

        IReadOnlyList<string> Listed(string html) => Html.Parse(html).Links("/staff/referrals/").Select(href => href["/staff/referrals/".Length..])
            .Where(rest => Guid.TryParse(rest, out _)).ToList();
        Assert.Equal([sharedFirst.Id.ToString(), sharedSecond.Id.ToString()], Listed(await browser.GetPageAsync("/staff/referrals?list=waiting")));
        var ownPage = await browser.GetPageAsync($"/staff/referrals?list=waiting&service={own.Id}");
        Assert.Equal([ownFirst.Id.ToString(), mine.Id.ToString()], Listed(ownPage));
        // Another organisation's list is not shown: the shared list answers instead.
        Assert.Equal([sharedFirst.Id.ToString(), sharedSecond.Id.ToString()], Listed(await browser.GetPageAsync($"/staff/referrals?list=waiting&service={elsewhere.Id}")));

        // When the service stops keeping its own list, its referrals join the shared one in order.
        await app.WithDbAsync(async db =>
        {
            (await db.Services.SingleAsync(s => s.Id == own.Id)).OwnWaitingList = false;
            return await db.SaveChangesAsync();
        });
        Assert.Equal("4", Html.Parse(await parentBrowser.GetPageAsync("/family")).SummaryRows()["Your place on the list"]);
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

    [Fact]
    public async Task A_clinician_of_two_organisations_sees_both_lists_until_one_membership_ends()
    {
        var (org, clinician, browser) = await TriagerAsync();
        var second = await app.CreateOrganisationAsync();
        await app.WithDbAsync(db =>
        {
            db.Memberships.Add(new Membership { OrganisationId = second.Id, UserId = clinician.Id, Role = Role.Clinician, CreatedAt = app.Now });
            return db.SaveChangesAsync();
        });
        var (_, familyId) = await app.CreateParentAsync();
        var first = await app.CreateReferralAsync(org, familyId);
        var other = await app.CreateReferralAsync(second, familyId);
        var waitingFirst = await app.CreateReferralAsync(org, familyId, ReferralStatus.WaitingList, waitingSince: app.Now.AddDays(-3));
        var waitingOther = await app.CreateReferralAsync(second, familyId, ReferralStatus.WaitingList, waitingSince: app.Now.AddDays(-2));

        var page = await browser.GetPageAsync("/staff/referrals");
        Assert.Contains(first.Id.ToString(), page);
        Assert.Contains(other.Id.ToString(), page);
        var waiting = await browser.GetPageAsync("/staff/referrals?list=waiting");
        Assert.True(waiting.IndexOf(waitingFirst.Id.ToString(), StringComparison.Ordinal) is >= 0 and var at
            && at < waiting.IndexOf(waitingOther.Id.ToString(), StringComparison.Ordinal), "both waiting lists, longest waiting first");

        await app.WithDbAsync(db => db.Memberships.Where(m => m.UserId == clinician.Id && m.OrganisationId == second.Id).ExecuteDeleteAsync());
        page = await browser.GetPageAsync("/staff/referrals");
        Assert.Contains(first.Id.ToString(), page);
        Assert.DoesNotContain(other.Id.ToString(), page);
        waiting = await browser.GetPageAsync("/staff/referrals?list=waiting");
        Assert.Contains(waitingFirst.Id.ToString(), waiting);
        Assert.DoesNotContain(waitingOther.Id.ToString(), waiting);
    }

    private async Task<(Person Referrer, Referral Referral)> ProfessionalReferralAsync(Organisation org)
    {
        var referrer = await app.CreateStaffAsync(await app.CreateOrganisationAsync(OrganisationKind.LocalAuthority), Role.Referrer);
        var (_, familyId) = await app.CreateParentAsync();
        var referral = await app.CreateReferralAsync(org, familyId);
        await app.WithDbAsync(db => db.Referrals.Where(r => r.Id == referral.Id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Source, ReferralSource.Professional).SetProperty(r => r.SubmittedByUserId, referrer.Id)));
        return (referrer, referral);
    }

    [Fact]
    public async Task The_referrer_is_emailed_each_decision_with_a_link_and_nothing_about_the_child()
    {
        var (org, _, browser) = await TriagerAsync();
        var (acceptedBy, accepted) = await ProfessionalReferralAsync(org);
        var (waitingBy, waiting) = await ProfessionalReferralAsync(org);
        var (declinedBy, declined) = await ProfessionalReferralAsync(org);

        await browser.PostFormAsync($"/staff/referrals/{accepted.Id}?handler=Accept", new Dictionary<string, string>(), tokenFrom: $"/staff/referrals/{accepted.Id}");
        await browser.PostFormAsync($"/staff/referrals/{waiting.Id}?handler=WaitingList", new Dictionary<string, string>(), tokenFrom: $"/staff/referrals/{waiting.Id}");
        const string reason = "We only work with children in Leeds. Try Kirklees post-adoption support.";
        await browser.PostFormAsync($"/staff/referrals/{declined.Id}?handler=Decline", new Dictionary<string, string> { ["Reason"] = reason }, tokenFrom: $"/staff/referrals/{declined.Id}");

        var mails = new[]
        {
            (await app.Mail.WaitForAsync(acceptedBy.Email, $"{org.Name} has accepted your referral"), accepted.Id),
            (await app.Mail.WaitForAsync(waitingBy.Email, $"{org.Name} has put your referral on its waiting list"), waiting.Id),
            (await app.Mail.WaitForAsync(declinedBy.Email, $"{org.Name} could not accept your referral"), declined.Id),
        };
        foreach (var (mail, id) in mails)
        {
            Assert.Contains($"https://alongside.test/refer/mine#referral-{id}", mail.TextBody);
            Assert.DoesNotContain("Robin", mail.TextBody + mail.Subject);
            Assert.DoesNotContain("Leeds", mail.TextBody);
        }
        Assert.Contains("has given a reason", mails[2].Item1.TextBody);

        // The reason is on the referrer's own list, where the link goes.
        var referrerBrowser = app.NewBrowser();
        await referrerBrowser.SignInAsync(declinedBy);
        Assert.Contains(reason, await referrerBrowser.GetPageAsync("/refer/mine"));
    }

    [Fact]
    public async Task A_self_referrals_decision_emails_the_family_once_and_nobody_else()
    {
        var (org, _, browser) = await TriagerAsync();
        var (parent, familyId) = await app.CreateParentAsync();
        var referral = await app.CreateReferralAsync(org, familyId);
        await app.WithDbAsync(db => db.Referrals.Where(r => r.Id == referral.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.SubmittedByUserId, parent.Id)));

        await browser.PostFormAsync($"/staff/referrals/{referral.Id}?handler=Accept", new Dictionary<string, string>(), tokenFrom: $"/staff/referrals/{referral.Id}");
        await app.Mail.WaitForAsync(parent.Email, "There is news about your request");
        // A referrer's email would be queued in the same save, so it would have arrived by now.
        await Task.Delay(TimeSpan.FromSeconds(1));
        // The news once, and (as the accepting clinician joined the care team) who joined, once.
        var theirs = app.Mail.Received.Where(m => m.To.Mailboxes.Any(a => a.Address == parent.Email)).Select(m => m.Subject ?? "").Order().ToList();
        Assert.Equal(2, theirs.Count);
        Assert.StartsWith("Someone has joined your care team", theirs[0]);
        Assert.StartsWith("There is news about your request", theirs[1]);
        Assert.DoesNotContain(app.Mail.Received, m => (m.Subject ?? "").Contains("your referral", StringComparison.Ordinal) && (m.Subject ?? "").Contains(org.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Staff_name_the_commissioner_organisation_and_the_childs_local_authority_and_forged_ones_change_nothing()
    {
        var (org, _, browser) = await TriagerAsync();
        var council = await app.CreateOrganisationAsync(OrganisationKind.LocalAuthority);
        var nhs = await app.CreateOrganisationAsync(OrganisationKind.NhsService);
        var provider = await app.CreateOrganisationAsync(); // a therapy provider does not commission
        var (_, familyId) = await app.CreateParentAsync();
        var referral = await app.CreateReferralAsync(org, familyId);
        await app.WithDbAsync(db => db.Referrals.Where(r => r.Id == referral.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Commissioner, "Old Shire Council (typed)")));
        var page = $"/staff/referrals/{referral.Id}";

        var form = Html.Parse(await browser.GetPageAsync(page));
        var commissioners = form.QuerySelectorAll("#Funding_CommissionerOrganisationId option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(council.Id.ToString(), commissioners);
        Assert.Contains(nhs.Id.ToString(), commissioners);
        Assert.DoesNotContain(provider.Id.ToString(), commissioners);
        Assert.Contains("E08000035", form.QuerySelectorAll("#Funding_LocalAuthorityCode option").Select(o => o.GetAttribute("value")));
        Assert.Contains("Old Shire Council (typed)", form.SummaryRows()["Funding"]); // old rows still show their free text

        var today = DateOnly.FromDateTime(app.Now.UtcDateTime);
        var tomorrow = today.AddDays(2);
        foreach (var (change, message) in new (Dictionary<string, string>, string)[]
                 {
                     (new() { ["Funding.CommissionerOrganisationId"] = provider.Id.ToString() }, "Select the commissioner from the list"),
                     (new() { ["Funding.CommissionerOrganisationId"] = Guid.NewGuid().ToString() }, "Select the commissioner from the list"),
                     (new() { ["Funding.CommissionerOrganisationId"] = "not-an-id" }, "Select the commissioner from the list"),
                     (new() { ["Funding.LocalAuthorityCode"] = "E99999999" }, "Select the child's local authority from the list"),
                     (new() { ["Funding.AssessedDay"] = "1", ["Funding.AssessedMonth"] = "1", ["Funding.AssessedYear"] = "9999" }, "The date of the assessment of need must be today or in the past"),
                     (new() { ["Funding.AssessedDay"] = tomorrow.Day.ToString(), ["Funding.AssessedMonth"] = tomorrow.Month.ToString(), ["Funding.AssessedYear"] = tomorrow.Year.ToString() }, "The date of the assessment of need must be today or in the past"),
                     (new() { ["Funding.AssessedDay"] = "31", ["Funding.AssessedMonth"] = "12", ["Funding.AssessedYear"] = "1899" }, "The date of the assessment of need must be in 1900 or later"),
                     (new() { ["Funding.Route"] = nameof(FundingRoute.Commissioned), ["Funding.AssessedDay"] = "1", ["Funding.AssessedMonth"] = "1", ["Funding.AssessedYear"] = "2020" }, "The date of the assessment of need is for ASGSF only"),
                 })
        {
            var fields = new Dictionary<string, string>
            {
                ["Funding.Route"] = nameof(FundingRoute.Asgsf),
                ["Funding.CommissionerOrganisationId"] = council.Id.ToString(),
                ["Funding.LocalAuthorityCode"] = "E08000035",
            };
            foreach (var (key, value) in change) fields[key] = value;
            var refused = await browser.PostFormAsync($"{page}?handler=Funding", fields, tokenFrom: page);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(Html.Parse(await refused.Content.ReadAsStringAsync()).Errors(), e => e.Contains(message, StringComparison.Ordinal));
            var unchanged = await ReloadAsync(referral.Id);
            Assert.Equal((FundingRoute.SelfFunded, null, null, null), (unchanged.FundingRoute, unchanged.CommissionerOrganisationId, unchanged.LocalAuthorityCode, unchanged.NeedsAssessedOn));
        }

        var saved = await browser.PostFormAsync($"{page}?handler=Funding", new Dictionary<string, string>
        {
            ["Funding.Route"] = nameof(FundingRoute.Commissioned),
            ["Funding.CommissionerOrganisationId"] = nhs.Id.ToString(),
            ["Funding.LocalAuthorityCode"] = "e08000035",
        }, tokenFrom: page);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await ReloadAsync(referral.Id);
        Assert.Equal((FundingRoute.Commissioned, nhs.Id, "E08000035"), (after.FundingRoute, after.CommissionerOrganisationId, after.LocalAuthorityCode));
        var shown = Html.Parse(await browser.GetPageAsync(page)).SummaryRows();
        Assert.Contains(nhs.Name, shown["Funding"]);
        Assert.DoesNotContain("Old Shire Council", shown["Funding"]);
        Assert.Equal("Leeds", shown["Child's local authority"]);
    }
}

public sealed class TriageTestsOnSqlite(SqliteApp app) : TriageTests<SqliteApp>(app);

public sealed class TriageTestsOnPostgres(PostgresApp app) : TriageTests<PostgresApp>(app);
