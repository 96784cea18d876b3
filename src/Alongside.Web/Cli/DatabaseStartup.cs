using Microsoft.Extensions.Options;

namespace Alongside.Web.Cli;

public static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        // Only when the app looks after its own database: otherwise `migrate` does (a release runs it first),
        // and an instance must start, and say it is not ready, while its database is away.
        if (app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup)
        {
            await DatabaseSetup.MigrateAsync(app.Services);
            await DatabaseSetup.RefreshStatisticsAsync(app.Services);
        }
        if (app.Configuration.GetValue<bool>("App:SeedDemoData"))
        {
            await DemoSeed.SeedAsync(app.Services);
        }
    }
}
