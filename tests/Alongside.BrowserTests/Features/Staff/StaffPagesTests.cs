using System.Text.RegularExpressions;
using Alongside.BrowserTests.Support;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Alongside.BrowserTests.Features.Staff;

public sealed class StaffPagesTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_admin_invites_a_clinician_who_sets_up_two_factor_and_opens_a_family()
    {
        var org = await app.CreateOrganisationAsync();
        var (_, familyId) = await app.CreateParentAsync(workedWithBy: org);
        var admin = await app.CreateStaffAsync(org, Role.Admin);

        var adminPage = await app.NewPageAsync();
        await adminPage.SignInAsync(admin);
        await adminPage.WaitForURLAsync("**/staff");
        await adminPage.AssertAccessibleAsync();
        await adminPage.ScreenshotAsync("staff-home");

        await adminPage.GotoAsync("/admin/invitations");
        await adminPage.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(adminPage.GetByRole(AriaRole.Alert)).ToContainTextAsync("Select their role");
        await adminPage.AssertAccessibleAsync();

        var email = People.NewEmail("invited");
        await adminPage.GetByLabel("Their first name").FillAsync("Morgan");
        await adminPage.GetByLabel("Their email address").FillAsync(email);
        await adminPage.GetByLabel("Clinician").CheckAsync();
        await adminPage.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(adminPage.GetByRole(AriaRole.Status)).ToContainTextAsync($"Invitation sent to {email}");
        await adminPage.AssertAccessibleAsync();
        await adminPage.ScreenshotAsync("admin-invitations");

        var mail = await app.Mail.WaitForAsync(email, "You are invited");
        var page = await app.NewPageAsync(320, 800);
        await page.GotoAsync(Browser.FirstLink(mail.TextBody, "/account/invitation"));
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Create a password").FillAsync("morgan's long passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept invitation" }).ClickAsync();

        await page.WaitForURLAsync("**/account/two-factor**");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("two-factor-setup-320");
        var key = await page.Locator("#shared-key").InnerTextAsync();
        await page.GetByLabel("Enter the 6-digit code the app shows").FillAsync(Authenticator.CurrentCode(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Recovery codes" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(8);
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync("**/staff");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Family ") }).ClickAsync();
        await page.WaitForURLAsync($"**/staff/families/{familyId}");
        await Assertions.Expect(page.GetByText("Robin, born 2 March 2015")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The family record scrolls sideways by {overflow}px at 320px");

        await page.GotoAsync("/account");
        await page.AssertAccessibleAsync();
        await page.GotoAsync("/account/change-password");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_clinician_finds_the_family_getting_worse_first_and_fills_in_their_goals_with_them()
    {
        var org = await app.CreateOrganisationAsync();
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        var (steadyParent, steady) = await app.CreateParentAsync(workedWithBy: org);
        var (_, worse) = await app.CreateParentAsync(workedWithBy: org);
        var worseName = await app.WithDbAsync(db => db.Families.Where(f => f.Id == worse).Select(f => f.Name).SingleAsync());
        MeasureResponse Phq9(Guid familyId, decimal total, int daysAgo) => new()
        {
            FamilyId = familyId,
            InstrumentId = "phq-9",
            InstrumentVersion = 1,
            AnsweredByUserId = steadyParent.Id,
            AnsweredAt = app.Now.AddDays(-daysAgo),
            Total = total,
        };
        var childId = await app.ChildIdAsync(worse);
        var plan = new SupportPlan { FamilyId = worse, ChildId = childId, OrganisationId = org.Id, Status = PlanStatus.Agreed, CreatedByUserId = clinician.Id, StartDate = new DateOnly(2026, 11, 1), ReviewDate = new DateOnly(2027, 2, 1), CreatedAt = app.Now };
        plan.Goals.Add(new PlanGoal { Order = 1, Text = "Mornings without a fight" });
        var goals = new MeasureDue { FamilyId = worse, PlanId = plan.Id, InstrumentId = "goals", Point = "start", Reason = "At the start of your support", DueAt = app.Now, CreatedAt = app.Now };
        await app.WithDbAsync(db =>
        {
            db.CareTeamMembers.Add(new CareTeamMember { FamilyId = steady, UserId = clinician.Id, OrganisationId = org.Id, AddedAt = app.Now });
            db.CareTeamMembers.Add(new CareTeamMember { FamilyId = worse, UserId = clinician.Id, OrganisationId = org.Id, AddedAt = app.Now });
            // Steady: 12 then 10. Worse: 4 then 12, more than PHQ-9's margin and into the clinical range.
            db.MeasureResponses.AddRange(Phq9(steady, 12, 40), Phq9(steady, 10, 5), Phq9(worse, 4, 40), Phq9(worse, 12, 5));
            db.SupportPlans.Add(plan);
            db.MeasuresDue.Add(goals);
            return db.SaveChangesAsync();
        });

        var page = await app.NewPageAsync(320, 800);
        await page.SignInAsync(clinician);
        await page.ClickHeaderLinkAsync("Caseload");
        var first = page.Locator("table tbody tr").First;
        await Assertions.Expect(first).ToContainTextAsync(worseName);
        await Assertions.Expect(first).ToContainTextAsync("Reliably worse");
        await page.AssertAccessibleAsync();

        await first.GetByRole(AriaRole.Link, new() { Name = worseName }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Questionnaires", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Fill in Your goals with the family" }).ClickAsync();
        await page.GetByLabel("7", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the family's answers" }).ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("filled in with the family");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("The family has nothing to fill in now.");
        await page.AssertAccessibleAsync();
        Assert.Equal(clinician.Id, await app.WithDbAsync(db => db.MeasureResponses.Where(r => r.DueId == goals.Id).Select(r => r.WithClinicianUserId).SingleAsync()));
    }
}
