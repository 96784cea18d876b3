using System.Globalization;
using Alongside.BrowserTests.Support;
using Alongside.IntegrationTests.Support;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Alongside.BrowserTests.Features.Reports;

/// <summary>
/// A commissioner signs in, finds the provider it commissions under Reports, reads a table with
/// a real count and a small one shown as "fewer than 5", gets a message for a period that ends
/// before it starts, narrows the report by funding route and downloads it as CSV: the file holds
/// the same figures and hides the same numbers, and never names a family or child. The page is
/// read on a 320px phone and in its print layout. Every page passes axe.
/// </summary>
public sealed class ReportJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string ChildName = "Marigold";
    private const string FamilyName = "Quennell";

    [Fact]
    public async Task A_commissioner_reads_a_report_and_downloads_the_same_figures_as_CSV()
    {
        var provider = await app.CreateOrganisationAsync();
        var council = await app.CreateOrganisationAsync(OrganisationKind.LocalAuthority);
        var elsewhere = await app.CreateOrganisationAsync(OrganisationKind.NhsService);
        var clinician = await app.CreateStaffAsync(provider, Role.Clinician);
        await app.WithDbAsync(async db =>
        {
            db.Commissions.Add(new Commission { CommissionerOrganisationId = council.Id, ProviderOrganisationId = provider.Id, StartsOn = new DateOnly(2020, 4, 1), CreatedAt = app.Now });
            // Two days back keeps everything inside the financial year so far (the default period),
            // except on 1 and 2 April, when the test asks for the year before as well.
            var when = app.Now.AddDays(-2);
            void AddFamily(int n, Guid commissioner, int attended, SessionStatus? other)
            {
                var family = new Alongside.Web.Kernel.Families.Family { Name = $"{FamilyName} {n}", CreatedAt = when };
                var child = new Child { FirstName = ChildName, DateOfBirth = new DateOnly(2016, 1, 1) };
                family.Children.Add(child);
                db.Families.Add(family);
                db.Referrals.Add(new Referral
                {
                    OrganisationId = provider.Id,
                    FamilyId = family.Id,
                    ChildId = child.Id,
                    Source = ReferralSource.Professional,
                    SubmittedByUserId = clinician.Id,
                    WhatIsHappening = "Sleep",
                    WhatHasBeenTried = "Routines",
                    Hopes = "Calm",
                    FundingRoute = FundingRoute.Commissioned,
                    CommissionerOrganisationId = commissioner,
                    SubmittedAt = when,
                    Status = ReferralStatus.Accepted,
                    DecidedAt = when.AddHours(1),
                });
                var statuses = Enumerable.Repeat(SessionStatus.Attended, attended).Concat(other is { } o ? [o] : []).ToList();
                for (var i = 0; i < statuses.Count; i++)
                {
                    var start = when.AddHours(2 + (3 * n) + i);
                    db.Sessions.Add(new Session
                    {
                        FamilyId = family.Id,
                        ClinicianUserId = clinician.Id,
                        OrganisationId = provider.Id,
                        Kind = SessionKind.Coaching,
                        StartsAt = start,
                        EndsAt = start.AddMinutes(50),
                        Mode = DeliveryMode.Online,
                        Status = statuses[i],
                        BookedByUserId = clinician.Id,
                        CreatedAt = when,
                    });
                }
            }
            // The council pays for 6 families: 12 sessions attended, 2 missed and 3 cancelled by the
            // service. The 2 and 3 are each under 5, and together 5, so the 12 and the total 17 show.
            for (var n = 0; n < 6; n++) AddFamily(n, council.Id, 2, n < 2 ? SessionStatus.DidNotAttend : n < 5 ? SessionStatus.CancelledByService : null);
            // Another commissioner's 5 families are not the council's to read.
            for (var n = 6; n < 11; n++) AddFamily(n, elsewhere.Id, 1, null);
            return await db.SaveChangesAsync();
        });
        var commissioner = await app.CreateStaffAsync(council, Role.Commissioner);

        var page = await app.NewPageAsync();
        await page.SignInAsync(commissioner);
        await page.GotoAsync("/reports");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = provider.Name }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"{provider.Name}: report", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText($"For {council.Name}:")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        var today = UkTime.DateOf(app.Now);
        var yearStart = new DateOnly(today.Month >= 4 ? today.Year : today.Year - 1, 4, 1);
        var from = UkTime.DateOf(app.Now.AddDays(-2)) < yearStart ? yearStart.AddYears(-1) : yearStart;
        if (from != yearStart)
        {
            await page.GetByLabel("From", new() { Exact = true }).FillAsync(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Show the report" }).ClickAsync();
        }

        var onPage = await ReadTablesAsync(page);
        Assert.Equal("6", onPage[("Referrals by source", "A professional")]);
        Assert.Equal("6", onPage[("Referrals by source", "Total")]);
        Assert.Equal("12", onPage[("What happened to each session", "Attended")]);
        Assert.Equal("fewer than 5", onPage[("What happened to each session", "Did not attend")]);
        Assert.Equal("fewer than 5", onPage[("What happened to each session", "Cancelled by the service")]);
        Assert.Equal("17", onPage[("What happened to each session", "Total")]);
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Did not attend fewer than 5" })).ToBeVisibleAsync();

        // A period that ends before it starts: a message beside the field, and no figures.
        await page.GetByLabel("From", new() { Exact = true }).FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("To", new() { Exact = true }).FillAsync(today.AddMonths(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the report" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("The end of the period must be the same as or after its start");
        await Assertions.Expect(page.Locator("#To-error")).ToContainTextAsync("The end of the period must be the same as or after its start");
        await Assertions.Expect(page.Locator("table")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download this report as CSV" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("report-period-error");

        // Back to the financial year so far, commissioned families only: the same figures.
        await page.GetByLabel("From", new() { Exact = true }).FillAsync(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("To", new() { Exact = true }).FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Funding route").SelectOptionAsync(new SelectOptionValue { Label = "Commissioned" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the report" }).ClickAsync();
        await Assertions.Expect(page.GetByText(", funded by: Commissioned")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        var filtered = await ReadTablesAsync(page);
        Assert.Equal(onPage, filtered);
        await page.ScreenshotAsync("report-1024");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download this report as CSV" }).ClickAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(await download.PathAsync());
        var csv = ParseCsv(text);
        Assert.Equal(["Section", "Table or figure", "Row", "Value", "Share of total"], csv[0]);
        Assert.Contains("funding=Commissioned", download.Url, StringComparison.Ordinal);
        // Every count on the page is in the file, with the same value or the same "fewer than 5".
        foreach (var ((table, row), value) in filtered)
        {
            Assert.True(csv.Any(l => l[1] == table && l[2] == row && l[3] == value), $"The CSV lacks {table} / {row} = {value}");
        }
        Assert.Equal(filtered.Count, csv.Count(l => l.Length > 2 && filtered.ContainsKey((l[1], l[2]))));
        Assert.DoesNotContain(csv.Skip(2), l => l[3] is "1" or "2" or "3" or "4");
        foreach (var said in new[] { text, await page.Locator("body").InnerTextAsync() })
        {
            Assert.DoesNotContain(ChildName, said, StringComparison.Ordinal);
            Assert.DoesNotContain(FamilyName, said, StringComparison.Ordinal);
        }

        // A phone: the report reads without scrolling sideways.
        await page.SetViewportSizeAsync(320, 800);
        await page.WaitForTimeoutAsync(300);
        await page.ScreenshotAsync("report-320");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The report scrolls sideways by {overflow}px at 320px");
        await page.AssertAccessibleAsync();

        // On paper: no header, filters or links, and every table still there.
        await page.SetViewportSizeAsync(794, 1123);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.WaitForTimeoutAsync(300);
        await page.ScreenshotAsync("report-print");
        await Assertions.Expect(page.Locator("header.nhsuk-header")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Show the report" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download this report as CSV" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Attended 12" }).First).ToBeVisibleAsync();
        Assert.Equal(filtered, await ReadTablesAsync(page));
    }

    /// <summary>Each table's count cell by its caption and row heading, as a person reads them.</summary>
    private static async Task<Dictionary<(string Table, string Row), string>> ReadTablesAsync(IPage page) =>
        (await page.EvaluateAsync<string[][]>(
            """
            () => [...document.querySelectorAll("table[data-chart]")].flatMap(t =>
              [...t.tBodies[0].rows].map(r => [t.caption.textContent.trim(), r.cells[0].textContent.trim(), r.cells[1].textContent.trim()]))
            """))
        .ToDictionary(c => (c[0], c[1]), c => c[2]);

    private static List<string[]> ParseCsv(string text)
    {
        using var reader = new StringReader(text.TrimStart('\uFEFF'));
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        var lines = new List<string[]>();
        while (csv.Read()) lines.Add(csv.Record!);
        return lines;
    }
}
