using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Alongside.IntegrationTests.Support;

/// <summary>
/// Counts the SQL commands one request sends, whatever context or service sends them: a request
/// carrying the <see cref="Header"/> is followed through an <see cref="AsyncLocal{T}"/> from the
/// first middleware to the last command, so other requests and background work are not counted.
/// Registered in the test host only (<see cref="SqlCountingSqliteApp"/>, <see cref="SqlCountingPostgresApp"/>).
/// </summary>
public sealed class RequestSqlCounter : DbCommandInterceptor
{
    public const string Header = "X-Test-Sql-Count";

    private static readonly AsyncLocal<ConcurrentQueue<string>?> Current = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _byRequest = new();

    /// <summary>The commands the request sent under <paramref name="key"/>, in order.</summary>
    public IReadOnlyList<string> CommandsOf(string key) => _byRequest.TryGetValue(key, out var commands) ? commands.ToList() : [];

    public static void AddTo(IServiceCollection services, RequestSqlCounter counter)
    {
        services.ConfigureDbContext<SqliteAlongsideDbContext>(o => o.AddInterceptors(counter));
        services.ConfigureDbContext<PostgresAlongsideDbContext>(o => o.AddInterceptors(counter));
        services.AddSingleton<IStartupFilter>(new Filter(counter));
    }

    private void Count(DbCommand command) => Current.Value?.Enqueue(command.CommandText);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    /// <summary>First in the pipeline: a request with the header gets its own list for the rest of its work.</summary>
    private sealed class Filter(RequestSqlCounter counter) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext context, RequestDelegate rest) =>
            {
                if (context.Request.Headers[Header].ToString() is { Length: > 0 } key)
                {
                    var commands = counter._byRequest.GetOrAdd(key, _ => new ConcurrentQueue<string>());
                    Current.Value = commands;
                    try { await rest(context); }
                    finally { Current.Value = null; }
                }
                else
                {
                    await rest(context);
                }
            });
            next(app);
        };
    }
}

public sealed class SqlCountingSqliteApp : SqliteApp
{
    public RequestSqlCounter Sql { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => RequestSqlCounter.AddTo(services, Sql));
    }
}

public sealed class SqlCountingPostgresApp : PostgresApp
{
    public RequestSqlCounter Sql { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => RequestSqlCounter.AddTo(services, Sql));
    }
}
