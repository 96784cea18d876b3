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

    /// <summary>
    /// Six families the council commissions, each with a plan in force, worked by hand (period:
    /// the last 30 days). Families 1 to 5: 6 coaching sessions for £1,000.00, one attended 40
    /// days ago, then in the period one attended, one missed and one cancelled late (delivered),
    /// one cancelled in time and one by the service (free), and one booked next week: delivered
    /// to date 4 sessions, £666.67; in the period 3, £500.00; booked £833.33 − £666.67 = £166.66;
    /// remaining £166.67. Family 6: version 2 of its plan (4 coaching sessions, £800.00) counts the
    /// session attended 40 days ago under version 1 (£200.00) and one attended in the period
    /// (£200.00); an assessment for £450.50 recorded delivered 10 days ago. Not counted: version
    /// 1's own line, a plan ended before the period, and the other commissioner's family.
    /// Family 2 also has an ASGSF line: one family, so hidden, and so is the all-routes total.
    /// </summary>
    private async Task<World> SpendWorldAsync()
    {
        var w = await WorldAsync();
        var clinician = await app.CreateStaffAsync(w.Provider, Role.Clinician);
        var other = await app.CreateOrganisationAsync(OrganisationKind.NhsService);
        var now = app.Now;
        var today = UkTime.DateOf(now);
        await app.WithDbAsync(async db =>
        {
            var n = 0;
            (Guid Family, Guid Child) AddFamily(Guid commissioner, string? area)
            {
                var family = new Alongside.Web.Kernel.Families.Family { Name = $"Spender{n:00}Q", CreatedAt = now.AddDays(-90) };
                var child = new Child { FirstName = "Ottoline", DateOfBirth = new DateOnly(2015, 1, 1) };
                family.Children.Add(child);
                db.Families.Add(family);
                db.Referrals.Add(new Referral
                {
                    OrganisationId = w.Provider.Id,
                    FamilyId = family.Id,
                    ChildId = child.Id,
                    Source = ReferralSource.Professional,
                    SubmittedByUserId = clinician.Id,
                    WhatIsHappening = "Sleep",
                    WhatHasBeenTried = "Routines",
                    Hopes = "Calm",
                    FundingRoute = FundingRoute.Commissioned,
                    CommissionerOrganisationId = commissioner,
                    LocalAuthorityCode = area,
                    SubmittedAt = now.AddDays(-90),
                    Status = ReferralStatus.Accepted,
                    DecidedAt = now.AddDays(-85),
                });
                return (family.Id, child.Id);
            }
            SupportPlan Plan((Guid Family, Guid Child) f, int startDaysAgo, PlanStatus status = PlanStatus.Agreed, Guid? previous = null)
            {
                var plan = new SupportPlan
                {
                    FamilyId = f.Family,
                    ChildId = f.Child,
                    OrganisationId = w.Provider.Id,
                    Status = status,
                    PreviousVersionId = previous,
                    StartDate = today.AddDays(-startDaysAgo),
                    ReviewDate = today.AddDays(90),
                    CreatedByUserId = clinician.Id,
                    CreatedAt = now.AddDays(-startDaysAgo),
                };
                db.SupportPlans.Add(plan);
                return plan;
            }
            PlanItem Item(SupportPlan plan, PlanItemKind kind, int? sessions, decimal cost, FundingRoute funding = FundingRoute.Commissioned, DateOnly? deliveredOn = null)
            {
                var item = new PlanItem { Kind = kind, Sessions = sessions, Cost = cost, Funding = funding, DeliveredOn = deliveredOn };
                plan.Items.Add(item);
                return item;
            }
            void Session(Guid family, PlanItem item, double daysFromNow, SessionStatus status, bool late = false)
            {
                var start = now.AddDays(daysFromNow).AddHours(n);
                db.Sessions.Add(new Session
                {
                    FamilyId = family,
                    ClinicianUserId = clinician.Id,
                    OrganisationId = w.Provider.Id,
                    PlanItemId = item.Id,
                    Kind = SessionKind.Coaching,
                    StartsAt = start,
                    EndsAt = start.AddHours(1),
                    Mode = DeliveryMode.Online,
                    Status = status,
                    LateCancellation = late,
                    BookedByUserId = clinician.Id,
                    CreatedAt = now.AddDays(-60),
                });
            }

            for (n = 1; n <= 5; n++)
            {
                var f = AddFamily(w.Council.Id, n <= 3 ? Area : null);
                var plan = Plan(f, 60);
                var coaching = Item(plan, PlanItemKind.CoachingSessions, 6, 1000m);
                Session(f.Family, coaching, -40, SessionStatus.Attended);
                Session(f.Family, coaching, -5, SessionStatus.Attended);
                Session(f.Family, coaching, -4, SessionStatus.DidNotAttend);
                Session(f.Family, coaching, -3, SessionStatus.CancelledByFamily, late: true);
                Session(f.Family, coaching, -2, SessionStatus.CancelledByFamily);
                Session(f.Family, coaching, -1, SessionStatus.CancelledByService);
                Session(f.Family, coaching, 7, SessionStatus.Booked);
                if (n == 1)
                {
                    var ended = Plan(f, 100, PlanStatus.Ended);
                    ended.EndedAt = now.AddDays(-50);
                    Session(f.Family, Item(ended, PlanItemKind.DirectTherapy, 2, 999m), -70, SessionStatus.Attended);
                }
                if (n == 2) Item(plan, PlanItemKind.DirectTherapy, 2, 300m, FundingRoute.Asgsf);
            }
            var sixth = AddFamily(w.Council.Id, null);
            var first = Plan(sixth, 60, PlanStatus.Superseded);
            Session(sixth.Family, Item(first, PlanItemKind.CoachingSessions, 2, 400m), -40, SessionStatus.Attended);
            var second = Plan(sixth, 20, previous: first.Id);
            Session(sixth.Family, Item(second, PlanItemKind.CoachingSessions, 4, 800m), -5, SessionStatus.Attended);
            Item(second, PlanItemKind.SpecialistAssessment, null, 450.50m, deliveredOn: today.AddDays(-10));

            n = 7;
            var elsewhere = AddFamily(other.Id, null);
            Item(Plan(elsewhere, 30), PlanItemKind.CoachingSessions, 2, 12345.67m);
            return await db.SaveChangesAsync();
        });
        return w;
    }

    [Fact]
    public async Task A_commissioner_reads_the_money_of_its_families_plans_worked_by_hand_and_hidden_under_5_families()
    {
        var w = await SpendWorldAsync();
        var browser = await AsAsync(w.Commissioner);
        var today = UkTime.DateOf(app.Now);
        var period = $"from={today.AddDays(-30):yyyy-MM-dd}&to={today:yyyy-MM-dd}";

        var csv = await CsvAsync(browser, $"/reports/{w.Provider.Id}?handler=Csv&{period}");

        // 7 commissioned lines (5 coaching, family 6's coaching and assessment) and 1 ASGSF line.
        Assert.Equal("8", Cell(csv, "Lines of support plans in force in the period, by funding route", "Total"));
        Assert.Equal("fewer than 5", Cell(csv, "Lines of support plans in force in the period, by funding route", "ASGSF"));
        Assert.Equal("0", Cell(csv, "Lines of support plans in force in the period, by funding route", "Paid by the family"));
        Assert.StartsWith("A line is one funded item", Cell(csv, "Lines of support plans in force in the period, by funding route", "Note"), StringComparison.Ordinal);
        // 5 × £1,000.00 + £800.00 + £450.50; 5 × £500.00 + £200.00 + £450.50; 5 × £666.67 + £400.00 + £450.50; 5 × £166.66; 5 × £166.67 + £400.00.
        Assert.Equal("£6,250.50", Cell(csv, "Commissioned: approved", ""));
        Assert.Equal("£3,150.50", Cell(csv, "Commissioned: delivered in the period", ""));
        Assert.Equal("£4,183.85", Cell(csv, "Commissioned: delivered to date", ""));
        Assert.Equal("£833.30", Cell(csv, "Commissioned: booked, not yet delivered", ""));
        Assert.Equal("£1,233.35", Cell(csv, "Commissioned: remaining", ""));
        // One family's ASGSF money is hidden, and the all-routes total with it (it would give £300.00 away).
        Assert.Equal(Suppression.FigureHiddenText, Cell(csv, "ASGSF: approved", ""));
        Assert.DoesNotContain(csv, l => l[1].StartsWith("All funding routes", StringComparison.Ordinal));
        Assert.DoesNotContain(csv, l => l[3].Contains("300", StringComparison.Ordinal) || l[3].Contains("12,345", StringComparison.Ordinal) || l[3].Contains("999", StringComparison.Ordinal));

        var page = await browser.GetPageAsync($"/reports/{w.Provider.Id}?{period}");
        Assert.Contains("Funded support", page, StringComparison.Ordinal);
        Assert.Contains("£6,250.50", page, StringComparison.Ordinal);
        Assert.Contains("£1,233.35", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Spender", page, StringComparison.Ordinal);

        // Only the 3 families in the council's own area: too few, so no money shows, on the page or in the CSV.
        var few = await CsvAsync(browser, $"/reports/{w.Provider.Id}?handler=Csv&{period}&la={Area}");
        foreach (var figure in new[] { "approved", "delivered in the period", "delivered to date", "booked, not yet delivered", "remaining" })
        {
            Assert.Equal(Suppression.FigureHiddenText, Cell(few, $"Commissioned: {figure}", ""));
        }
        Assert.DoesNotContain(few, l => l[3].Contains('£', StringComparison.Ordinal));
        Assert.Equal("fewer than 5", Cell(few, "Lines of support plans in force in the period, by funding route", "Commissioned"));
        var fewPage = await browser.GetPageAsync($"/reports/{w.Provider.Id}?{period}&la={Area}");
        Assert.Contains(Suppression.FigureHiddenText, fewPage, StringComparison.Ordinal);
        Assert.DoesNotContain("£", fewPage, StringComparison.Ordinal);
    }
}

public sealed class ReportsTestsOnSqlite(SqliteApp app) : ReportsTests<SqliteApp>(app);

public sealed class ReportsTestsOnPostgres(PostgresApp app) : ReportsTests<PostgresApp>(app);
