using Alongside.IntegrationTests.Support;
using Alongside.Web.Cli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alongside.IntegrationTests.Features.Outcomes;

/// <summary>An instrument folder with a broken file: the app must refuse to start, naming it.</summary>
public sealed class BrokenInstrumentsApp : SqliteApp
{
    public static readonly string Folder = Directory.CreateTempSubdirectory("instruments-").FullName;

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Measures:InstrumentFolder", Folder)];
}

public sealed class InstrumentSetupTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const string PlaceholderPhq9 = """{ "id": "phq-9", "version": 1, "prompt": "Placeholder prompt", "options": ["P0", "P1", "P2", "P3"], "items": ["Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9"] }""";

    [Fact]
    public async Task The_app_refuses_to_start_with_a_broken_instrument_file_and_names_it()
    {
        await File.WriteAllTextAsync(Path.Combine(BrokenInstrumentsApp.Folder, "broken.json"), """{ "id": "broken", "version": 0 }""");
        IAsyncLifetime broken = new BrokenInstrumentsApp();
        try
        {
            // The host starts on first use.
            var refused = Assert.ThrowsAny<Exception>(() => ((BrokenInstrumentsApp)broken).CreateClient());
            Assert.Contains("Instrument file broken.json", refused.ToString());
        }
        finally
        {
            await broken.DisposeAsync();
        }
    }

    [Fact]
    public async Task Imported_wording_that_fits_makes_an_instrument_offerable_and_a_misfit_changes_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("wording-").FullName;
        var wrong = Path.Combine(folder, "wrong.json");
        await File.WriteAllTextAsync(wrong, PlaceholderPhq9.Replace("\"Q9\"", "\"Q9\", \"Q10\"", StringComparison.Ordinal));
        Assert.Equal(2, await InstrumentTextImport.RunAsync(app.Services, wrong));
        Assert.Equal(2, await InstrumentTextImport.RunAsync(app.Services, Path.Combine(folder, "missing.json")));
        Assert.Null(await OfferableAsync("gad-7"));

        var right = Path.Combine(folder, "phq9.json");
        await File.WriteAllTextAsync(right, PlaceholderPhq9);
        Assert.Equal(0, await InstrumentTextImport.RunAsync(app.Services, right));
        Assert.Equal(0, await InstrumentTextImport.RunAsync(app.Services, right)); // again: replaced, not doubled
        var phq9 = await OfferableAsync("phq-9");
        Assert.NotNull(phq9);
        Assert.Equal(("Placeholder prompt", "Q9", "P3"), (phq9.Prompt, phq9.Items[8].Text, phq9.Options[3].Label));
        Assert.Equal(1, await app.WithDbAsync(db => db.InstrumentWordings.CountAsync(w => w.InstrumentId == "phq-9")));

        // The admin page says which are offered.
        var admin = app.NewBrowser();
        await admin.SignInAsync(await app.CreateStaffAsync(await app.CreateOrganisationAsync(), Role.Admin));
        var items = Html.Parse(await admin.GetPageAsync("/admin/instruments")).QuerySelectorAll("main li").Select(li => li.TextContent).ToList();
        Assert.Contains("Not offered", Assert.Single(items, t => t.Contains("(gad-7,", StringComparison.Ordinal)));
        Assert.DoesNotContain("Not offered", Assert.Single(items, t => t.Contains("(phq-9,", StringComparison.Ordinal)));
        Assert.DoesNotContain("Not offered", Assert.Single(items, t => t.Contains("(goals,", StringComparison.Ordinal)));
    }

    private Task<Instrument?> OfferableAsync(string id) =>
        app.WithScopeResultAsync(sp => sp.GetRequiredService<Instruments>().FindAsync(id));
}
