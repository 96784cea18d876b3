using Alongside.BrowserTests.Support;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Alongside.BrowserTests.Features.Courses;

/// <summary>
/// An admin publishes a course and its dates; one parent takes the only place and another joins
/// the waiting list on a phone; the first gives it up and the second takes the offer; the
/// facilitator takes the register on a 320 px screen; the parent opens their completion record.
/// Every page passes axe.
/// </summary>
public sealed class CourseJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_parent_joins_the_waiting_list_takes_the_offered_place_and_the_facilitator_takes_the_register_on_a_phone()
    {
        var org = await app.CreateOrganisationAsync();
        var adminPerson = await app.CreateStaffAsync(org, Role.Admin);
        var facilitatorPerson = await app.CreateStaffAsync(org, Role.PeerSupporter);
        var (firstPerson, _) = await app.CreateParentAsync();
        var (secondPerson, _) = await app.CreateParentAsync();
        var title = $"Parenting with PACE {Guid.NewGuid():N}"[..28];

        var admin = await app.NewPageAsync();
        await admin.SignInAsync(adminPerson);
        await admin.GotoAsync("/courses/manage/course");
        await admin.AssertAccessibleAsync();
        await admin.GetByLabel("Title").FillAsync(title);
        await admin.GetByLabel("What the course is").FillAsync("Two evenings with other parents on responding with playfulness, acceptance, curiosity and empathy.");
        await admin.GetByLabel("Who it is for").FillAsync("Adoptive parents and special guardians");
        await admin.GetByLabel("Weeks", new() { Exact = true }).FillAsync("2");
        await admin.GetByLabel("Weeks to complete it").FillAsync("1");
        await admin.GetByLabel("Week by week (optional)").FillAsync("Why children behave as they do: trauma and trust\nPACE: playfulness, acceptance, curiosity, empathy");
        await admin.GetByLabel("People may take a place themselves").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save the course" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("is saved");
        await admin.AssertAccessibleAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = $"Add dates for {title}" }).ClickAsync();
        await admin.AssertAccessibleAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add the dates" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".nhsuk-error-summary")).ToContainTextAsync("Enter the date of the first meeting");
        await admin.AssertAccessibleAsync();
        await admin.GetByLabel("First meeting").FillAsync(UkTime.DateOf(app.Now).AddDays(10).ToString("yyyy-MM-dd"));
        await admin.GetByLabel("Places").FillAsync("1");
        await admin.GetByLabel("Venue").FillAsync("Oak Room, Central Library");
        await admin.GetByLabel("Getting in (optional)").FillAsync("Step-free entrance on Mill Street; a hearing loop in the room.");
        await admin.Locator($"#fac-{facilitatorPerson.Id}").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add the dates" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await admin.AssertAccessibleAsync();
        var cohortId = Guid.Parse(new Uri(admin.Url).AbsolutePath["/courses/cohorts/".Length..]);

        var first = await app.NewPageAsync(320, 800);
        await first.SignInAsync(firstPerson);
        await first.GotoAsync("/courses");
        await first.AssertAccessibleAsync();
        await first.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await first.AssertAccessibleAsync();
        await first.GetByRole(AriaRole.Button, new() { Name = "Take a place" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Status)).ToContainTextAsync("You have a place");

        var second = await app.NewPageAsync(320, 800);
        await second.SignInAsync(secondPerson);
        await second.GotoAsync("/courses?for=parents");
        await second.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Join the waiting list" }).ClickAsync();
        await Assertions.Expect(second.GetByText("number 1 in the queue")).ToBeVisibleAsync();
        await second.AssertAccessibleAsync();
        await second.ScreenshotAsync("course-waiting-320");

        await first.GetByRole(AriaRole.Button, new() { Name = "Give up my place" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Status)).ToContainTextAsync("offered to the next person");

        await second.ReloadAsync();
        await Assertions.Expect(second.GetByText("A place is yours if you want it.")).ToBeVisibleAsync();
        await second.AssertAccessibleAsync();
        await second.ScreenshotAsync("course-offer-320");
        await second.GetByRole(AriaRole.Button, new() { Name = "Take the place" }).ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Status)).ToContainTextAsync("is yours");

        // The course begins: its first week is behind it, so the register opens.
        await app.WithDbAsync(db => db.Cohorts.Where(k => k.Id == cohortId).ExecuteUpdateAsync(s => s.SetProperty(k => k.StartsOn, UkTime.DateOf(app.Now).AddDays(-1))));
        var facilitator = await app.NewPageAsync(320, 800);
        await facilitator.SignInAsync(facilitatorPerson);
        await facilitator.GotoAsync("/courses/manage");
        await facilitator.AssertAccessibleAsync();
        await facilitator.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await facilitator.AssertAccessibleAsync();
        await facilitator.GetByRole(AriaRole.Link, new() { Name = "Week 1" }).ClickAsync();
        await facilitator.AssertAccessibleAsync();
        await facilitator.Locator("input[name='Present']").First.CheckAsync();
        await facilitator.ScreenshotAsync("course-register-320");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Save the register" }).ClickAsync();
        await Assertions.Expect(facilitator.GetByRole(AriaRole.Status)).ToContainTextAsync("1 of 1 there");

        await second.GotoAsync("/courses/mine");
        await second.GetByRole(AriaRole.Link, new() { Name = "Your completion record" }).ClickAsync();
        await Assertions.Expect(second.GetByText("1 of 2")).ToBeVisibleAsync();
        await second.AssertAccessibleAsync();
        await second.ScreenshotAsync("course-completion-320");
    }
}
