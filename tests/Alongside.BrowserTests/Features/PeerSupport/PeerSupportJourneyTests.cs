using Alongside.BrowserTests.Support;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Alongside.BrowserTests.Features.PeerSupport;

/// <summary>
/// An admin lists local help and publishes a group; a parent asks for a peer supporter; the
/// coordinator proposes one by the explained ranking and the parent says yes; the supporter logs a contact with
/// signposting and raises a concern; the supervisor records the action. Every page passes axe.
/// </summary>
public sealed class PeerSupportJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Local_help_a_request_a_match_a_contact_and_a_concern()
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var adminPerson = await app.CreateStaffAsync(org, Role.Admin);
        var supervisorPerson = await app.CreateStaffAsync(org, Role.Supervisor);
        var supporterPerson = await app.CreateStaffAsync(org, Role.PeerSupporter);
        var (parentPerson, familyId) = await app.CreateParentAsync();

        var admin = await app.NewPageAsync();
        await admin.SignInAsync(adminPerson);
        await admin.GotoAsync("/admin/local-help");
        await admin.AssertAccessibleAsync();
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync("Family money line");
        await admin.GetByLabel("What they help with").FillAsync("Benefits checks and debt advice for families.");
        await admin.GetByLabel("Money and benefits").CheckAsync();
        await admin.GetByLabel("Serves everywhere").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add to the directory" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Family money line is in the directory");
        await admin.GotoAsync("/admin/groups/new");
        await admin.AssertAccessibleAsync();
        await admin.GotoAsync("/admin/groups/import");
        await admin.AssertAccessibleAsync();

        var supporter = await app.NewPageAsync();
        await supporter.SignInAsync(supporterPerson);
        await supporter.GotoAsync("/peer");
        await supporter.AssertAccessibleAsync();
        await supporter.GetByLabel("Adoptive parents").CheckAsync();
        await supporter.GetByLabel("Your postcode district or town").FillAsync("M1");
        await supporter.GetByLabel("By phone or video").CheckAsync();
        await supporter.GetByLabel("How many parents you can support at once").FillAsync("2");
        await supporter.GetByRole(AriaRole.Button, new() { Name = "Save your profile" }).ClickAsync();
        await Assertions.Expect(supporter.GetByRole(AriaRole.Status)).ToContainTextAsync("Your profile is saved");

        var parent = await app.NewPageAsync(320, 800);
        await parent.SignInAsync(parentPerson);
        await parent.GotoAsync("/local-help?near=M1");
        await Assertions.Expect(parent.GetByRole(AriaRole.Heading, new() { Name = "Family money line" })).ToBeVisibleAsync();
        await parent.AssertAccessibleAsync();
        await parent.ClickHeaderLinkAsync("Peer support");
        await parent.AssertAccessibleAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Ask for a peer supporter" }).ClickAsync();
        await Assertions.Expect(parent.Locator(".nhsuk-error-summary")).ToContainTextAsync("Choose at least one thing");
        await parent.AssertAccessibleAsync();
        await parent.GetByLabel("Adoptive parents").CheckAsync();
        await parent.GetByLabel("By phone or video").CheckAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Ask for a peer supporter" }).ClickAsync();
        await Assertions.Expect(parent.GetByRole(AriaRole.Status)).ToContainTextAsync("You have asked for a peer supporter");
        await parent.ScreenshotAsync("peer-support-request-320");

        var supervisor = await app.NewPageAsync();
        await supervisor.SignInAsync(supervisorPerson);
        await supervisor.GotoAsync("/peer/requests");
        await supervisor.AssertAccessibleAsync();
        var familyName = await app.WithDbAsync(db => db.Families.Where(f => f.Id == familyId).Select(f => f.Name).SingleAsync());
        await supervisor.GetByRole(AriaRole.Link, new() { Name = familyName }).ClickAsync();
        await Assertions.Expect(supervisor.GetByText("Lived experience in common: adoptive parents (+3)")).ToBeVisibleAsync();
        await supervisor.AssertAccessibleAsync();
        await supervisor.ScreenshotAsync("peer-match");
        await supervisor.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Propose") }).ClickAsync();
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Status)).ToContainTextAsync("is proposed");

        // The parent reads about the proposed supporter and says yes before anyone gets in touch.
        await parent.GotoAsync("/family/peer-support");
        await Assertions.Expect(parent.GetByText("Adoptive parents", new() { Exact = true })).ToBeVisibleAsync();
        await parent.AssertAccessibleAsync();
        await parent.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Yes, I would like") }).ClickAsync();
        await Assertions.Expect(parent.GetByRole(AriaRole.Status)).ToContainTextAsync("Your peer supporter has been told");

        var requestId = await app.WithDbAsync(db => db.PeerSupportRequests.Where(r => r.FamilyId == familyId).Select(r => r.Id).SingleAsync());
        await supporter.GotoAsync($"/peer/parents/{requestId}");
        await supporter.AssertAccessibleAsync();
        await supporter.GetByLabel("By phone", new() { Exact = true }).CheckAsync();
        await supporter.GetByLabel("What you talked about").FillAsync("School mornings and sleep");
        await supporter.GetByLabel("Family money line").CheckAsync();
        await supporter.GetByRole(AriaRole.Button, new() { Name = "Log the contact" }).ClickAsync();
        await Assertions.Expect(supporter.GetByRole(AriaRole.Status)).ToContainTextAsync("Contact logged");
        await supporter.GetByLabel("What worries you").FillAsync("The child said nobody was home last night.");
        await supporter.GetByRole(AriaRole.Button, new() { Name = "Raise a safeguarding concern" }).ClickAsync();
        await Assertions.Expect(supporter.GetByRole(AriaRole.Status)).ToContainTextAsync("Your concern is recorded");
        await supporter.AssertAccessibleAsync();

        await supervisor.GotoAsync("/peer/concerns");
        await supervisor.AssertAccessibleAsync();
        await supervisor.GetByLabel("What you did").FillAsync("Called the family's social worker.");
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Record the action" }).ClickAsync();
        await Assertions.Expect(supervisor.GetByText("Called the family's social worker.")).ToBeVisibleAsync();

        await parent.ReloadAsync();
        await Assertions.Expect(parent.GetByText("School mornings and sleep")).ToBeVisibleAsync();
        await Assertions.Expect(parent.GetByText("Help suggested: Family money line.")).ToBeVisibleAsync();
        await parent.AssertAccessibleAsync();

        // The parent writes to their supporter, told first that the supervisor can read it; the
        // supporter replies; the supervisor reads the conversation and has no way to write in it.
        await parent.GetByRole(AriaRole.Link, new() { Name = "Message your peer supporter" }).ClickAsync();
        await Assertions.Expect(parent.GetByText("supervisor at")).ToContainTextAsync("can read these messages");
        await parent.AssertAccessibleAsync();
        await parent.GetByLabel("Subject").FillAsync("Bedtimes");
        await parent.GetByLabel("Message").FillAsync("Bedtime took two hours again. Any ideas?");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        await Assertions.Expect(parent.GetByText("Bedtime took two hours again. Any ideas?")).ToBeVisibleAsync();
        await parent.AssertAccessibleAsync();
        await parent.ScreenshotAsync("peer-message-thread-320");
        var thread = parent.Url;

        await supporter.GotoAsync(thread);
        await supporter.GetByLabel("Reply").FillAsync("We tried a bath and a story at the same time each night. It took a fortnight.");
        await supporter.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();
        await Assertions.Expect(supporter.GetByText("It took a fortnight.")).ToBeVisibleAsync();

        await supervisor.GotoAsync(thread);
        await Assertions.Expect(supervisor.GetByText("It took a fortnight.")).ToBeVisibleAsync();
        await Assertions.Expect(supervisor.GetByLabel("Reply")).ToHaveCountAsync(0);
        await supervisor.AssertAccessibleAsync();
    }
}
