using System.Text;
using Alongside.BrowserTests.Support;
using Alongside.IntegrationTests.Support;
using Microsoft.Playwright;

namespace Alongside.BrowserTests.Features.About;

/// <summary>
/// On a 320 px phone: the header's links open from "Menu" by keyboard alone; the trust pages, the
/// staff home and the group import report fit the screen and pass axe.
/// </summary>
public sealed class TrustPagesJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static async Task AssertFitsAsync(IPage page, string name)
    {
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        if (width > 320) await page.ScreenshotAsync(name + "-too-wide");
        Assert.True(width <= 320, $"{page.Url} is {width}px wide at 320px");
    }

    [Fact]
    public async Task A_phone_user_opens_the_menu_by_keyboard_and_reads_the_trust_pages()
    {
        var page = await app.NewPageAsync(320, 800);
        await page.GotoAsync("/");
        var findAGroup = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Find a group" });
        await Assertions.Expect(findAGroup).ToBeHiddenAsync(); // folded away until asked for

        await page.TabToAsync(page.Locator("summary.app-header__menu-toggle"));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(findAGroup).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("menu-open-320");
        await page.TabToAsync(findAGroup, maxPresses: 3); // the first link after the toggle
        await page.PressEnterAndWaitAsync();
        Assert.EndsWith("/groups", page.Url, StringComparison.Ordinal);

        foreach (var (link, heading) in new[]
        {
            ("Privacy notice", "Privacy notice"), ("Accessibility statement", "Accessibility statement"),
            ("Contact us", "Contact us"), ("Who runs this service", "Who runs this service"),
        })
        {
            await page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
            await AssertFitsAsync(page, "trust");
            await page.AssertAccessibleAsync();
            var name = "trust-" + heading.ToLowerInvariant().Replace(' ', '-');
            await page.ScreenshotAsync(name + "-320");
            var wide = await app.NewPageAsync(1280, 900);
            await wide.GotoAsync(page.Url);
            await wide.AssertAccessibleAsync();
            await wide.ScreenshotAsync(name + "-1280");
            await wide.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_staff_home_and_the_import_report_do_not_scroll_sideways_at_320px()
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var admin = await app.CreateStaffAsync(org, Role.Admin);
        var page = await app.NewPageAsync(320, 800);
        await page.SignInAsync(admin);

        await page.GotoAsync("/staff");
        await AssertFitsAsync(page, "staff-home");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("staff-home-320");

        var facilitator = await app.CreateStaffAsync(org, Role.PeerSupporter);
        var csv = "name,description,audiences,format,recurrence,first_meeting,start_time,end_time,postcode,online_link,facilitator_emails\r\n"
            + $"Evening group,Tea and a chat,AdoptiveParents,InPerson,FREQ=WEEKLY;BYDAY=WE,13/01/2027,19:00,21:00,LS1 4AP,,{facilitator.Email}\r\n"
            + $"{new string('N', 130)},Tea,NotAnAudienceAtAllReallyNotOneOfThem,Sometimes,FREQ=WEEKLY;BYDAY=XX;INTERVAL=TWOWEEKSFROMNOWORSO,31/02/2027,25:00,19:00,ZZ99ZZZ,{"https://" + new string('x', 120) + ".example"},\r\n";
        await page.GotoAsync("/admin/groups/import");
        await page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload { Name = "groups.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 group imported");
        await AssertFitsAsync(page, "import-report");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("import-report-320");
    }
}
