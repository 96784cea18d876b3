using System.Globalization;
using Alongside.BrowserTests.Support;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Alongside.BrowserTests.Features.Sessions;

/// <summary>
/// A clinician books a series and shares a strategy; the parent gets the reminder, adds the session
/// to their calendar, invites a grandparent, logs the strategy and writes to the care team.
/// Every page passes axe.
/// </summary>
public sealed class BetweenSessionsJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_series_a_reminder_a_calendar_a_guest_a_home_log_and_a_message()
    {
        var org = await app.CreateOrganisationAsync();
        var (parent, familyId) = await app.CreateParentAsync(workedWithBy: org);
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        await app.WithDbAsync(async db =>
        {
            db.CareTeamMembers.Add(new CareTeamMember { FamilyId = familyId, UserId = clinician.Id, OrganisationId = org.Id, AddedAt = app.Now });
            return await db.SaveChangesAsync();
        });

        // The clinician: time off, a weekly series starting tomorrow, and a strategy.
        var staff = await app.NewPageAsync();
        await staff.SignInAsync(clinician);
        await staff.GotoAsync("/staff/availability/exceptions");
        await staff.AssertAccessibleAsync();
        await staff.GetByLabel("Time off").CheckAsync();
        var leave = TimeZoneInfo.ConvertTime(app.Now.AddDays(20), TimeDisplay.London);
        await staff.GetByLabel("From date").FillAsync(leave.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await staff.GetByLabel("To date").FillAsync(leave.AddDays(4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await staff.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Your time off is added");
        await staff.AssertAccessibleAsync();

        await staff.GotoAsync($"/staff/families/{familyId}");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Book a session" }).ClickAsync();
        await staff.AssertAccessibleAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Book" }).ClickAsync();
        await Assertions.Expect(staff.Locator(".nhsuk-error-summary")).ToContainTextAsync("Choose the kind of session");
        await staff.AssertAccessibleAsync();
        await staff.GetByLabel("Parent consultation").CheckAsync();
        var start = TimeZoneInfo.ConvertTime(app.Now.AddHours(26), TimeDisplay.London);
        await staff.GetByLabel("Date", new() { Exact = true }).FillAsync(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await staff.GetByLabel("Start time").FillAsync(start.ToString("HH:00", CultureInfo.InvariantCulture));
        await staff.GetByLabel("Every week").CheckAsync();
        await staff.GetByLabel("How many sessions in the series").FillAsync("3");
        await staff.GetByLabel("Reason, if this goes past the plan").FillAsync("Plan being agreed; the family asked to start now");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Book" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Booked 3 sessions");
        await staff.AssertAccessibleAsync();
        await staff.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Change") }).First.ClickAsync();
        await staff.AssertAccessibleAsync();

        await staff.GotoAsync($"/staff/families/{familyId}/strategies");
        await staff.GetByLabel("Title").FillAsync("Five-minute warning");
        await staff.GetByLabel("What to do").FillAsync("Tell her five minutes before bath time, and turn the sand timer over together.");
        await staff.GetByLabel("Why it helps").FillAsync("Changes feel less like a threat when she can see them coming.");
        await staff.GetByLabel("How often").FillAsync("Every evening");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Share with the family" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Shared");
        await staff.AssertAccessibleAsync();

        // The parent, on a phone: the reminder arrives for the session tomorrow.
        var reminder = await app.Mail.WaitForAsync(parent.Email, "Reminder: your session");
        Assert.DoesNotContain("Five-minute", reminder.TextBody);

        var family = await app.NewPageAsync(320, 800);
        await family.SignInAsync(parent);
        await family.GotoAsync("/family/sessions");
        await family.AssertAccessibleAsync();
        var download = await family.RunAndWaitForDownloadAsync(() =>
            family.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Add to your calendar") }).First.ClickAsync());
        var ics = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("BEGIN:VEVENT", ics);
        Assert.Contains("SUMMARY:Parent consultation with", ics);

        await family.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Invite someone") }).First.ClickAsync();
        await family.AssertAccessibleAsync();
        await family.GetByLabel("Their name").FillAsync("Nana");
        var nana = People.NewEmail("nana");
        await family.GetByLabel("Their email address").FillAsync(nana);
        await family.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();
        await Assertions.Expect(family.GetByRole(AriaRole.Status)).ToContainTextAsync("Nana has been sent an invitation");
        await family.AssertAccessibleAsync();
        var guestPath = Browser.FirstLink((await app.Mail.WaitForAsync(nana, "has invited you")).TextBody, "/guest/");
        var guest = await app.NewPageAsync(320, 800);
        await guest.GotoAsync(guestPath);
        await Assertions.Expect(guest.GetByRole(AriaRole.Heading, new() { Name = "Hello Nana" })).ToBeVisibleAsync();
        await guest.AssertAccessibleAsync();
        await guest.ScreenshotAsync("guest-320");

        await family.GotoAsync("/account/calendar");
        await family.AssertAccessibleAsync();
        await family.GetByRole(AriaRole.Button, new() { Name = "Make my calendar address" }).ClickAsync();
        await Assertions.Expect(family.Locator("#feed-url")).ToContainTextAsync("/calendar/");
        await family.AssertAccessibleAsync();
        await family.ScreenshotAsync("calendar-feed-320");

        await family.ClickHeaderLinkAsync("At home");
        await family.AssertAccessibleAsync();
        await family.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Note how it went") }).ClickAsync();
        // Wait for the log page itself: checked while the click's navigation was still starting, the load never came.
        await family.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/family/strategies/[0-9a-f-]+/log$"));
        await family.AssertAccessibleAsync();
        await family.GetByLabel("What happened?").FillAsync("She turned the timer over herself. Bath time without tears.");
        await family.GetByLabel("5: very well").CheckAsync();
        await family.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(family.GetByRole(AriaRole.Status)).ToContainTextAsync("Your note is saved");
        await Assertions.Expect(family.GetByText("Bath time without tears.")).ToBeVisibleAsync();
        await family.AssertAccessibleAsync();
        await family.ScreenshotAsync("home-strategies-320");

        await family.ClickHeaderLinkAsync("Messages");
        await family.AssertAccessibleAsync();
        await family.GetByRole(AriaRole.Link, new() { Name = "Write a new message" }).ClickAsync();
        await Assertions.Expect(family.GetByLabel("Subject")).ToBeVisibleAsync();
        await family.AssertAccessibleAsync();
        await family.GetByLabel("Subject").FillAsync("Last night");
        await family.GetByLabel("Message").FillAsync("Last night he said he wanted to kill himself. He is asleep now.");
        await family.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(family.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("get help now") })).ToBeVisibleAsync();
        await family.AssertAccessibleAsync();
        await family.ScreenshotAsync("urgent-help-320");
        await app.Mail.WaitForAsync(clinician.Email, "a family may need urgent help");

        // The clinician reads it, flagged, from their messages.
        await staff.GotoAsync("/messages");
        await Assertions.Expect(staff.GetByText("1 unread")).ToBeVisibleAsync();
        await staff.AssertAccessibleAsync();
        await staff.GetByRole(AriaRole.Link, new() { Name = "Last night" }).ClickAsync();
        await Assertions.Expect(staff.GetByText("May need urgent attention")).ToBeVisibleAsync();
        await staff.AssertAccessibleAsync();
        await staff.GotoAsync($"/staff/families/{familyId}/strategies");
        await Assertions.Expect(staff.GetByText("Bath time without tears.")).ToBeVisibleAsync();
        Assert.Equal(3, await app.WithDbAsync(db => db.Sessions.CountAsync(s => s.FamilyId == familyId && s.SeriesId != null)));

        var open = await app.NewPageAsync(320, 800);
        await open.GotoAsync("/urgent-help");
        await open.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_parent_rates_their_goals_by_keyboard_at_320px_and_sees_the_chart_and_its_table()
    {
        var org = await app.CreateOrganisationAsync();
        var (parent, familyId) = await app.CreateParentAsync(workedWithBy: org);
        var childId = await app.ChildIdAsync(familyId);
        var plan = app.AgreedPlan(familyId, childId, org.Id, parent.Id, "Bedtimes without shouting", "Robin can tell us when school is hard");
        var due = new MeasureDue { FamilyId = familyId, PlanId = plan.Id, InstrumentId = "goals", Point = "start", Reason = "At the start of your support", DueAt = app.Now, CreatedAt = app.Now };
        // An earlier rating, so there is a line to draw.
        var earlier = new MeasureResponse { FamilyId = familyId, InstrumentId = "goals", InstrumentVersion = 1, AnsweredByUserId = parent.Id, AnsweredAt = app.Now.AddDays(-20), Total = 1.5m };
        earlier.Answers.Add(new MeasureAnswer { Item = 1, Value = 1, Text = "Bedtimes without shouting" });
        earlier.Answers.Add(new MeasureAnswer { Item = 2, Value = 2, Text = "Robin can tell us when school is hard" });
        await app.WithDbAsync(db =>
        {
            db.SupportPlans.Add(plan);
            db.MeasuresDue.Add(due);
            db.MeasureResponses.Add(earlier);
            return db.SaveChangesAsync();
        });

        var page = await app.NewPageAsync(320, 800);
        await page.SignInAsync(parent);
        await page.GotoAsync("/family/measures");
        await page.AssertAccessibleAsync();
        await page.TabToAsync(page.GetByRole(AriaRole.Link, new() { Name = "Your goals" }));
        await page.PressEnterAndWaitAsync();
        await page.WaitForURLAsync($"**/family/measures/{due.Id}");

        // Each goal is a group of choices: Tab into it, arrow to the rating.
        await page.TabToAsync(page.Locator("#item-1"));
        for (var i = 0; i < 4; i++) await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Tab");
        for (var i = 0; i < 6; i++) await page.Keyboard.PressAsync("ArrowDown");
        Assert.True(await page.Locator("#item-1-4").IsCheckedAsync());
        Assert.True(await page.Locator("#item-2-6").IsCheckedAsync());
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("measure-goals-320");
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save my answers" }));
        await page.PressEnterAndWaitAsync();

        await page.GotoAsync("/family/progress");
        var table = page.Locator("table[data-chart='Bedtimes without shouting']");
        await Assertions.Expect(table.Locator("tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(table.Locator("tbody tr").Last).ToContainTextAsync("4 out of 10");
        await Assertions.Expect(page.Locator(".app-chart canvas")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByText("A real step towards this goal")).ToHaveCountAsync(2);
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 320);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("progress-320");
    }
}
