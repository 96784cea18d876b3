using Alongside.BrowserTests.Support;
using Alongside.IntegrationTests.Support;
using Microsoft.Playwright;

namespace Alongside.BrowserTests.Features.Training;

/// <summary>
/// A parent registers interest in peer support training on a phone and the training body's admin
/// moves it on; a supervisor writes a supervision entry that the peer supporter then reads. Every
/// page passes axe.
/// </summary>
public sealed class TrainingJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_parent_registers_interest_the_admin_moves_it_on_and_a_supervisor_writes_a_supervision_entry()
    {
        var trainingBody = await app.CreateOrganisationAsync(OrganisationKind.TrainingBody);
        var adminPerson = await app.CreateStaffAsync(trainingBody, Role.Admin);
        var name = $"Sam {Guid.NewGuid():N}"[..12];

        var visitor = await app.NewPageAsync(320, 800);
        await visitor.GotoAsync($"/training/register-interest?organisation={trainingBody.Id}");
        await visitor.AssertAccessibleAsync();
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(visitor.Locator(".nhsuk-error-summary")).ToBeVisibleAsync();
        await visitor.AssertAccessibleAsync();
        await visitor.Locator("input[name='Input.Route'][value='ParentOrCarer']").CheckAsync();
        await visitor.GetByLabel("Your name").FillAsync(name);
        await visitor.GetByLabel("Your email address").FillAsync($"{Guid.NewGuid():N}@example.test");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Thank you for your interest" })).ToBeVisibleAsync();
        await visitor.AssertAccessibleAsync();
        await visitor.ScreenshotAsync("training-interest-thanks-320");

        var admin = await app.NewPageAsync();
        await admin.SignInAsync(adminPerson);
        await admin.GotoAsync("/training/interests");
        await admin.AssertAccessibleAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await admin.AssertAccessibleAsync();
        await admin.Locator("input[name='Move.To'][value='Contacted']").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("has been emailed");
        await admin.AssertAccessibleAsync();

        var peerOrg = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var supervisorPerson = await app.CreateStaffAsync(peerOrg, Role.Supervisor);
        var supporterPerson = await app.CreateStaffAsync(peerOrg, Role.PeerSupporter);
        var supervisor = await app.NewPageAsync(320, 800);
        await supervisor.SignInAsync(supervisorPerson);
        await supervisor.GotoAsync("/peer/supervision");
        await supervisor.AssertAccessibleAsync();
        await supervisor.GotoAsync($"/peer/supervision/{supporterPerson.Id}");
        await supervisor.AssertAccessibleAsync();
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(supervisor.Locator(".nhsuk-error-summary")).ToBeVisibleAsync();
        await supervisor.AssertAccessibleAsync();
        var today = UkTime.DateOf(app.Now);
        await supervisor.GetByLabel("Day").FillAsync(today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await supervisor.GetByLabel("Month").FillAsync(today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await supervisor.GetByLabel("Year").FillAsync(today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await supervisor.GetByLabel("What you talked about").FillAsync("A hard call with a parent about school exclusion; boundaries.");
        await supervisor.Locator("input[name='Input.Wellbeing'][value='4']").CheckAsync();
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Status)).ToContainTextAsync("Supervision recorded");
        await supervisor.AssertAccessibleAsync();
        await supervisor.ScreenshotAsync("supervision-log-320");

        var supporter = await app.NewPageAsync(320, 800);
        await supporter.SignInAsync(supporterPerson);
        await supporter.GotoAsync("/peer/supervision/mine");
        await Assertions.Expect(supporter.GetByText("A hard call with a parent about school exclusion; boundaries.")).ToBeVisibleAsync();
        await supporter.AssertAccessibleAsync();
        await supporter.GotoAsync("/training/records");
        await supporter.AssertAccessibleAsync();
    }
}
