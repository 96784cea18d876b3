using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Reports;
using Alongside.Web.Kernel.Reports;
using Alongside.Web.Kernel.Reports.Tallies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alongside.IntegrationTests.Features.Reports;

/// <summary>
/// The sessions and feedback parts of a report read closed months from their tallies: for every
/// filter and a commissioner's view they give exactly what counting the records gives, and each
/// kind of change (a session's outcome, new feedback, a referral's funding route) is counted
/// from the records until the month is built again.
/// </summary>
public abstract class ReportTalliesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private const string Area = "E09000033";

    private sealed record World(Guid Provider, Guid Council, Guid Service, DateOnly From, DateOnly To, List<Guid> Sessions, Guid Clinician);

    /// <summary>
    /// 12 families at one provider, each with a referral of its own kind (the council commissions 4,
    /// 3 more live in its area, the rest are ASGSF or paid for by themselves, half for one service),
    /// with 4 sessions a month over the last three months and this one, of every outcome, and
    /// feedback on every third session.
    /// </summary>
    private async Task<World> WorldAsync()
    {
        var provider = await app.CreateOrganisationAsync();
        var council = await app.CreateOrganisationAsync(OrganisationKind.LocalAuthority);
        var clinician = await app.CreateStaffAsync(provider, Role.Clinician);
        var thisMonth = TallyMarker.MonthOf(app.Now);
        var sessions = new List<Guid>();
        var serviceId = Guid.Empty;
        await app.WithDbAsync(async db =>
        {
            await db.Organisations.Where(o => o.Id == council.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.OnsCode, Area));
            db.Commissions.Add(new Commission { CommissionerOrganisationId = council.Id, ProviderOrganisationId = provider.Id, StartsOn = new DateOnly(2020, 4, 1), CreatedAt = app.Now });
            var service = new Service { OrganisationId = provider.Id, Name = "Therapy", CreatedAt = app.Now };
            db.Services.Add(service);
            serviceId = service.Id;
            var statuses = new[] { SessionStatus.Attended, SessionStatus.DidNotAttend, SessionStatus.CancelledByFamily, SessionStatus.Attended, SessionStatus.Booked, SessionStatus.CancelledByService };
            for (var f = 0; f < 12; f++)
            {
                var family = new Alongside.Web.Kernel.Families.Family { Name = $"Tally{f:00}", CreatedAt = app.Now.AddYears(-1) };
                var child = new Child { FirstName = "Ottoline", DateOfBirth = new DateOnly(2015, 1, 1) };
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
                    FundingRoute = f < 4 ? FundingRoute.Commissioned : f < 8 ? FundingRoute.Asgsf : FundingRoute.SelfFunded,
                    CommissionerOrganisationId = f < 4 ? council.Id : null,
                    LocalAuthorityCode = f is >= 4 and < 7 ? Area : "E08000025",
                    ServiceId = f % 2 == 0 ? service.Id : null,
                    SubmittedAt = app.Now.AddYears(-1),
                    Status = ReferralStatus.Accepted,
                    DecidedAt = app.Now.AddYears(-1),
                });
                for (var m = -3; m <= 0; m++)
                {
                    for (var i = 0; i < 4; i++)
                    {
                        var start = UkTime.StartOfDay(thisMonth.AddMonths(m)).AddDays(f + (i * 6)).AddHours(9 + (f % 5));
                        if (start > app.Now.AddDays(20)) continue;
                        var status = statuses[(f + i + m + 3) % statuses.Length];
                        var session = new Session
                        {
                            FamilyId = family.Id,
                            ClinicianUserId = clinician.Id,
                            OrganisationId = provider.Id,
                            Kind = (f + i) % 3 == 0 ? SessionKind.Consultation : SessionKind.Coaching,
                            StartsAt = start,
                            EndsAt = start.AddHours(1),
                            Mode = i % 2 == 0 ? DeliveryMode.Online : DeliveryMode.FaceToFace,
                            Status = status,
                            LateCancellation = status == SessionStatus.CancelledByFamily && i % 2 == 1,
                            BookedByUserId = clinician.Id,
                            CreatedAt = app.Now.AddYears(-1),
                        };
                        db.Sessions.Add(session);
                        sessions.Add(session.Id);
                        if (status == SessionStatus.Attended && start < app.Now && (f + i) % 3 != 1)
                        {
                            db.MeasureResponses.Add(Feedback(session, clinician.Id, start.AddHours(3), (f + i) % 5, f * i % 5));
                        }
                    }
                }
            }
            return await db.SaveChangesAsync();
        });
        return new World(provider.Id, council.Id, serviceId, thisMonth.AddMonths(-3).AddDays(9), UkTime.DateOf(app.Now), sessions, clinician.Id);
    }

    /// <summary>Session feedback with a rating for each question in turn, from the first.</summary>
    private static MeasureResponse Feedback(Session session, Guid by, DateTimeOffset at, params int[] ratings)
    {
        var response = new MeasureResponse
        {
            FamilyId = session.FamilyId,
            SessionId = session.Id,
            InstrumentId = MeasureSchedule.SessionFeedback,
            InstrumentVersion = 1,
            AnsweredByUserId = by,
            AnsweredAt = at,
            Total = 3,
        };
        response.Answers.AddRange(ratings.Select((value, i) => new MeasureAnswer { Item = i + 1, Value = value }));
        return response;
    }

    private Task<int> BuildAsync() => ActivatorUtilities.CreateInstance<TallyBuilder>(app.Services).RunOnceAsync(1000);

    /// <summary>The scopes checked: the whole service, each filter, and the council's view.</summary>
    private static IEnumerable<ReportScope> Scopes(World w) =>
    [
        new(w.Provider, w.From, w.To),
        new(w.Provider, w.From, w.To, Funding: FundingRoute.Asgsf),
        new(w.Provider, w.From, w.To, ServiceId: w.Service),
        new(w.Provider, w.From, w.To, LocalAuthorityCode: Area),
        new(w.Provider, w.From, w.To, Commissioner: new CommissionerScope(w.Council, Area, true, [])),
        new(w.Provider, w.From.AddDays(-9), w.To, Commissioner: new CommissionerScope(w.Council, Area, false, [w.Service])),
    ];

    /// <summary>For each scope: the sessions and feedback parts counted with the tallies, and from the records alone; and how many months the tallies gave.</summary>
    private Task<List<(string Tallied, string Counted, int Months)>> CompareAsync(World w) => app.WithScopeResultAsync(async sp =>
    {
        var db = sp.GetRequiredService<AlongsideDbContext>();
        var sections = sp.GetServices<IReportSection>().Where(s => s is SessionsSection or FeedbackSection).ToList();
        var results = new List<(string, string, int)>();
        foreach (var plain in Scopes(w))
        {
            var scope = await plain.WithFamiliesAsync(db, default);
            var tallied = await scope.WithTalliesAsync(db, app.Now, default);
            results.Add((await DescribeAsync(sections, db, tallied), await DescribeAsync(sections, db, scope), tallied.Tallies.Months.Count));
        }
        return results;
    });

    private static async Task<string> DescribeAsync(List<IReportSection> sections, AlongsideDbContext db, ReportScope scope)
    {
        var lines = new List<string>();
        foreach (var section in sections)
        {
            var raw = await section.CountAsync(db, scope, default);
            lines.AddRange(raw.Tables.SelectMany(t => t.Rows.Select(r => $"{t.Id} {r.Label} {r.Count}")));
            lines.AddRange(raw.Figures.Select(f => $"{f.Label} {f.Over} {f.Value}"));
        }
        return string.Join("\n", lines);
    }

    private static void AllAgree(List<(string Tallied, string Counted, int Months)> results, int months)
    {
        foreach (var (tallied, counted, used) in results)
        {
            Assert.Equal(counted, tallied);
            Assert.Equal(months, used);
        }
    }

    [Fact]
    public async Task Tallied_months_give_what_the_records_give_for_every_filter_and_each_change_is_counted_before_the_next_build()
    {
        var w = await WorldAsync();
        // Nothing built yet: every month is counted from the records.
        AllAgree(await CompareAsync(w), 0);
        Assert.True(await BuildAsync() >= 3);
        var results = await CompareAsync(w);
        // The council's view from the first of the month three months back uses that month too.
        AllAgree(results[..^1], 2);
        AllAgree(results[^1..], 3);
        Assert.Contains("sessions-attendance Attended", results[0].Counted, StringComparison.Ordinal);
        Assert.Matches(@"average rating [1-9]\d* ", results[0].Counted);

        // The tallies are what is read: a count changed behind the app's back shows in the report.
        var lastMonth = TallyMarker.MonthOf(app.Now).AddMonths(-1);
        await app.WithDbAsync(db => db.SessionTallies.Where(t => t.OrganisationId == w.Provider && t.Month == lastMonth && t.Status == SessionStatus.Attended)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Count, t => t.Count + 100)));
        Assert.NotEqual((await CompareAsync(w))[0].Counted, (await CompareAsync(w))[0].Tallied);
        await app.WithDbAsync(db => db.TalliedMonths.Where(t => t.OrganisationId == w.Provider).ExecuteDeleteAsync());
        await BuildAsync();
        AllAgree((await CompareAsync(w))[..^1], 2);

        // A session's outcome recorded late: that month is counted from the records until built again.
        await app.WithDbAsync(async db =>
        {
            var session = await db.Sessions.Where(s => EF.Parameter(w.Sessions).Contains(s.Id) && s.Status == SessionStatus.Booked
                && s.StartsAt >= UkTime.StartOfDay(lastMonth) && s.StartsAt < UkTime.StartOfDay(lastMonth.AddMonths(1))).FirstAsync();
            session.Status = SessionStatus.Attended;
            return await db.SaveChangesAsync();
        });
        Assert.Equal(1, await app.WithDbAsync(db => db.TallyMarks.CountAsync(m => m.OrganisationId == w.Provider && m.Month == lastMonth)));
        AllAgree((await CompareAsync(w))[..^1], 1);
        await BuildAsync();
        AllAgree((await CompareAsync(w))[..^1], 2);
        // The build took the marks of the months it counted.
        Assert.Equal(0, await app.WithDbAsync(db => db.TallyMarks.CountAsync(m => m.OrganisationId == w.Provider && m.Month <= lastMonth)));

        // A booking in a month not yet over needs no mark: that month is built only once it is over.
        var later = TallyMarker.MonthOf(app.Now).AddMonths(2);
        await app.WithDbAsync(async db =>
        {
            var booked = await db.Sessions.AsNoTracking().FirstAsync(s => EF.Parameter(w.Sessions).Contains(s.Id));
            var start = UkTime.StartOfDay(later).AddDays(3).AddHours(10);
            db.Sessions.Add(new Session
            {
                FamilyId = booked.FamilyId,
                ClinicianUserId = booked.ClinicianUserId,
                OrganisationId = w.Provider,
                Kind = SessionKind.Coaching,
                StartsAt = start,
                EndsAt = start.AddHours(1),
                Mode = DeliveryMode.Online,
                BookedByUserId = booked.ClinicianUserId,
                CreatedAt = app.Now,
            });
            return await db.SaveChangesAsync();
        });
        Assert.Equal(0, await app.WithDbAsync(db => db.TallyMarks.CountAsync(m => m.OrganisationId == w.Provider && m.Month == later)));

        // New feedback on a session two months back.
        var twoBack = lastMonth.AddMonths(-1);
        await app.WithDbAsync(async db =>
        {
            var session = await db.Sessions.Where(s => EF.Parameter(w.Sessions).Contains(s.Id)
                && s.StartsAt >= UkTime.StartOfDay(twoBack) && s.StartsAt < UkTime.StartOfDay(lastMonth)).FirstAsync();
            db.MeasureResponses.Add(Feedback(session, w.Clinician, session.StartsAt.AddHours(1), 4));
            return await db.SaveChangesAsync();
        });
        AllAgree((await CompareAsync(w))[..^1], 1);
        await BuildAsync();

        // A family's funding route changed: it leaves the ASGSF cohort in every month it had sessions.
        await app.WithDbAsync(async db =>
        {
            var referral = await db.Referrals.FirstAsync(r => r.OrganisationId == w.Provider && r.FundingRoute == FundingRoute.Asgsf);
            referral.FundingRoute = FundingRoute.SelfFunded;
            return await db.SaveChangesAsync();
        });
        AllAgree((await CompareAsync(w))[..^1], 0);
        await BuildAsync();
        AllAgree((await CompareAsync(w))[..^1], 2);
    }
}

public sealed class ReportTalliesTestsOnSqlite(SqliteApp app) : ReportTalliesTests<SqliteApp>(app);

public sealed class ReportTalliesTestsOnPostgres(PostgresApp app) : ReportTalliesTests<PostgresApp>(app);
