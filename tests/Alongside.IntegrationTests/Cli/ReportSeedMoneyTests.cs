using Alongside.IntegrationTests.Support;
using Alongside.Web.Cli;
using Alongside.Web.Features.Sessions;
using Alongside.Web.Kernel.Care;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Cli;

/// <summary>
/// `seed --reports N` funds its plans as a service would, so the report's money reads what it
/// would read at that size: every plan has a sessions line its sessions are charged to (of their kind), with the
/// number used kept as booking keeps it, and every course place is charged to a course line.
/// </summary>
public sealed class ReportSeedMoneyTests(SqliteApp app) : IClassFixture<SqliteApp>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        _ = app.Server;
        await DemoSeed.SeedAsync(app.Services);
        await ReportBenchmarkSeed.AddAsync(app.Services, 200);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static readonly PlanItemKind[] SessionLines = [PlanItemKind.ParentingSupportSessions, PlanItemKind.CoachingSessions, PlanItemKind.DirectTherapy];

    [Fact]
    public async Task Every_seeded_plan_is_funded_and_its_sessions_and_places_are_charged_to_its_lines()
    {
        var seeded = await app.WithDbAsync(db => db.SupportPlans.Where(p => db.Families.Any(f => f.Id == p.FamilyId && f.Name.StartsWith("Report family"))).Select(p => new
        {
            Lines = db.PlanItems.Count(i => i.PlanId == p.Id && SessionLines.Contains(i.Kind)),
            Sessions = db.Sessions.Count(s => s.FamilyId == p.FamilyId),
            Charged = db.Sessions.Count(s => s.FamilyId == p.FamilyId && db.PlanItems.Any(i => i.Id == s.PlanItemId && i.PlanId == p.Id)),
        }).ToListAsync());
        Assert.NotEmpty(seeded);
        Assert.All(seeded, p => Assert.Equal((1, p.Sessions), (p.Lines, p.Charged)));

        // Used is what booking keeps: sessions still to happen or delivered, never more than approved.
        var lines = await app.WithDbAsync(db => db.PlanItems.Where(i => SessionLines.Contains(i.Kind) && db.SupportPlans.Any(p => p.Id == i.PlanId
                && db.Families.Any(f => f.Id == p.FamilyId && f.Name.StartsWith("Report family"))))
            .Select(i => new { i.Kind, i.Sessions, i.SessionsUsed, i.Cost, Charged = db.Sessions.Where(s => s.PlanItemId == i.Id).Select(s => new { s.Kind, s.Status, s.LateCancellation }).ToList() })
            .ToListAsync());
        Assert.Equal(seeded.Count, lines.Count);
        Assert.Equal(SessionLines.Order(), lines.Select(l => l.Kind).Distinct().Order());
        Assert.All(lines, l =>
        {
            // Charged as booking charges a session: to a line of its own kind.
            Assert.All(l.Charged, s => Assert.Equal(l.Kind, SessionKinds.PlanItem(s.Kind)));
            Assert.Equal(l.Charged.Count(s => PlanSpend.Committed(s.Status) || PlanSpend.Delivered(s.Status, s.LateCancellation)), l.SessionsUsed);
            Assert.InRange(l.SessionsUsed, 0, l.Sessions!.Value);
            Assert.Equal(l.Sessions.Value * 95m, l.Cost);
        });

        var places = await app.WithDbAsync(db => db.CoursePlaces.Where(c => db.Families.Any(f => f.Id == c.FamilyId && f.Name.StartsWith("Report family")))
            .Select(c => new
            {
                c.CohortId,
                Kind = db.PlanItems.Where(i => i.Id == c.PlanItemId).Select(i => (PlanItemKind?)i.Kind).FirstOrDefault(),
                ItemCohort = db.PlanItems.Where(i => i.Id == c.PlanItemId).Select(i => i.CohortId).FirstOrDefault(),
            }).ToListAsync());
        Assert.NotEmpty(places);
        Assert.All(places, p => Assert.Equal((PlanItemKind.GroupCourse, p.CohortId), (p.Kind, p.ItemCohort)));
        Assert.True(await app.WithDbAsync(db => db.PlanItems.AnyAsync(i => i.Kind == PlanItemKind.SpecialistAssessment && i.DeliveredOn != null)), "no assessment delivered");
    }
}
