using System.Net;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Cli;
using Alongside.Web.Data;
using Alongside.Web.Features.Groups;
using Alongside.Web.Kernel.Care;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alongside.IntegrationTests.Cli;

/// <summary>
/// `seed --families N` fills every table the key pages read, spread as a real service's would be,
/// and the pages read it: a seeded parent's home, message thread and group discussion, the group
/// search, and the demo clinician's triage queue and diary.
/// </summary>
public abstract class FamiliesSeedTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AlongsideApp
{
    private const int Families = 300;

    public async Task InitializeAsync()
    {
        _ = app.Server;
        await DemoSeed.SeedAsync(app.Services);
        await BenchmarkSeed.AddFamiliesAsync(app.Services, Families);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_table_the_key_pages_read_gets_rows_spread_as_a_service_would_have_them()
    {
        var counts = await app.WithDbAsync(async db => new Dictionary<string, int>
        {
            ["parents"] = await db.FamilyCarers.CountAsync(c => c.User!.Email!.StartsWith("family-parent-")),
            ["care team places"] = await db.CareTeamMembers.CountAsync(),
            ["plans"] = await db.SupportPlans.CountAsync(),
            ["plan goals"] = await db.PlanGoals.CountAsync(),
            ["plan items"] = await db.PlanItems.CountAsync(),
            ["feedback"] = await db.MeasureResponses.CountAsync(),
            ["feedback answers"] = await db.MeasureAnswers.CountAsync(),
            ["strategies"] = await db.HomeStrategies.CountAsync(),
            ["home log entries"] = await db.HomeLogEntries.CountAsync(),
            ["threads"] = await db.MessageThreads.CountAsync(),
            ["messages"] = await db.Messages.CountAsync(),
            ["thread reads"] = await db.MessageThreadReads.CountAsync(),
            ["groups"] = await db.PeerGroups.CountAsync(g => g.Name.StartsWith("Parents' circle")),
            ["group members"] = await db.PeerGroupMembers.CountAsync(m => m.Status == GroupMemberStatus.Member),
            ["group requests"] = await db.PeerGroupMembers.CountAsync(m => m.Status == GroupMemberStatus.Requested),
            ["posts"] = await db.GroupPosts.CountAsync(),
        });
        foreach (var (what, count) in counts) Assert.True(count > 0, $"no {what}");
        Assert.Equal(Families, counts["parents"]);

        var referrals = await app.WithDbAsync(db => db.Referrals.Where(r => r.Family!.Name.StartsWith("Benchmark family"))
            .GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        foreach (var status in new[] { ReferralStatus.New, ReferralStatus.WaitingList, ReferralStatus.Accepted, ReferralStatus.Declined })
        {
            Assert.True(referrals.GetValueOrDefault(status) > 0, $"no {status} referrals");
        }
        Assert.InRange(referrals[ReferralStatus.Accepted], Families * 45 / 100, Families * 75 / 100);

        var now = app.Now;
        var sessions = await app.WithDbAsync(db => db.Sessions.GroupBy(s => s.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        foreach (var status in new[] { SessionStatus.Attended, SessionStatus.DidNotAttend, SessionStatus.CancelledByFamily, SessionStatus.CancelledByService, SessionStatus.Booked })
        {
            Assert.True(sessions.GetValueOrDefault(status) > 0, $"no {status} sessions");
        }
        Assert.True(await app.WithDbAsync(db => db.Sessions.AnyAsync(s => s.Status == SessionStatus.Booked && s.StartsAt > now)), "no sessions to come");
    }

    [Fact]
    public async Task A_seeded_parent_reads_their_home_a_message_thread_and_a_group_discussion()
    {
        // A parent who posted in a group and has a thread with their clinician.
        var (email, thread, group) = await app.WithDbAsync(async db =>
        {
            var post = await db.GroupPosts.Where(p => db.FamilyCarers.Any(c => c.UserId == p.AuthorUserId
                    && db.MessageThreads.Any(t => t.FamilyId == c.FamilyId)))
                .Select(p => new { p.GroupId, p.AuthorUserId }).FirstAsync();
            var carer = await db.FamilyCarers.Where(c => c.UserId == post.AuthorUserId).Select(c => new { c.FamilyId, c.User!.Email }).SingleAsync();
            var threadId = await db.MessageThreads.Where(t => t.FamilyId == carer.FamilyId).Select(t => t.Id).FirstAsync();
            return (carer.Email!, threadId, post.GroupId);
        });
        var browser = app.NewBrowser();
        await browser.SignInAsync(new Person(Guid.Empty, email, DemoSeed.Password, null));

        var home = await browser.GetAsync("/family");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var messages = await browser.GetAsync($"/messages/{thread}");
        Assert.Equal(HttpStatusCode.OK, messages.StatusCode);
        Assert.Contains("Let&#x27;s look at it together", await messages.Content.ReadAsStringAsync());
        var discussion = await browser.GetAsync($"/groups/{group}/discussion");
        Assert.Equal(HttpStatusCode.OK, discussion.StatusCode);
        Assert.Contains("General conversation", await discussion.Content.ReadAsStringAsync());
        var general = await browser.GetAsync($"/groups/{group}/discussion/topics/{group}");
        Assert.Equal(HttpStatusCode.OK, general.StatusCode);
        Assert.Contains("Has anyone found a way", await general.Content.ReadAsStringAsync());
        var search = await app.NewBrowser().GetAsync("/groups");
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
    }

    /// <summary>
    /// The refresh the `seed` command ends with (bulkLoaded: true) leaves the planner statistics of
    /// what was loaded: on PostgreSQL a VACUUM and an ANALYZE (last_vacuum and last_analyze are set
    /// only by ones asked for, never by autovacuum), on SQLite the sampled statistics in sqlite_stat1.
    /// </summary>
    [Fact]
    public async Task A_refresh_after_a_bulk_load_leaves_the_planner_statistics_of_what_was_loaded()
    {
        await DatabaseSetup.RefreshStatisticsAsync(app.Services, bulkLoaded: true);
        var analysed = await app.WithDbAsync(db => db.Database.IsSqlite()
            ? db.Database.SqlQuery<int>($"SELECT count(*) AS \"Value\" FROM sqlite_stat1 WHERE tbl = 'Families'").SingleAsync()
            : db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM pg_stat_user_tables WHERE relname = 'Families' AND last_analyze IS NOT NULL AND last_vacuum IS NOT NULL").SingleAsync());
        Assert.True(analysed > 0, "the families not vacuumed and analysed by the refresh that ends a bulk load");
    }

    [Fact]
    public async Task The_demo_clinician_reads_the_triage_queue_and_a_diary_of_seeded_sessions()
    {
        var clinician = await app.WithScopeResultAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync("clinician@alongside.test"))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            return new Person(user.Id, user.Email!, DemoSeed.Password, await users.GetAuthenticatorKeyAsync(user));
        });
        var browser = app.NewBrowser();
        await browser.SignInAsync(clinician);

        var waiting = await app.WithDbAsync(db => db.Referrals.Where(r => r.Status == ReferralStatus.New && r.Family!.Name.StartsWith("Benchmark family"))
            .Select(r => r.Id).ToListAsync());
        var triage = await browser.GetAsync("/staff/referrals");
        Assert.Equal(HttpStatusCode.OK, triage.StatusCode);
        var queue = await triage.Content.ReadAsStringAsync();
        Assert.Contains(waiting, id => queue.Contains($"href=\"/staff/referrals/{id}\"", StringComparison.Ordinal));
        var diary = await browser.GetAsync("/staff/sessions");
        Assert.Equal(HttpStatusCode.OK, diary.StatusCode);
        Assert.Contains("Benchmark family", await diary.Content.ReadAsStringAsync());
    }
}

public sealed class FamiliesSeedTestsOnSqlite(SqliteApp app) : FamiliesSeedTests<SqliteApp>(app);

public sealed class FamiliesSeedTestsOnPostgres(PostgresApp app) : FamiliesSeedTests<PostgresApp>(app);
