using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alongside.IntegrationTests.Infrastructure;

public abstract class OutboxTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    [Fact]
    public async Task A_message_the_server_refuses_is_retried_with_back_off_and_then_delivered()
    {
        _ = app.Server;
        var email = People.NewEmail("retry");
        app.Mail.RejectNext(2);
        await app.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<Outbox>().Enqueue(email, "Retry", "Retry test", "Hello");
            await sp.GetRequiredService<Alongside.Web.Data.AlongsideDbContext>().SaveChangesAsync();
        });

        var mail = await app.Mail.WaitForAsync(email, "Retry test");
        Assert.Equal("Hello", mail.TextBody?.Trim());
        var row = await app.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.ToAddress == email));
        await WaitUntilAsync(async () => (await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.ToAddress == email))).SentAt is not null);
        row = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.ToAddress == email));
        Assert.Equal(3, row.Attempts);
        Assert.Null(row.FailedAt);
    }

    [Fact]
    public async Task Nothing_is_queued_when_the_change_is_not_saved()
    {
        _ = app.Server;
        var email = People.NewEmail("rolledback");
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Alongside.Web.Data.AlongsideDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            sp.GetRequiredService<Outbox>().Enqueue(email, "No", "Never sent", "Hello");
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        });
        await Task.Delay(600);
        Assert.False(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.ToAddress == email)));
        Assert.DoesNotContain(app.Mail.Received, m => m.Subject == "Never sent" && m.To.ToString().Contains(email, StringComparison.OrdinalIgnoreCase));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100 && !await condition(); i++) await Task.Delay(100);
    }
}

public sealed class OutboxTestsOnSqlite(SqliteApp app) : OutboxTests<SqliteApp>(app);

public sealed class OutboxTestsOnPostgres(PostgresApp app) : OutboxTests<PostgresApp>(app);
