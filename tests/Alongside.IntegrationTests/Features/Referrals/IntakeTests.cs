using System.Net;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Referrals;

/// <summary>
/// Asking for help without a locked door: the reference, the questions services ask (phone and
/// whether it is safe to use, postcode district, access needs, language), the parent's own
/// request page before they confirm their address, withdrawing, and the referrer's page.
/// </summary>
public abstract class IntakeTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private async Task<(Referral Referral, HttpClient Browser)> SendSignedInAsync(Organisation org, Person parent, Dictionary<string, string>? extra = null)
    {
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent);
        await browser.AnswerAllAsync(ReferralSteps.Answers(org.Id));
        var check = await browser.GetPageAsync("/get-help/check");
        var form = new Dictionary<string, string>(extra ?? []) { ["DraftId"] = Html.Parse(check).Value("input[name=DraftId]") };
        var sent = await browser.PostFormAsync("/get-help/check", form);
        var referral = await app.WithDbAsync(db => db.Referrals.SingleAsync(r => r.OrganisationId == org.Id && r.SubmittedByUserId == parent.Id));
        Assert.Equal($"/get-help/requests/{referral.Id}", Browser.Location(sent));
        return (referral, browser);
    }

    [Fact]
    public async Task A_request_gets_a_reference_and_the_new_answers_are_stored_and_shown_to_the_parent_and_staff()
    {
        var org = await app.CreateOrganisationAsync();
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        var (parent, _) = await app.CreateParentAsync();
        var (referral, browser) = await SendSignedInAsync(org, parent);

        Assert.True(ReferralReferences.IsWellFormed(referral.Reference), referral.Reference);
        Assert.Equal("07700 900123", referral.Phone);
        Assert.Equal((true, false, false), (referral.SafeToCall, referral.SafeToText, referral.SafeToLeaveMessage));
        Assert.Equal("LS6", referral.PostcodeDistrict);
        Assert.Equal("Step-free access, please.", referral.AccessNeeds);
        Assert.Equal(("Polish", true), (referral.PreferredLanguage, referral.InterpreterNeeded));

        var page = await browser.GetPageAsync($"/get-help/requests/{referral.Id}");
        Assert.Contains(referral.Reference!, page);
        Assert.Contains(">Received<", page);
        Assert.Contains("What happens next", page);
        Assert.DoesNotContain("Confirm your email address", page); // this parent's address is confirmed
        var mail = await app.Mail.WaitForAsync(parent.Email, "Your request for help has been sent");
        Assert.Contains(referral.Reference!, mail.TextBody);
        Assert.Contains($"/get-help/requests/{referral.Id}", mail.TextBody);

        var staff = app.NewBrowser();
        await staff.SignInAsync(clinician);
        Assert.Contains(referral.Reference!, await staff.GetPageAsync("/staff/referrals"));
        var review = await staff.GetPageAsync($"/staff/referrals/{referral.Id}");
        Assert.Contains(referral.Reference!, review);
        Assert.Contains("07700 900123<br>Safe to call: yes<br>Safe to text: no<br>Safe to leave a message: no", review);
        Assert.Contains(">LS6<", review);
        Assert.Contains("Polish; interpreter needed: yes", review);
        Assert.Contains("Step-free access, please.", review);

        // Staff opening it to triage is what the parent reads as "being looked at".
        page = await browser.GetPageAsync($"/get-help/requests/{referral.Id}");
        Assert.Contains(">Being looked at<", page);
        Assert.Contains("First read by " + org.Name, page);
    }

    [Fact]
    public async Task References_are_unique_and_made_of_unmistakable_characters()
    {
        var made = Enumerable.Range(0, 2000).Select(_ => ReferralReferences.New()).ToList();
        Assert.All(made, r => Assert.True(ReferralReferences.IsWellFormed(r), r));
        Assert.All(made, r => Assert.DoesNotContain(r.Replace("-", "", StringComparison.Ordinal), c => "0O1IL5S2Z8B".Contains(c)));
        Assert.Equal(made.Count, made.Distinct().Count());

        // The table refuses a repeat whatever made it.
        var org = await app.CreateOrganisationAsync();
        var (_, familyId) = await app.CreateParentAsync();
        var first = await app.CreateReferralAsync(org, familyId);
        var second = await app.CreateReferralAsync(org, familyId);
        await app.WithDbAsync(db => db.Referrals.Where(r => r.Id == first.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Reference, "HK4M-7QXT")));
        await Assert.ThrowsAnyAsync<DbUpdateException>(() =>
            app.WithDbAsync(async db =>
            {
                var r = await db.Referrals.SingleAsync(x => x.Id == second.Id);
                r.Reference = "HK4M-7QXT";
                return await db.SaveChangesAsync();
            }));
    }

    [Theory]
    [InlineData("postcode", "LS6 1AA", "Enter only the first part of your postcode")]
    [InlineData("postcode", "LS61AA", "Enter only the first part of your postcode")]
    [InlineData("postcode", "nonsense", "Enter the first part of a UK postcode")]
    [InlineData("postcode", "6LS", "Enter the first part of a UK postcode")]
    [InlineData("postcode", "", "Enter the first part of your postcode")]
    [InlineData("phone", "call me maybe", "Enter a phone number using numbers")]
    [InlineData("phone", "0113", "10 or 11 digits")]
    [InlineData("phone", "07700 900123 07700 900123", "20 characters or fewer")]
    [InlineData("language", "", "Enter the language you would like to use")]
    public async Task Bad_contact_answers_get_a_message_and_nothing_is_kept(string slug, string value, string message)
    {
        var browser = app.NewBrowser();
        var form = new Dictionary<string, string> { ["answer"] = value };
        if (slug == "phone") (form["phone-call"], form["phone-text"], form["phone-message"]) = ("yes", "yes", "yes");
        if (slug == "language") form["interpreter"] = "no";
        var response = await browser.PostFormAsync($"/get-help/{slug}", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("alongside.draft", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_over_long_access_need_and_a_forged_yes_or_no_are_refused()
    {
        var browser = app.NewBrowser();
        var tooLong = await browser.PostFormAsync("/get-help/access-needs", new Dictionary<string, string> { ["answer"] = new string('x', 1001) });
        Assert.Contains("1,000 characters or fewer", await tooLong.Content.ReadAsStringAsync());
        var forged = await browser.PostFormAsync("/get-help/phone", new Dictionary<string, string>
        {
            ["answer"] = "07700 900123",
            ["phone-call"] = "perhaps",
            ["phone-text"] = "yes",
            ["phone-message"] = "yes",
        });
        var html = await forged.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("Select yes or no: is it safe for the service to call you on this number", html);
        Assert.Contains("href=\"#phone-call\"", html);

        // Blank is fine: no number, so nothing asked about it; the page shows its limits.
        var blank = await browser.PostFormAsync("/get-help/phone", new Dictionary<string, string> { ["answer"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, blank.StatusCode);
        var accessPage = await browser.GetPageAsync("/get-help/access-needs");
        Assert.Contains("You can enter up to 1,000 characters", accessPage);
        Assert.Contains("maxlength=\"20\"", await browser.GetPageAsync("/get-help/phone"));
    }

    [Fact]
    public async Task A_forged_status_or_reference_sent_with_the_request_is_ignored()
    {
        var org = await app.CreateOrganisationAsync();
        var (parent, _) = await app.CreateParentAsync();
        var (referral, _) = await SendSignedInAsync(org, parent, new() { ["Status"] = "Accepted", ["Input.Status"] = "2", ["Reference"] = "AAAA-AAAA" });
        Assert.Equal(ReferralStatus.New, referral.Status);
        Assert.NotEqual("AAAA-AAAA", referral.Reference);
    }

    [Fact]
    public async Task A_newcomer_sees_their_request_at_once_and_the_rest_opens_when_they_confirm_their_address()
    {
        var org = await app.CreateOrganisationAsync();
        var browser = app.NewBrowser();
        await browser.AnswerAllAsync(ReferralSteps.Answers(org.Id));
        var check = await browser.GetPageAsync("/get-help/check");
        var email = People.NewEmail("newcomer");
        var sent = await browser.PostFormAsync("/get-help/check", new Dictionary<string, string>
        {
            ["DraftId"] = Html.Parse(check).Value("input[name=DraftId]"),
            ["Input.FirstName"] = "Alex",
            ["Input.Email"] = email,
            ["Input.Password"] = People.Password,
        });
        var referral = await app.WithDbAsync(db => db.Referrals.SingleAsync(r => r.OrganisationId == org.Id));
        Assert.Equal($"/get-help/requests/{referral.Id}", Browser.Location(sent));
        var page = await browser.GetPageAsync($"/get-help/requests/{referral.Id}");
        Assert.Contains(referral.Reference!, page);
        Assert.Contains("Confirm your email address", page);

        // Until the address is confirmed, nothing beyond their own request and account pages.
        foreach (var url in new[] { "/family", "/messages", "/account/calendar" })
        {
            var refused = await browser.GetAsync(url);
            Assert.True(refused.StatusCode == HttpStatusCode.Redirect && Browser.Location(refused).StartsWith("/account/access-denied", StringComparison.Ordinal), $"{url}: {refused.StatusCode} {Browser.Location(refused)}");
        }
        Assert.Contains("Confirm your email address first", await browser.GetPageAsync("/account/access-denied", HttpStatusCode.Forbidden));
        await browser.GetPageAsync("/account");

        var confirm = await app.Mail.WaitForAsync(email, "Confirm your email");
        await browser.GetPageAsync(Browser.FirstLink(confirm.TextBody, "/account/confirm-email"));
        await browser.GetPageAsync("/family");
        Assert.DoesNotContain("Confirm your email address", await browser.GetPageAsync($"/get-help/requests/{referral.Id}"));
    }

    [Fact]
    public async Task A_parent_withdraws_their_request_it_leaves_the_waiting_list_and_the_service_is_told()
    {
        var org = await app.CreateOrganisationAsync();
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        var (parent, _) = await app.CreateParentAsync();
        var (referral, browser) = await SendSignedInAsync(org, parent);
        await app.ChangeReferralAsync(referral.Id, r => (r.Status, r.WaitingSince) = (ReferralStatus.WaitingList, app.Now));
        var staff = app.NewBrowser();
        await staff.SignInAsync(clinician);
        Assert.Contains(referral.Id, await staff.QueueAsync("waiting"));
        var page = await browser.GetPageAsync($"/get-help/requests/{referral.Id}");
        Assert.Contains("You are number 1 on the waiting list", page);

        var confirmation = await browser.GetPageAsync($"/get-help/requests/{referral.Id}/withdraw");
        Assert.Contains("lose your place", confirmation);
        var done = await browser.PostFormAsync($"/get-help/requests/{referral.Id}/withdraw", new Dictionary<string, string> { ["Status"] = "Accepted" });
        Assert.Equal($"/get-help/requests/{referral.Id}", Browser.Location(done));

        var after = await app.WithDbAsync(db => db.Referrals.SingleAsync(r => r.Id == referral.Id));
        Assert.Equal(ReferralStatus.Withdrawn, after.Status);
        Assert.NotNull(after.WithdrawnAt);
        Assert.Equal(after.WithdrawnAt, after.LeftWaitingListAt);
        page = await browser.GetPageAsync($"/get-help/requests/{referral.Id}");
        Assert.Contains(">Withdrawn<", page);
        Assert.Contains("Withdrawn by the family", page);
        Assert.DoesNotContain("Withdraw this request", page);

        Assert.DoesNotContain(referral.Id, await staff.QueueAsync("waiting"));
        Assert.DoesNotContain(referral.Id, await staff.QueueAsync("new"));
        var review = await staff.GetPageAsync($"/staff/referrals/{referral.Id}");
        Assert.Contains("Withdrawn by the family", review);
        Assert.DoesNotContain("handler=Accept", review);
        var told = await app.Mail.WaitForAsync(clinician.Email, "has withdrawn its request");
        Assert.Contains(referral.Reference!, told.TextBody);
        Assert.DoesNotContain("Robin", told.TextBody);

        // A second time: a clear message, and nothing changes (no second email).
        var again = await browser.PostFormAsync($"/get-help/requests/{referral.Id}/withdraw", new Dictionary<string, string>(), tokenFrom: $"/get-help/requests/{referral.Id}");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("You withdrew this request on", await again.Content.ReadAsStringAsync());
        Assert.Equal(after.WithdrawnAt, await app.WithDbAsync(db => db.Referrals.Where(r => r.Id == referral.Id).Select(r => r.WithdrawnAt).SingleAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == clinician.Email && m.Subject.Contains("has withdrawn"))));
        // Staff cannot move it any more.
        var accept = await staff.PostFormAsync($"/staff/referrals/{referral.Id}?handler=Accept", new Dictionary<string, string>(), tokenFrom: $"/staff/referrals/{referral.Id}");
        Assert.Equal(HttpStatusCode.OK, accept.StatusCode);
        Assert.Equal(ReferralStatus.Withdrawn, await app.WithDbAsync(db => db.Referrals.Where(r => r.Id == referral.Id).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task Nobody_else_may_see_or_withdraw_a_request_and_a_decided_one_cannot_be_withdrawn()
    {
        var org = await app.CreateOrganisationAsync();
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        var (parent, _) = await app.CreateParentAsync();
        var (referral, browser) = await SendSignedInAsync(org, parent);
        var (other, _) = await app.CreateParentAsync();
        var stranger = app.NewBrowser();
        await stranger.SignInAsync(other);
        var staff = app.NewBrowser();
        await staff.SignInAsync(clinician);

        foreach (var who in new[] { stranger, staff })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await who.GetAsync($"/get-help/requests/{referral.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await who.GetAsync($"/get-help/requests/{referral.Id}/withdraw")).StatusCode);
            var post = await who.PostFormAsync($"/get-help/requests/{referral.Id}/withdraw", new Dictionary<string, string>(), tokenFrom: "/get-help");
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
        var anonymous = await app.NewBrowser().GetAsync($"/get-help/requests/{referral.Id}");
        Assert.StartsWith("/account/sign-in", Browser.Location(anonymous));
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/get-help/requests/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(ReferralStatus.New, await app.WithDbAsync(db => db.Referrals.Where(r => r.Id == referral.Id).Select(r => r.Status).SingleAsync()));

        await app.ChangeReferralAsync(referral.Id, r => r.Status = ReferralStatus.Accepted);
        var refused = await browser.PostFormAsync($"/get-help/requests/{referral.Id}/withdraw", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("has already accepted this request", await refused.Content.ReadAsStringAsync());
        Assert.Equal(ReferralStatus.Accepted, await app.WithDbAsync(db => db.Referrals.Where(r => r.Id == referral.Id).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_referrer_follows_their_referral_on_its_own_page_and_nobody_else_may_open_it()
    {
        var org = await app.CreateOrganisationAsync();
        var council = await app.CreateOrganisationAsync(OrganisationKind.LocalAuthority);
        var referrer = await app.CreateStaffAsync(council, Role.Referrer);
        var otherReferrer = await app.CreateStaffAsync(council, Role.Referrer);
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        var (parent, familyId) = await app.CreateParentAsync();
        var ahead = await app.CreateReferralAsync(org, familyId, ReferralStatus.WaitingList, waitingSince: app.Now.AddDays(-20));
        var referral = await app.CreateReferralAsync(org, familyId, ReferralStatus.WaitingList, waitingSince: app.Now.AddDays(-10));
        await app.WithDbAsync(db => db.Referrals.Where(r => r.Id == referral.Id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.SubmittedByUserId, referrer.Id).SetProperty(r => r.Source, ReferralSource.Professional)
            .SetProperty(r => r.Reference, "QR7T-MXC4")));
        var browser = app.NewBrowser();
        await browser.SignInAsync(referrer);

        var mine = await browser.GetPageAsync("/refer/mine");
        Assert.Contains($"href=\"/refer/mine/{referral.Id}\"", mine);
        var page = await browser.GetPageAsync($"/refer/mine/{referral.Id}");
        Assert.Contains("QR7T-MXC4", page);
        Assert.Contains("Place 2 on the waiting list", page);
        Assert.Contains(org.Name, page);
        Assert.Contains("Put on the waiting list", page);
        Assert.Contains("Sent to " + org.Name, page);
        Assert.DoesNotContain("Lead clinician", page);

        // Accepted, with a clinician on the family's care team: the page names them, and dates each step.
        await app.ChangeReferralAsync(referral.Id, r => (r.Status, r.DecidedAt, r.LeftWaitingListAt) = (ReferralStatus.Accepted, app.Now, app.Now));
        await app.JoinCareTeamAsync(familyId, clinician, org);
        var clinicianName = await app.WithDbAsync(db => db.Users.Where(u => u.Id == clinician.Id).Select(u => u.DisplayName).SingleAsync());
        page = await browser.GetPageAsync($"/refer/mine/{referral.Id}");
        Assert.Contains(">Accepted<", page);
        Assert.Contains("Lead clinician", page);
        Assert.Contains(clinicianName, page);
        Assert.Equal(3, Html.Parse(page).QuerySelectorAll("#history li").Length);

        // The other referrer, the parent, the service's clinician and anyone signed out: no.
        var another = app.NewBrowser();
        await another.SignInAsync(otherReferrer);
        Assert.Equal(HttpStatusCode.NotFound, (await another.GetAsync($"/refer/mine/{referral.Id}")).StatusCode);
        // A self-referral is not a referrer's, even to the referrer who is not its sender.
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/refer/mine/{ahead.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/refer/mine/{Guid.NewGuid()}")).StatusCode);
        foreach (var person in new[] { parent, clinician })
        {
            var them = app.NewBrowser();
            await them.SignInAsync(person);
            var refused = await them.GetAsync($"/refer/mine/{referral.Id}");
            Assert.StartsWith("/account/access-denied", Browser.Location(refused));
        }
        Assert.StartsWith("/account/sign-in", Browser.Location(await app.NewBrowser().GetAsync($"/refer/mine/{referral.Id}")));
    }
}

public sealed class IntakeTestsOnSqlite(SqliteApp app) : IntakeTests<SqliteApp>(app);

public sealed class IntakeTestsOnPostgres(PostgresApp app) : IntakeTests<PostgresApp>(app);
