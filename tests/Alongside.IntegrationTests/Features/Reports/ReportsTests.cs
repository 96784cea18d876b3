using System.Globalization;
using System.Net;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Kernel.Reports;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Reports;

/// <summary>
/// Reports on real data: a commissioner reads only the families it commissions or that live in
/// its area, never a row about one family, with small numbers hidden alike on the page and in
/// the CSV (including the subtraction case); everyone else gets 404; bad filters get a message.
/// </summary>
public abstract class ReportsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private const string Area = "E08000003";

    private sealed record World(Organisation Provider, Organisation Council, Person Commissioner, Person ProviderAdmin, Person OtherCommissioner, Organisation OtherProvider);

    /// <summary>
    /// The provider has 32 referrals this year: the council commissions 8 (2 self-referred, 6 from
    /// professionals), 4 more live in its area (professionals), and another commissioner pays for 20.
    /// The council's 12 families had 12 sessions attended and 3 missed; the others 20 attended.
    /// </summary>
    private async Task<World> WorldAsync()
    {
        var provider = await app.CreateOrganisationAsync();
        var otherProvider = await app.CreateOrganisationAsync();
        var council = await app.CreateOrganisationAsync(OrganisationKind.LocalAuthority);
        var other = await app.CreateOrganisationAsync(OrganisationKind.NhsService);
        var clinician = await app.CreateStaffAsync(provider, Role.Clinician);
        await app.WithDbAsync(async db =>
        {
            await db.Organisations.Where(o => o.Id == council.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.OnsCode, Area));
            db.Commissions.Add(new Commission { CommissionerOrganisationId = council.Id, ProviderOrganisationId = provider.Id, StartsOn = new DateOnly(2020, 4, 1), CreatedAt = app.Now });
            var when = app.Now.AddDays(-10);
            var n = 0;
            void AddFamily(ReferralSource source, Guid? commissioner, string? area, int attended, int missed)
            {
                var family = new Alongside.Web.Kernel.Families.Family { Name = $"Household{n++:00}Q", CreatedAt = when };
                var child = new Child { FirstName = "Zebedee", DateOfBirth = new DateOnly(2016, 1, 1) };
                family.Children.Add(child);
                db.Families.Add(family);
                db.Referrals.Add(new Referral
                {
                    OrganisationId = provider.Id,
                    FamilyId = family.Id,
                    ChildId = child.Id,
                    Source = source,
                    SubmittedByUserId = clinician.Id,
                    WhatIsHappening = "Sleep",
                    WhatHasBeenTried = "Routines",
                    Hopes = "Calm",
                    FundingRoute = FundingRoute.Commissioned,
                    CommissionerOrganisationId = commissioner,
                    LocalAuthorityCode = area,
                    SubmittedAt = when,
                    Status = ReferralStatus.Accepted,
                    DecidedAt = when.AddDays(3),
                });
                for (var i = 0; i < attended + missed; i++)
                {
                    var start = when.AddHours(1 + i + (2 * n));
                    db.Sessions.Add(new Session
                    {
                        FamilyId = family.Id,
                        ClinicianUserId = clinician.Id,
                        OrganisationId = provider.Id,
                        Kind = SessionKind.Coaching,
                        StartsAt = start,
                        EndsAt = start.AddHours(1),
                        Mode = DeliveryMode.Online,
                        Status = i < attended ? SessionStatus.Attended : SessionStatus.DidNotAttend,
                        BookedByUserId = clinician.Id,
                        CreatedAt = when,
                    });
                }
            }
            for (var i = 0; i < 8; i++) AddFamily(i < 2 ? ReferralSource.Self : ReferralSource.Professional, council.Id, null, 1, i < 3 ? 1 : 0);
            for (var i = 0; i < 4; i++) AddFamily(ReferralSource.Professional, null, Area, 1, 0);
            for (var i = 0; i < 20; i++) AddFamily(ReferralSource.Professional, other.Id, "E06000001", 1, 0);
            return await db.SaveChangesAsync();
        });
        return new World(provider, council, await app.CreateStaffAsync(council, Role.Commissioner), await app.CreateStaffAsync(provider, Role.Admin),
            await app.CreateStaffAsync(other, Role.Commissioner), otherProvider);
    }

    private async Task<HttpClient> AsAsync(Person person)
    {
        var browser = app.NewBrowser();
        await browser.SignInAsync(person);
        return browser;
    }

    private static async Task<List<string[]>> CsvAsync(HttpClient browser, string url)
    {
        var response = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StringReader(await response.Content.ReadAsStringAsync());
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        var lines = new List<string[]>();
        while (await csv.ReadAsync()) lines.Add(csv.Record!);
        return lines;
    }

    private static string Cell(List<string[]> csv, string table, string row) =>
        csv.Single(l => l[1] == table && l[2] == row)[3];

    [Fact]
    public async Task A_commissioner_reads_only_its_families_with_small_numbers_hidden_and_no_subtraction_giving_them_away()
    {
        var w = await WorldAsync();
        var browser = await AsAsync(w.Commissioner);

        var csv = await CsvAsync(browser, $"/reports/{w.Provider.Id}?handler=Csv");

        // 12 families: the 8 it commissions and the 4 in its area; the other commissioner's 20 are not counted.
        Assert.Equal("12", Cell(csv, "Referrals by source", "Total"));
        Assert.Equal("12", Cell(csv, "Referrals by funding route", "Commissioned"));
        // 2 self-referrals are hidden; the 10 from professionals would give them away (12 − 10), so they hide too.
        Assert.Equal("fewer than 5", Cell(csv, "Referrals by source", "The family (self-referral)"));
        Assert.Equal("fewer than 5", Cell(csv, "Referrals by source", "A professional"));
        // 3 missed sessions are hidden, and so the 12 attended (15 − 12 = 3); the attended-by-type table, whose total is that hidden 12, hides its total too.
        Assert.Equal("15", Cell(csv, "What happened to each session", "Total"));
        Assert.Equal("fewer than 5", Cell(csv, "What happened to each session", "Did not attend"));
        Assert.Equal("fewer than 5", Cell(csv, "What happened to each session", "Attended"));
        Assert.Equal("fewer than 5", Cell(csv, "Sessions attended, by type", "Total"));
        Assert.Equal("fewer than 5", Cell(csv, "Sessions attended, by type", "Coaching"));
        Assert.Equal(Suppression.FigureHiddenText, Cell(csv, "Attended, of sessions that were due to go ahead", ""));
        // No value from 1 to 4 anywhere, and nothing that names a family or child.
        Assert.DoesNotContain(csv.Skip(2), l => l[3] is "1" or "2" or "3" or "4");
        var page = await browser.GetPageAsync($"/reports/{w.Provider.Id}");
        foreach (var text in new[] { csv.SelectMany(l => l).ToArray(), [page] })
        {
            Assert.DoesNotContain(text, t => t.Contains("Household", StringComparison.Ordinal) || t.Contains("Zebedee", StringComparison.Ordinal));
        }
        Assert.Contains("fewer than 5", page, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"Referrals by source\"", page, StringComparison.Ordinal);

        // The provider's own admin sees all 32 families and 35 sessions, under the same rules:
        // the 3 missed sessions still hide, and with them the 32 attended.
        var own = await CsvAsync(await AsAsync(w.ProviderAdmin), $"/reports/{w.Provider.Id}?handler=Csv");
        Assert.Equal("32", Cell(own, "Referrals by source", "Total"));
        Assert.Equal("32", Cell(own, "Referrals by funding route", "Commissioned"));
        Assert.Equal("0", Cell(own, "Referrals by funding route", "ASGSF"));
        Assert.Equal("35", Cell(own, "What happened to each session", "Total"));
        Assert.Equal("fewer than 5", Cell(own, "What happened to each session", "Attended"));
    }

    [Fact]
    public async Task No_one_else_reads_a_report_and_an_ended_commission_closes_it()
    {
        var w = await WorldAsync();
        var commissioner = await AsAsync(w.Commissioner);
        await commissioner.GetPageAsync($"/reports/{w.OtherProvider.Id}", HttpStatusCode.NotFound);
        await commissioner.GetPageAsync($"/reports/{w.OtherProvider.Id}?handler=Csv", HttpStatusCode.NotFound);
        var other = await AsAsync(w.OtherCommissioner);
        await other.GetPageAsync($"/reports/{w.Provider.Id}", HttpStatusCode.NotFound);
        var elsewhere = await AsAsync(await app.CreateStaffAsync(w.OtherProvider, Role.Admin));
        await elsewhere.GetPageAsync($"/reports/{w.Provider.Id}?handler=Csv", HttpStatusCode.NotFound);

        var listed = await commissioner.GetPageAsync("/reports");
        Assert.Contains(w.Provider.Name, listed, StringComparison.Ordinal);

        var yesterday = UkTime.DateOf(app.Now).AddDays(-1);
        await app.WithDbAsync(db => db.Commissions.Where(c => c.CommissionerOrganisationId == w.Council.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.EndsOn, yesterday)));
        await commissioner.GetPageAsync($"/reports/{w.Provider.Id}", HttpStatusCode.NotFound);
        Assert.DoesNotContain(w.Provider.Name, await commissioner.GetPageAsync("/reports"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=2026-06-01&to=2026-05-01", "The end of the period must be the same as or after its start")]
    [InlineData("from=9999-01-01", "The start of the period must be between")]
    [InlineData("to=not-a-date", "Check this answer")]
    [InlineData("funding=Lottery", "Check this answer")]
    [InlineData("service=4a1a0f2e-53c1-4bd6-9d3c-1c3c8b2a9a77", "Choose one of the services listed")]
    [InlineData("la=W99999999", "Choose one of the local authorities listed")]
    public async Task Bad_filters_get_a_message_and_no_figures(string query, string message)
    {
        var w = await WorldAsync();
        var browser = await AsAsync(w.Commissioner);

        foreach (var url in new[] { $"/reports/{w.Provider.Id}?{query}", $"/reports/{w.Provider.Id}?handler=Csv&{query}" })
        {
            var page = await browser.GetPageAsync(url);
            Assert.Contains(message, page, StringComparison.Ordinal);
            Assert.DoesNotContain("data-chart", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Filters_narrow_the_report_to_an_area()
    {
        var w = await WorldAsync();
        var own = await AsAsync(w.ProviderAdmin);

        var csv = await CsvAsync(own, $"/reports/{w.Provider.Id}?handler=Csv&la=E06000001");

        Assert.Equal("20", Cell(csv, "Referrals by source", "Total"));
        Assert.Equal("20", Cell(csv, "What happened to each session", "Attended"));
    }
}

public sealed class ReportsTestsOnSqlite(SqliteApp app) : ReportsTests<SqliteApp>(app);

public sealed class ReportsTestsOnPostgres(PostgresApp app) : ReportsTests<PostgresApp>(app);
