namespace Alongside.Web.Cli;

/// <summary>
/// `import-instrument-text FILE`: an organisation supplies a published instrument's wording from
/// its own licensed copy. The file is checked against the definition (counts, version) and
/// replaces any earlier wording for that version; nothing is saved when it does not fit.
/// </summary>
public static class InstrumentTextImport
{
    public static async Task<int> RunAsync(IServiceProvider services, string? file)
    {
        if (file is null || !File.Exists(file))
        {
            Console.Error.WriteLine("Give the wording file: import-instrument-text FILE");
            return 2;
        }
        using var scope = services.CreateScope();
        var catalogue = scope.ServiceProvider.GetRequiredService<InstrumentCatalogue>();
        var text = await File.ReadAllTextAsync(file);
        var (wording, problem) = Wordings.Read(text, catalogue.Find);
        if (wording is null)
        {
            Console.Error.WriteLine($"{Path.GetFileName(file)}: {problem}. Nothing was imported.");
            return 2;
        }
        var db = scope.ServiceProvider.GetRequiredService<AlongsideDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var existing = await db.InstrumentWordings.FindAsync(wording.Id, wording.Version);
        if (existing is null)
        {
            db.InstrumentWordings.Add(new InstrumentWording { InstrumentId = wording.Id, Version = wording.Version, Text = text, ImportedFrom = Path.GetFileName(file), ImportedAt = now });
        }
        else
        {
            (existing.Text, existing.ImportedFrom, existing.ImportedAt) = (text, Path.GetFileName(file), now);
        }
        await db.SaveChangesAsync();
        Console.WriteLine($"Imported the wording of {catalogue.Find(wording.Id)!.Name} (version {wording.Version}): {wording.Items.Count} items. It can now be offered.");
        return 0;
    }
}
