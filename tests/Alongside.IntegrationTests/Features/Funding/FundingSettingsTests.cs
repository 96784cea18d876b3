using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alongside.IntegrationTests.Features.Funding;

public abstract class FundingSettingsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private const string Page = "/platform/funding";

    private async Task<(Person Admin, HttpClient Browser)> PlatformAdminAsync()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.CreateStaffAsync(org, Role.Admin);
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == admin.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PlatformAdmin, true)));
        var browser = app.NewBrowser();
        await browser.SignInAsync(admin);
        return (admin, browser);
    }

    private static Dictionary<string, string> Figures(string therapy = "6000", string assessment = "2750.50", string share = "50",
        string ceiling = "4000", string months = "4", string warn = "21") => new()
        {
            ["Input.TherapyLimit"] = therapy,
            ["Input.AssessmentLimit"] = assessment,
            ["Input.MatchSharePercent"] = share,
            ["Input.MatchCeiling"] = ceiling,
            ["Input.WindowMonths"] = months,
            ["Input.WarnDays"] = warn,
        };

    [Fact]
    public async Task A_platform_admin_sees_the_settings_figures_saves_new_ones_and_bad_figures_change_nothing()
    {
        var (admin, browser) = await PlatformAdminAsync();
        var before = Html.Parse(await browser.GetPageAsync(Page));
        Assert.Contains("Nobody has saved figures here yet", before.Text("main"));
        Assert.Equal("£5,000.00 per child per financial year", before.SummaryRows()["Therapy limit"]);
        Assert.Equal("5000.00", before.Value("#Input_TherapyLimit"));

        // Each wrong figure gets its own message, and nothing is saved.
        foreach (var (form, message) in new (Dictionary<string, string>, string)[]
                 {
                     (Figures(therapy: "-1"), "The therapy limit must be £0 or more"),
                     (Figures(assessment: "1000000.01"), "The specialist assessment limit must be £1,000,000.00 or less"),
                     (Figures(share: "101"), "The match share must be between 0 and 100 percent"),
                     (Figures(months: "0"), "The application window must be between 1 and 12 months"),
                     (Figures(months: "13"), "The application window must be between 1 and 12 months"),
                     (Figures(warn: "91"), "The warning must be between 0 and 90 days"),
                     (Figures(ceiling: "6000.01"), "The match ceiling must be no more than the therapy limit (£6,000.00)"),
                     (Figures(therapy: "lots"), "Enter the therapy limit in pounds, like 5000 or 5000.00"),
                 })
        {
            var refused = await browser.PostFormAsync(Page, form, tokenFrom: Page);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(message, Html.Parse(await refused.Content.ReadAsStringAsync()).Errors());
            Assert.False(await app.WithDbAsync(db => db.FundingSettings.AnyAsync()));
        }
        var several = Html.Parse(await (await browser.PostFormAsync(Page, Figures(therapy: "-5", share: "200", warn: "-1"), tokenFrom: Page)).Content.ReadAsStringAsync());
        Assert.Equal(3, several.Errors().Count);

        var saved = await browser.PostFormAsync(Page, Figures(therapy: "£6,000"), tokenFrom: Page);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var row = await app.WithDbAsync(db => db.FundingSettings.AsNoTracking().SingleAsync());
        Assert.Equal((6000m, 2750.50m, 50, 4000m, 4, 21, admin.Id), (row.AsgsfTherapyLimit, row.AsgsfAssessmentLimit, row.MatchSharePercent, row.MatchCeiling, row.ApplicationWindowMonths, row.WarnDaysBefore, row.UpdatedByUserId));
        var entry = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "funding-figures"));
        Assert.Equal(admin.Id, entry.ActorUserId);
        Assert.Contains("therapy limit 5000 → 6000", entry.Reason);

        var after = Html.Parse(await browser.GetPageAsync(Page));
        Assert.Equal("£6,000.00 per child per financial year", after.SummaryRows()["Therapy limit"]);
        Assert.DoesNotContain("Nobody has saved figures here yet", after.Text("main"));

        // The saved figures are the ones in force, and a second save updates the one row.
        await browser.PostFormAsync(Page, Figures(months: "3", warn: "14"), tokenFrom: Page);
        var current = await app.WithScopeResultAsync(sp => FundingFigures.CurrentAsync(
            sp.GetRequiredService<AlongsideDbContext>(), sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<FundingOptions>>()));
        Assert.Equal(new FundingFigures(6000m, 2750.50m, 50, 4000m, 3, 14), current);
        Assert.Equal(1, await app.WithDbAsync(db => db.FundingSettings.CountAsync()));
    }

    [Fact]
    public async Task An_organisation_admin_cannot_see_or_change_the_figures()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.CreateStaffAsync(org, Role.Admin);
        var browser = app.NewBrowser();
        await browser.SignInAsync(admin);
        // Refused as the app refuses anyone a page is not for: sent to "access denied".
        Assert.StartsWith("/account/access-denied", Browser.Location(await browser.GetAsync(Page)));
        var post = await browser.PostFormAsync(Page, Figures(therapy: "1", ceiling: "1"), tokenFrom: "/admin/invitations");
        Assert.StartsWith("/account/access-denied", Browser.Location(post));
        Assert.False(await app.WithDbAsync(db => db.FundingSettings.AnyAsync(s => s.AsgsfTherapyLimit == 1m)));
    }
}

public sealed class FundingSettingsTestsOnSqlite(SqliteApp app) : FundingSettingsTests<SqliteApp>(app);

public sealed class FundingSettingsTestsOnPostgres(PostgresApp app) : FundingSettingsTests<PostgresApp>(app);
