namespace Alongside.Tests.Kernel.Measures;

/// <summary>The instrument files as the app ships them, read from the repository.</summary>
public static class ShippedInstruments
{
    public static string Folder { get; } = FindFolder();

    public static IReadOnlyList<Instrument> All { get; } = InstrumentFiles.LoadFolder(Folder);

    public static Instrument Get(string id) => All.Single(i => i.Id == id);

    /// <summary>Answers given as a list, item 1 first.</summary>
    public static Dictionary<int, int> Answers(params int[] values) =>
        values.Select((v, n) => (n + 1, v)).ToDictionary(x => x.Item1, x => x.v);

    private static string FindFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Alongside.slnx"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "src", "Alongside.Web", "Data", "Instruments");
    }
}
