using Microsoft.Extensions.Options;

namespace Alongside.Web.Cli;

public static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup)
        {
            await DatabaseSetup.MigrateAsync(app.Services);
        }
        if (app.Configuration.GetValue<bool>("App:SeedDemoData"))
        {
            await DemoSeed.SeedAsync(app.Services);
        }
        await DatabaseSetup.RefreshStatisticsAsync(app.Services);
    }
}
