using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Referrals;

public abstract class SelfReferralTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private Task<int> ReferralCountAsync(Guid organisationId) =>
        app.WithDbAsync(db => db.Referrals.CountAsync(r => r.OrganisationId == organisationId));

    [Fact]
    public async Task A_signed_in_parent_answers_one_question_a_page_checks_and_sends()
    {
        var org = await app.CreateOrganisationAsync();
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        var parent = await app.CreateParentAsync();
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent.Parent);

        await browser.AnswerAllAsync(ReferralSteps.Answers(org.Id, child: "Sky", dateOfBirth: "14 5 2017"));
        var check = await browser.GetPageAsync("/get-help/check");
        Assert.Contains("14 May 2017", check);
        Assert.Contains("Big feelings at bedtime.&#xA;Hard to settle at school.", check); // line break kept, encoded
        Assert.Contains(org.Name, check);
        Assert.DoesNotContain("Create your account", check);

        var sent = await browser.PostFormAsync("/get-help/check", new Dictionary<string, string> { ["DraftId"] = DraftId(check) });

        var referral = await app.WithDbAsync(db => db.Referrals.Include(r => r.Child).SingleAsync(r => r.OrganisationId == org.Id));
        Assert.True($"/get-help/requests/{referral.Id}" == Browser.Location(sent), await sent.Content.ReadAsStringAsync());
        Assert.Equal(ReferralStatus.New, referral.Status);
        Assert.Equal(parent.FamilyId, referral.FamilyId);
        Assert.Equal("Sky", referral.Child!.FirstName);
        Assert.Equal(new DateOnly(2017, 5, 14), referral.Child.DateOfBirth);
        Assert.Equal(LegalStatus.SpecialGuardianship, referral.Child.LegalStatus);
        Assert.Equal(FundingRoute.Asgsf, referral.FundingRoute);

        var toParent = await app.Mail.WaitForAsync(parent.Parent.Email, "Your request for help has been sent");
        Assert.DoesNotContain("Big feelings", toParent.TextBody);
        var toStaff = await app.Mail.WaitForAsync(clinician.Email, "A new request for help");
        Assert.DoesNotContain("Sky", toStaff.TextBody); // no details by email

        var portal = await browser.GetPageAsync("/family");
        Assert.Contains("Help for Sky from " + org.Name, portal);
        Assert.Contains("Sent, waiting to be read", portal);
        Assert.Equal(0, await app.WithDbAsync(db => db.ReferralDrafts.CountAsync(d => d.UserId == parent.Parent.Id)));
    }

    [Fact]
    public async Task Someone_not_signed_in_answers_then_creates_their_account_at_the_end()
    {
        var org = await app.CreateOrganisationAsync();
        var browser = app.NewBrowser();
        await browser.AnswerAllAsync(ReferralSteps.Answers(org.Id));
        var check = await browser.GetPageAsync("/get-help/check");
        Assert.Contains("Create your account", check);

        var email = People.NewEmail("newparent");
        var noAccount = await browser.PostFormAsync("/get-help/check", new Dictionary<string, string> { ["DraftId"] = DraftId(check) });
        var errors = await noAccount.Content.ReadAsStringAsync();
        Assert.Contains("Enter your email address", errors);
        Assert.Equal(0, await ReferralCountAsync(org.Id));

        var sent = await browser.PostFormAsync("/get-help/check", new Dictionary<string, string>
        {
            ["DraftId"] = DraftId(check),
            ["Input.FirstName"] = "Alex",
            ["Input.Email"] = email,
            ["Input.Password"] = People.Password,
        });
        // Signed in at once, the address not yet confirmed: they see their own request, and are asked to confirm.
        var referral = await app.WithDbAsync(db => db.Referrals.SingleAsync(r => r.OrganisationId == org.Id));
        Assert.Equal($"/get-help/requests/{referral.Id}", Browser.Location(sent));
        var page = await browser.GetPageAsync(Browser.Location(sent)!);
        Assert.Contains("Your request has been sent", page);
        Assert.Contains("Confirm your email address", page);
        Assert.Contains(email, page);
        Assert.Contains(referral.Reference!, page);
        await app.Mail.WaitForAsync(email, "Your request for help has been sent to");

        var carer = await app.WithDbAsync(db => db.FamilyCarers.Include(c => c.User).SingleAsync(c => c.FamilyId == referral.FamilyId));
        Assert.Equal(email, carer.User!.Email);
        Assert.Equal(CarerRelationship.SpecialGuardian, carer.Relationship);
        await app.Mail.WaitForAsync(email, "Confirm your email");
    }

    [Fact]
    public async Task Sending_the_same_answers_twice_makes_one_referral()
    {
        var org = await app.CreateOrganisationAsync();
        var parent = await app.CreateParentAsync();
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent.Parent);
        await browser.AnswerAllAsync(ReferralSteps.Answers(org.Id));
        var check = await browser.GetPageAsync("/get-help/check");
        var token = Browser.Token(check);
        var form = new Dictionary<string, string> { ["DraftId"] = DraftId(check), ["__RequestVerificationToken"] = token };

        var both = await Task.WhenAll(
            browser.PostAsync("/get-help/check", new FormUrlEncodedContent(form)),
            browser.PostAsync("/get-help/check", new FormUrlEncodedContent(form)));
        var again = await browser.PostAsync("/get-help/check", new FormUrlEncodedContent(form));

        // The one that sent it shows the request; any other sees it was sent already.
        var id = await app.WithDbAsync(db => db.Referrals.Where(r => r.OrganisationId == org.Id).Select(r => r.Id).SingleAsync());
        Assert.All(both.Append(again), r => Assert.Contains(Browser.Location(r), new[] { "/get-help/sent", $"/get-help/requests/{id}" }));
        Assert.Single(both, r => Browser.Location(r) == $"/get-help/requests/{id}");
        Assert.Equal(1, await ReferralCountAsync(org.Id));
    }

    [Fact]
    public async Task Answers_are_kept_and_the_start_page_offers_to_continue()
    {
        var org = await app.CreateOrganisationAsync();
        var browser = app.NewBrowser();
        var answers = ReferralSteps.Answers(org.Id).Take(3).ToDictionary();
        await browser.AnswerAllAsync(answers);

        var start = await browser.GetPageAsync("/get-help");
        Assert.Contains("Continue where you left off", start);
        Assert.Contains("href=\"/get-help/relationship\"", start);
        Assert.Contains("value=\"Robin\"", await browser.GetPageAsync("/get-help/child-name"));
        // The check page sends you back to what is missing.
        Assert.Equal("/get-help/relationship", Browser.Location(await browser.GetAsync("/get-help/check")));
    }

    [Theory]
    [InlineData("child-date-of-birth", "31 2 2016", "Date of birth must be a real date")]
    [InlineData("child-date-of-birth", "1 1 2099", "today or in the past")]
    [InlineData("child-date-of-birth", "1 1 1990", "within the last 25 years")]
    [InlineData("child-date-of-birth", "1  2016", "must include a month")]
    [InlineData("child-date-of-birth", "a b c", "in numbers")]
    [InlineData("child-name", "", "Enter their first name")]
    [InlineData("child-legal-status", "Pirate", "Select one option")]
    [InlineData("meeting", "", "Select one option")]
    public async Task Bad_answers_get_a_message_by_the_field_and_change_nothing(string slug, string value, string message)
    {
        var browser = app.NewBrowser();
        var form = slug == "child-date-of-birth"
            ? new Dictionary<string, string> { ["day"] = value.Split(' ')[0], ["month"] = value.Split(' ')[1], ["year"] = value.Split(' ')[2] }
            : new Dictionary<string, string> { ["answer"] = value };
        var response = await browser.PostFormAsync($"/get-help/{slug}", form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, html);
        Assert.Contains("href=\"#answer\"", html);
        Assert.Contains("id=\"answer-error\"", html);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("alongside.draft", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Over_long_text_and_services_that_do_not_take_referrals_are_refused()
    {
        var peerOrg = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var browser = app.NewBrowser();
        var tooLong = await browser.PostFormAsync("/get-help/hopes", new Dictionary<string, string> { ["answer"] = new string('x', 2001) });
        Assert.Contains("2,000 characters or fewer", await tooLong.Content.ReadAsStringAsync());
        var wrongOrg = await browser.PostFormAsync("/get-help/organisation", new Dictionary<string, string> { ["answer"] = peerOrg.Id.ToString() });
        Assert.Contains("Select one option", await wrongOrg.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/get-help/no-such-question")).StatusCode);
    }

    [Fact]
    public async Task An_email_that_already_has_an_account_sends_nothing_and_its_owner_signs_in_to_send()
    {
        var org = await app.CreateOrganisationAsync();
        var (existing, _) = await app.CreateParentAsync();
        var before = await app.WithDbAsync(db => db.Users.Where(u => u.Id == existing.Id).Select(u => new { u.PasswordHash, u.DisplayName }).SingleAsync());

        // Someone new sees their request at once; an address that has an account is not signed
        // in and sends nothing: "Check your email" (the owner is told). The two pages differ, so
        // the page now tells whether an address has an account (rate-limited like sign-in).
        var answers = await AnswerAsNewcomerAsync(org, People.NewEmail("newcomer"), People.Password);
        var attempt = await AnswerAsNewcomerAsync(org, existing.Email, "any long password at all");
        Assert.StartsWith("/get-help/requests/", answers.Location);
        Assert.Equal("/get-help/sent", attempt.Location);
        Assert.Contains("Check your email", attempt.Page);
        Assert.Equal(HttpStatusCode.Redirect, (await attempt.Browser.GetAsync("/family")).StatusCode); // not signed in

        // Only the newcomer's request went; the owner's account is as it was, and they are told by email.
        Assert.Equal(1, await ReferralCountAsync(org.Id));
        var after = await app.WithDbAsync(db => db.Users.Where(u => u.Id == existing.Id).Select(u => new { u.PasswordHash, u.DisplayName }).SingleAsync());
        Assert.Equal(before, after);
        var told = await app.Mail.WaitForAsync(existing.Email, "Your request for help has not been sent yet");
        var link = Browser.FirstLink(told.TextBody, "/account/sign-in");
        Assert.Contains("get-help%2Fcheck", link);

        // A second try the same day does not send a second email.
        await AnswerAsNewcomerAsync(org, existing.Email, "any long password at all");
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == existing.Email && m.Subject == "Your request for help has not been sent yet")));

        // Signing in on that device takes the draft over, and it can be sent.
        var browser = attempt.Browser;
        await browser.SignInAsync(existing);
        var signedInCheck = await browser.GetPageAsync("/get-help/check");
        Assert.StartsWith("/get-help/requests/", Browser.Location(await browser.PostFormAsync("/get-help/check",
            new Dictionary<string, string> { ["DraftId"] = DraftId(signedInCheck) })));
        Assert.Equal(2, await ReferralCountAsync(org.Id));
    }

    [Fact]
    public async Task A_weak_password_is_refused_the_same_way_whether_the_address_has_an_account_or_not()
    {
        var org = await app.CreateOrganisationAsync();
        var (existing, _) = await app.CreateParentAsync();
        var fresh = await AnswerAsNewcomerAsync(org, People.NewEmail("weak"), "short");
        var taken = await AnswerAsNewcomerAsync(org, existing.Email, "short");
        Assert.Null(fresh.Location);
        Assert.Null(taken.Location);
        Assert.Contains("There is a problem", taken.Page);
        Assert.Equal(fresh.Page.Replace(fresh.Email, "ADDRESS", StringComparison.Ordinal).Length, taken.Page.Replace(existing.Email, "ADDRESS", StringComparison.Ordinal).Length);
        Assert.Equal(0, await ReferralCountAsync(org.Id));
    }

    private sealed record Attempt(HttpClient Browser, string Email, string? Location, string Page);

    /// <summary>Answers every question without signing in, then gives an account's details at the end.</summary>
    private async Task<Attempt> AnswerAsNewcomerAsync(Organisation org, string email, string password)
    {
        var browser = app.NewBrowser();
        await browser.AnswerAllAsync(ReferralSteps.Answers(org.Id));
        var check = await browser.GetPageAsync("/get-help/check");
        var response = await browser.PostFormAsync("/get-help/check", new Dictionary<string, string>
        {
            ["DraftId"] = DraftId(check),
            ["Input.FirstName"] = "Someone",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        var location = response.StatusCode == HttpStatusCode.Redirect ? Browser.Location(response) : null;
        var page = location is null ? await response.Content.ReadAsStringAsync() : await browser.GetPageAsync(location);
        // The form's token differs per visitor; what the page says is what is compared.
        page = System.Text.RegularExpressions.Regex.Replace(page, "name=\"__RequestVerificationToken\"[^>]*", "");
        return new(browser, email, location, page);
    }

    private static string DraftId(string html) =>
        Html.Parse(html).Value("input[name=DraftId]");
}

public sealed class SelfReferralTestsOnSqlite(SqliteApp app) : SelfReferralTests<SqliteApp>(app);

public sealed class SelfReferralTestsOnPostgres(PostgresApp app) : SelfReferralTests<PostgresApp>(app);
