using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Messages;
using Alongside.Web.Features.Referrals;
using Alongside.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Alongside.IntegrationTests.Kernel;

/// <summary>The app on a clock the test sets; the daily job is taken out, so each test runs retention itself.</summary>
internal static class RetentionClock
{
    public static void Use(IWebHostBuilder builder, FakeTimeProvider clock) =>
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            var job = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(RetentionJob));
            services.Remove(job);
        });
}

public sealed class SqliteRetentionApp : SqliteApp
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        RetentionClock.Use(builder, Clock);
    }
}

public sealed class PostgresRetentionApp : PostgresApp
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        RetentionClock.Use(builder, Clock);
    }
}

public abstract class RetentionTests<TApp>(TApp app, FakeTimeProvider clock) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private Task<IReadOnlyDictionary<string, int>> RunAsync() => app.WithScopeResultAsync(sp => sp.GetRequiredService<Retention>().RunOnceAsync());

    private static AppUser Closed(DateTimeOffset at)
    {
        var tombstone = AccountClosure.TombstoneEmail();
        return new AppUser { UserName = tombstone, Email = tombstone, DisplayName = AccountClosure.FormerMember, CreatedAt = at.AddYears(-1), ClosedAt = at, SecurityStamp = "x" };
    }

    [Fact]
    public async Task A_run_deletes_only_what_has_expired_and_a_second_run_finds_nothing()
    {
        var now = app.Now;
        var days = (int d) => now.AddDays(-d);
        var (parent, familyId) = await app.CreateParentAsync();
        var gone = Closed(days(31));
        var namedByMessage = Closed(days(31));
        var namedByAudit = Closed(days(31));
        var recent = Closed(days(29));
        var thread = new MessageThread { FamilyId = familyId, Subject = "Kept", StartedByUserId = parent.Id, StartedAt = now, LastMessageAt = now };
        await app.WithDbAsync(async db =>
        {
            db.Users.AddRange(gone, namedByMessage, namedByAudit, recent);
            db.MessageThreads.Add(thread);
            db.Messages.Add(new Message { ThreadId = thread.Id, SenderUserId = namedByMessage.Id, Body = "A message someone else keeps", SentAt = days(40) });
            db.AuditEntries.Add(new AuditEntry { ActorUserId = namedByAudit.Id, Action = "read", EntityType = "Family", EntityId = familyId, FamilyId = familyId, Reason = "Old read", At = days(400) });
            db.UserSessions.AddRange(
                new UserSession { UserId = parent.Id, StartedAt = days(40), LastSeenAt = days(31), EndedAt = days(31), Device = "expired" },
                new UserSession { UserId = parent.Id, StartedAt = days(40), LastSeenAt = days(29), EndedAt = days(29), Device = "kept: ended lately" },
                new UserSession { UserId = parent.Id, StartedAt = days(100), LastSeenAt = days(1), Device = "kept: still open" });
            db.OutboxMessages.AddRange(
                Email("sent long ago", days(100), sent: days(91)),
                Email("failed long ago", days(100), failed: days(91)),
                Email("sent lately", days(100), sent: days(89)),
                Email("still waiting", days(100)));
            db.ReferralDrafts.AddRange(
                new ReferralDraft { UserId = parent.Id, UpdatedAt = days(31) },
                new ReferralDraft { TokenHash = SecretTokens.New().Hash, UpdatedAt = days(31) },
                new ReferralDraft { TokenHash = SecretTokens.New().Hash, UpdatedAt = days(29) });
            return await db.SaveChangesAsync();
        });
        var auditBefore = await app.WithDbAsync(db => db.AuditEntries.CountAsync());

        var counts = await RunAsync();
        Assert.Equal(1, counts["ended sign-in sessions"]);
        Assert.Equal(2, counts["sent or failed emails"]);
        Assert.Equal(2, counts["unsent requests for help"]);
        Assert.Equal(1, counts["closed accounts nothing names any more"]);

        var left = await app.WithDbAsync(async db => new
        {
            Users = await db.Users.Where(u => u.ClosedAt != null && new[] { gone.Id, namedByMessage.Id, namedByAudit.Id, recent.Id }.Contains(u.Id)).Select(u => u.Id).ToListAsync(),
            Sessions = await db.UserSessions.Where(s => s.UserId == parent.Id).Select(s => s.Device).ToListAsync(),
            Emails = await db.OutboxMessages.Where(m => m.ToAddress == "retention@example.test").Select(m => m.Subject).ToListAsync(),
            Drafts = await db.ReferralDrafts.CountAsync(d => d.UpdatedAt <= days(29)),
        });
        Assert.Equal(new[] { namedByMessage.Id, namedByAudit.Id, recent.Id }.Order(), left.Users.Order());
        Assert.All(left.Sessions, d => Assert.StartsWith("kept", d));
        Assert.Equal(["sent lately", "still waiting"], left.Emails.Order());
        Assert.Equal(1, left.Drafts);
        Assert.Equal(auditBefore, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));

        // Idempotent: straight after, nothing more has expired.
        Assert.All(await RunAsync(), c => Assert.Equal(0, c.Value));

        // Two days on, what was kept lately has expired too; open sessions and waiting emails never do.
        clock.Advance(TimeSpan.FromDays(2));
        var later = await RunAsync();
        Assert.Equal((1, 1, 1, 1), (later["ended sign-in sessions"], later["sent or failed emails"], later["unsent requests for help"], later["closed accounts nothing names any more"]));
        Assert.Equal(["kept: still open"], await app.WithDbAsync(db => db.UserSessions.Where(s => s.UserId == parent.Id).Select(s => s.Device).ToListAsync()));
        Assert.Equal(["still waiting"], await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == "retention@example.test").Select(m => m.Subject).ToListAsync()));
        Assert.Equal(auditBefore, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    private static OutboxMessage Email(string subject, DateTimeOffset created, DateTimeOffset? sent = null, DateTimeOffset? failed = null) => new()
    {
        ToAddress = "retention@example.test",
        ToName = "Kim",
        Subject = subject,
        TextBody = "Hello",
        CreatedAt = created,
        NextAttemptAt = created.AddYears(10),
        SentAt = sent,
        FailedAt = failed,
    };
}

public sealed class RetentionTestsOnSqlite(SqliteRetentionApp app) : RetentionTests<SqliteRetentionApp>(app, app.Clock);

public sealed class RetentionTestsOnPostgres(PostgresRetentionApp app) : RetentionTests<PostgresRetentionApp>(app, app.Clock);
