using Alongside.BrowserTests.Support;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Alongside.BrowserTests.Features.Sessions;

public sealed class BookingJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_clinician_sets_working_hours_and_a_parent_books_and_cancels_a_session()
    {
        var org = await app.CreateOrganisationAsync();
        var (parent, familyId) = await app.CreateParentAsync(workedWithBy: org);
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        var childId = await app.ChildIdAsync(familyId);
        await app.WithDbAsync(async db =>
        {
            db.CareTeamMembers.Add(new CareTeamMember { FamilyId = familyId, UserId = clinician.Id, OrganisationId = org.Id, AddedAt = app.Now });
            var plan = app.AgreedPlan(familyId, childId, org.Id, clinician.Id, "Calmer evenings");
            plan.Items.Add(new PlanItem { Kind = PlanItemKind.ParentingSupportSessions, Sessions = 4, Funding = FundingRoute.SelfFunded, Cost = 400m });
            db.SupportPlans.Add(plan);
            var yesterday = app.Now.AddDays(-1);
            db.Sessions.Add(new Session
            {
                FamilyId = familyId,
                ClinicianUserId = clinician.Id,
                Kind = SessionKind.Coaching,
                StartsAt = yesterday,
                EndsAt = yesterday.AddHours(1),
                Mode = DeliveryMode.Online,
                Status = SessionStatus.Attended,
                BookedByUserId = clinician.Id,
                CreatedAt = yesterday,
            });
            return await db.SaveChangesAsync();
        });

        var staff = await app.NewPageAsync();
        await staff.SignInAsync(clinician);
        await staff.GetByRole(AriaRole.Link, new() { Name = "Sessions", Exact = true }).ClickAsync();
        await staff.AssertAccessibleAsync();
        await staff.GetByRole(AriaRole.Link, new() { Name = "Change your working hours" }).ClickAsync();
        await staff.AssertAccessibleAsync();
        foreach (var day in new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" })
        {
            await staff.GetByLabel($"First start on {day}").FillAsync("09:00");
            await staff.GetByLabel($"First end on {day}").FillAsync("12:00");
            await staff.GetByLabel($"Second start on {day}").FillAsync("13:00");
            await staff.GetByLabel($"Second end on {day}").FillAsync("17:00");
        }
        await staff.GetByRole(AriaRole.Button, new() { Name = "Save working hours" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Your working hours are saved");
        await staff.AssertAccessibleAsync();
        await staff.ScreenshotAsync("working-hours");

        var family = await app.NewPageAsync(320, 800);
        await family.SignInAsync(parent);
        await family.ClickHeaderLinkAsync("Sessions");
        await family.AssertAccessibleAsync();
        await family.GetByRole(AriaRole.Link, new() { Name = "Book a session" }).ClickAsync();
        await family.AssertAccessibleAsync();
        await family.GetByRole(AriaRole.Link, new() { Name = "1:1 therapeutic parenting support session" }).ClickAsync();
        await family.AssertAccessibleAsync();
        await family.ScreenshotAsync("book-session-320");
        await family.Locator("form button[type=submit]").Nth(2).ClickAsync();
        await Assertions.Expect(family.GetByRole(AriaRole.Heading, new() { Name = "Check your booking" })).ToBeVisibleAsync();
        await family.AssertAccessibleAsync();
        await family.ScreenshotAsync("check-booking-320");
        // Confirmed by keyboard, as someone without a mouse would.
        await family.GetByRole(AriaRole.Button, new() { Name = "Confirm booking" }).FocusAsync();
        await family.Keyboard.PressAsync("Enter");
        await Assertions.Expect(family.GetByRole(AriaRole.Status)).ToContainTextAsync("Your session is booked");
        await family.AssertAccessibleAsync();
        await family.ScreenshotAsync("my-sessions-320");

        // Asking to hear of an earlier time, and leaving that list, by keyboard at 320 px.
        await family.GotoAsync("/family/sessions/book?kind=ParentingSupport");
        await family.TabToAsync(family.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Tell me if an earlier time frees up") }), 120);
        await family.PressEnterAndWaitAsync();
        await Assertions.Expect(family.GetByRole(AriaRole.Status)).ToContainTextAsync("You are on the list");
        await Assertions.Expect(family.GetByText("You are on the list for an earlier time with")).ToBeVisibleAsync();
        Assert.Equal(1, await app.WithDbAsync(db => db.EarlierTimeRequests.CountAsync(r => r.FamilyId == familyId && r.Status == EarlierTimeStatus.Waiting)));
        await family.AssertAccessibleAsync();
        await family.ScreenshotAsync("earlier-time-list-320");
        await family.TabToAsync(family.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Leave the list") }), 120);
        await family.PressEnterAndWaitAsync();
        await Assertions.Expect(family.GetByRole(AriaRole.Status)).ToContainTextAsync("You have left the list");
        Assert.Equal(0, await app.WithDbAsync(db => db.EarlierTimeRequests.CountAsync(r => r.FamilyId == familyId && r.Status == EarlierTimeStatus.Waiting)));
        await family.GotoAsync("/family/sessions");

        await staff.GotoAsync("/staff/sessions");
        await staff.AssertAccessibleAsync();
        await staff.ScreenshotAsync("staff-sessions");
        await staff.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Notes") }).ClickAsync();
        await staff.AssertAccessibleAsync();
        await staff.GetByLabel("Private notes").FillAsync("Only for the care team.");
        await staff.GetByLabel("Summary for the parents").FillAsync("Keep the wind-down routine going.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Save notes" }).ClickAsync();
        await staff.WaitForURLAsync("**/staff/sessions");
        await family.ReloadAsync();
        await Assertions.Expect(family.GetByText("Keep the wind-down routine going.")).ToBeVisibleAsync();
        await Assertions.Expect(family.GetByText("Only for the care team.")).ToHaveCountAsync(0);

        await family.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Cancel the session") }).ClickAsync();
        await family.AssertAccessibleAsync();
        await family.ScreenshotAsync("cancel-session-320");
        await family.GetByRole(AriaRole.Button, new() { Name = "Yes, cancel this session" }).ClickAsync();
        await Assertions.Expect(family.GetByRole(AriaRole.Status)).ToContainTextAsync("Your session is cancelled");
        await family.AssertAccessibleAsync();
        Assert.Equal(SessionStatus.CancelledByFamily, await app.WithDbAsync(db => db.Sessions.Where(s => s.FamilyId == familyId && s.Kind == SessionKind.ParentingSupport).Select(s => s.Status).SingleAsync()));
    }
}
