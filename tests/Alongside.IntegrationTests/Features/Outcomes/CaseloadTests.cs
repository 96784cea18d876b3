using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Outcomes;

public abstract class CaseloadTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private async Task<(Guid Id, string Name)> FamilyAsync(Organisation org, Person clinician)
    {
        var (_, familyId) = await app.CreateParentAsync(workedWithBy: org);
        await app.JoinCareTeamAsync(familyId, clinician, org);
        return (familyId, await app.WithDbAsync(db => db.Families.Where(f => f.Id == familyId).Select(f => f.Name).SingleAsync()));
    }

    private MeasureResponse Phq9(Guid familyId, Guid by, decimal total, int daysAgo) => new()
    {
        FamilyId = familyId,
        InstrumentId = "phq-9",
        InstrumentVersion = 1,
        AnsweredByUserId = by,
        AnsweredAt = app.Now.AddDays(-daysAgo),
        Total = total,
    };

    [Fact]
    public async Task A_clinician_finds_the_family_getting_worse_first_then_the_overdue_one_and_nobody_elses()
    {
        var org = await app.CreateOrganisationAsync();
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        var steady = await FamilyAsync(org, clinician);
        var worse = await FamilyAsync(org, clinician);
        var overdue = await FamilyAsync(org, clinician);
        var notMine = await FamilyAsync(org, await app.CreateStaffAsync(org, Role.Clinician));
        await app.WithDbAsync(db =>
        {
            // Steady: 12 then 10 (2 points, within PHQ-9's margin of 6). Worse: 4 then 12 (8 points, and into the clinical range).
            db.MeasureResponses.AddRange(Phq9(steady.Id, clinician.Id, 12, 40), Phq9(steady.Id, clinician.Id, 10, 5));
            db.MeasureResponses.AddRange(Phq9(worse.Id, clinician.Id, 4, 40), Phq9(worse.Id, clinician.Id, 12, 5));
            db.MeasureResponses.AddRange(Phq9(notMine.Id, clinician.Id, 3, 40), Phq9(notMine.Id, clinician.Id, 20, 5));
            db.MeasuresDue.Add(new MeasureDue { FamilyId = overdue.Id, InstrumentId = "goals", Point = "late", Reason = "Start", DueAt = app.Now.AddDays(-30), CreatedAt = app.Now.AddDays(-30) });
            db.MeasuresDue.Add(new MeasureDue { FamilyId = steady.Id, InstrumentId = "goals", Point = "recent", Reason = "Start", DueAt = app.Now.AddDays(-1), CreatedAt = app.Now.AddDays(-1) });
            return db.SaveChangesAsync();
        });

        var staff = app.NewBrowser();
        await staff.SignInAsync(clinician);
        var page = Html.Parse(await staff.GetPageAsync("/staff/caseload"));
        var rows = page.TableRows();
        Assert.Equal(3, rows.Count);
        Assert.Equal([worse.Name, overdue.Name, steady.Name], rows.Select(r => r[0].Replace("Family ", "", StringComparison.Ordinal).Trim()).Select(n => "Family " + n).ToList());
        Assert.Contains("Reliably worse", rows[0][1]);
        Assert.Contains("Now in the clinical range", rows[0][1]);
        Assert.Contains("PHQ-9: 12 (Moderate), +8 since the first", rows[0][1]);
        Assert.Contains("1 overdue", rows[1][2]);
        Assert.Contains("Nothing now", rows[2][2]);
        Assert.DoesNotContain(notMine.Name, page.Body!.TextContent);

        // Reading the scores is audited, once per family shown.
        Assert.Equal(3, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.ActorUserId == clinician.Id && a.Reason.Contains("caseload"))));
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/staff/caseload?p=-1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/staff/caseload?p=9999")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync("/staff/caseload?p=99999999999")).StatusCode); // not a page number: refused where bound
    }
}

public sealed class CaseloadTestsOnSqlite(SqliteApp app) : CaseloadTests<SqliteApp>(app);

public sealed class CaseloadTestsOnPostgres(PostgresApp app) : CaseloadTests<PostgresApp>(app);
