namespace Alongside.Web.Kernel.Measures;

public static class MeasuresSetup
{
    /// <summary>
    /// The instrument files are read and checked when the app starts: a broken file stops it, with
    /// the file and the problem named, before anyone's answers are scored by it.
    /// </summary>
    public static IServiceCollection AddMeasures(this IServiceCollection services)
    {
        services.AddSingleton(sp => new InstrumentCatalogue(InstrumentFiles.LoadFolder(Folder(sp))));
        services.AddScoped<Instruments>();
        services.AddScoped<MeasureSchedule>();
        services.AddScoped<MeasureRecording>();
        services.AddOptions<MeasureOptions>().BindConfiguration("Measures").ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<InstrumentStartupCheck>();
        return services;
    }

    /// <summary>`Measures:InstrumentFolder` when set; else the copy beside the app, or the content root's for `dotnet run`.</summary>
    private static string Folder(IServiceProvider sp)
    {
        if (sp.GetRequiredService<IConfiguration>()["Measures:InstrumentFolder"] is { Length: > 0 } configured) return configured;
        var beside = Path.Combine(AppContext.BaseDirectory, "Data", "Instruments");
        return Directory.Exists(beside) ? beside : Path.Combine(sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath, "Data", "Instruments");
    }

    private sealed class InstrumentStartupCheck(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            services.GetRequiredService<InstrumentCatalogue>();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
