using System.Net;
using Alongside.IntegrationTests.Support;
using AngleSharp.Dom;

namespace Alongside.IntegrationTests.Features.Account;

/// <summary>
/// /account/emails: a person turns everyday emails off; the notices service then skips them for
/// that person only, whatever feature sends them, and still sends the essential ones.
/// </summary>
public abstract class EmailChoicesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private const string ChoicesLink = "https://alongside.test/account/emails";

    /// <summary>The boxes on the page and whether each is ticked.</summary>
    private static async Task<Dictionary<string, bool>> TickedAsync(HttpClient browser) =>
        Html.Parse(await browser.GetPageAsync("/account/emails")).QuerySelectorAll("input[name='Input.Wanted']")
            .ToDictionary(box => box.GetAttribute("value")!, box => box.HasAttribute("checked"));

    /// <summary>Posts the form as a browser does, one Input.Wanted per ticked box.</summary>
    private static async Task<HttpResponseMessage> SaveAsync(HttpClient browser, params string[] wanted)
    {
        var token = Browser.Token(await browser.GetPageAsync("/account/emails"));
        var fields = wanted.Select(w => new KeyValuePair<string, string>("Input.Wanted", w))
            .Append(new("__RequestVerificationToken", token));
        return await browser.PostAsync("/account/emails", new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task A_turned_off_category_is_not_sent_to_that_person_but_essential_emails_are_and_other_people_are_untouched()
    {
        var ready = await app.ReadyToBookAsync();
        var partner = await app.AddCarerAsync(ready.FamilyId);
        var partnerBrowser = app.NewBrowser();
        await partnerBrowser.SignInAsync(partner);
        Assert.All((await TickedAsync(ready.Family)).Values, Assert.True); // everything is on until the person chooses

        var saved = await SaveAsync(ready.Family, "Messages", "Support", "Community", "Courses");
        Assert.Equal("/account/emails", Browser.Location(saved));
        var page = Html.Parse(await ready.Family.GetPageAsync("/account/emails"));
        Assert.Contains("Your email choices are saved", page.Body!.TextContent);
        Assert.False((await TickedAsync(ready.Family))["Sessions"]);
        Assert.True((await TickedAsync(ready.Family))["Messages"]);
        Assert.All((await TickedAsync(partnerBrowser)).Values, Assert.True);
        Assert.Contains("Always sent", page.Text("main"));

        // The clinician books a session for the family: the partner hears of it, the parent who turned sessions off does not.
        var starts = app.Now.AddDays(3);
        var booked = await BookAsync(ready.Staff, ready.FamilyId, starts);
        Assert.Equal("/staff/sessions", Browser.Location(booked));
        var partnersCopy = await app.Mail.WaitForAsync(partner.Email, "A session has been booked for you");
        // Each everyday email says where to change this, in both parts.
        Assert.Contains(ChoicesLink, partnersCopy.TextBody);
        Assert.Contains($"href=\"{ChoicesLink}\"", partnersCopy.HtmlBody);

        // The service cancelling that session is essential: it reaches the parent even with sessions
        // turned off (a missed one is a wasted journey), with no choices line, as a password reset does.
        var id = Assert.Single((await ready.Family.SessionsAsync()).Upcoming).Id;
        var cancelled = await ready.Staff.PostFormAsync($"/staff/sessions/{id}/change?handler=Cancel", new Dictionary<string, string> { ["Input.Scope"] = "one" }, tokenFrom: $"/staff/sessions/{id}/change");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var cancel = await app.Mail.WaitForAsync(ready.Parent.Email, "Your session has been cancelled");
        await app.NewBrowser().PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = ready.Parent.Email });
        var reset = await app.Mail.WaitForAsync(ready.Parent.Email, "Reset your");
        Assert.All(new[] { cancel.TextBody, cancel.HtmlBody, reset.TextBody, reset.HtmlBody }, body => Assert.DoesNotContain(ChoicesLink, body));
        // The booking was queued before both and the outbox sends in order, so a booking email would be here by now.
        Assert.DoesNotContain(app.Mail.Received, m => m.To.Mailboxes.Any(a => a.Address == ready.Parent.Email) && (m.Subject ?? "").Contains("booked", StringComparison.Ordinal));

        // Turned back on, it comes again.
        await SaveAsync(ready.Family, "Sessions", "Messages", "Support", "Community", "Courses");
        var again = await BookAsync(ready.Staff, ready.FamilyId, starts.AddDays(1));
        Assert.Equal("/staff/sessions", Browser.Location(again));
        await app.Mail.WaitForAsync(ready.Parent.Email, "A session has been booked for you");
    }

    private static Task<HttpResponseMessage> BookAsync(HttpClient staff, Guid familyId, DateTimeOffset starts) =>
        staff.PostFormAsync($"/staff/families/{familyId}/sessions/book", new Dictionary<string, string>
        {
            ["Input.Kind"] = nameof(SessionKind.ParentingSupport),
            ["Input.Date"] = TimeDisplay.Local(starts, "yyyy-MM-dd"),
            ["Input.Time"] = "16:00",
            ["Input.Repeat"] = "None",
            ["Input.Count"] = "1",
            ["Input.Mode"] = nameof(DeliveryMode.Online),
            ["Input.VideoLink"] = "",
            ["Input.Place"] = "",
            ["Input.OverrideReason"] = "",
        });

    [Fact]
    public async Task A_bad_post_says_what_is_wrong_and_changes_nothing()
    {
        var (parent, _) = await app.CreateParentAsync();
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent);
        await SaveAsync(browser, "Sessions", "Messages");
        var before = await TickedAsync(browser);

        foreach (var bad in new[] { "Essential", "0", "7", "sessions", "Nonsense", "" })
        {
            var response = await SaveAsync(browser, "Sessions", bad);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = Html.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(["Choose only from the emails listed"], page.Errors());
            Assert.Equal("#Input_Wanted", page.QuerySelector(".nhsuk-error-summary__list a")!.GetAttribute("href"));
            Assert.NotNull(page.QuerySelector("#Input_Wanted")); // the link lands on the first box
            Assert.Equal(before, await TickedAsync(browser));
        }
    }

    [Fact]
    public async Task The_account_page_links_to_the_choices_and_staff_have_them_too()
    {
        var clinician = await app.CreateStaffAsync(await app.CreateOrganisationAsync(), Role.Clinician);
        var browser = app.NewBrowser();
        await browser.SignInAsync(clinician);
        Assert.Contains("/account/emails", Html.Parse(await browser.GetPageAsync("/account")).Links());
        var boxes = await TickedAsync(browser);
        Assert.Equal(["Sessions", "Messages", "Support", "Community", "Courses"], boxes.Keys);
        Assert.Equal(HttpStatusCode.Redirect, (await SaveAsync(browser)).StatusCode); // every box cleared is a choice too
        Assert.All((await TickedAsync(browser)).Values, Assert.False);
    }
}

public sealed class EmailChoicesTestsOnSqlite(SqliteApp app) : EmailChoicesTests<SqliteApp>(app);

public sealed class EmailChoicesTestsOnPostgres(PostgresApp app) : EmailChoicesTests<PostgresApp>(app);
