using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Alongside.Web.Kernel.Measures;

/// <summary>A definition file the app cannot use; the message names the file and the problem.</summary>
public sealed class InstrumentFileException(string file, string problem)
    : Exception($"Instrument file {file}: {problem}")
{
    public string File { get; } = file;
    public string Problem { get; } = problem;
}

/// <summary>
/// Reads and checks instrument definitions (<c>Data/Instruments/*.json</c>). A broken file stops
/// the app at start rather than scoring anyone's answers wrongly.
/// </summary>
public static partial class InstrumentFiles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        // A null where the definition needs a value is refused here, with the file named, rather
        // than failing later inside the checks or the scoring.
        RespectNullableAnnotations = true,
    };

    public static IReadOnlyList<Instrument> LoadFolder(string folder)
    {
        if (!Directory.Exists(folder)) throw new InstrumentFileException(folder, "the folder does not exist");
        // Each file must be named after its id, so no two files can define the same instrument.
        return Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(Load).ToList();
    }

    public static Instrument Load(string path) => Parse(Path.GetFileName(path), File.ReadAllText(path));

    /// <summary>Parses and checks one file's text; <paramref name="name"/> is used in messages.</summary>
    public static Instrument Parse(string name, string text)
    {
        Instrument? instrument;
        try
        {
            instrument = JsonSerializer.Deserialize<Instrument>(text, Json);
        }
        catch (JsonException e)
        {
            throw new InstrumentFileException(name, e.Message);
        }
        if (instrument is null) throw new InstrumentFileException(name, "the file is empty");
        // List entries are not covered by the nullable annotations, so a null entry is checked here.
        if (instrument.Options.Contains(null) || instrument.Items.Contains(null) || instrument.Subscales.Contains(null) || instrument.Bands.Contains(null))
            throw new InstrumentFileException(name, "a list holds null where an entry belongs");
        var problem = Problems(instrument).FirstOrDefault();
        if (problem is not null) throw new InstrumentFileException(name, problem);
        if (Path.GetFileNameWithoutExtension(name) != instrument.Id) throw new InstrumentFileException(name, $"the file must be called {instrument.Id}.json");
        return instrument;
    }

    /// <summary>Everything wrong with a definition, in the order a person would fix it.</summary>
    public static IEnumerable<string> Problems(Instrument i)
    {
        if (!IdPattern().IsMatch(i.Id)) yield return "\"id\" must be lower-case letters, digits and hyphens";
        if (i.Version < 1) yield return "\"version\" must be 1 or more";
        if (string.IsNullOrWhiteSpace(i.Name) || string.IsNullOrWhiteSpace(i.About)) yield return "\"name\" and \"about\" are needed";
        if (string.IsNullOrWhiteSpace(i.Source) || string.IsNullOrWhiteSpace(i.Licence)) yield return "\"source\" and \"licence\" are needed";
        if (i.Options.Count < 2) yield return "\"options\" needs at least two answers";
        if (i.Options.Select(o => o.Value).Distinct().Count() != i.Options.Count) yield return "two options have the same value";
        if (i.Options.Count < 2) yield break;

        var numbers = i.Items.Select(x => x.Number).ToList();
        if (!numbers.SequenceEqual(Enumerable.Range(1, numbers.Count))) yield return "items must be numbered 1, 2, 3... in order";
        if (i.Kind == InstrumentKind.Goals)
        {
            if (i.Items.Count > 0) yield return "a goals instrument takes its items from the plan: \"items\" must be empty";
            if (i.MaxGoals is < 1 or > 10) yield return "\"maxGoals\" must be from 1 to 10";
        }
        else if (!i.ScoredItems.Any()) yield return "at least one item must be answered on the scale";

        if (i.WordingShipped)
        {
            if (i.Items.Any(x => string.IsNullOrWhiteSpace(x.Text)) || i.Options.Any(o => string.IsNullOrWhiteSpace(o.Label)))
                yield return "\"wordingShipped\" is true, so every item and option needs its text";
        }
        else if (i.Items.Any(x => x.Text is not null) || i.Options.Any(o => o.Label is not null) || i.Prompt is not null)
        {
            yield return "this instrument's wording is imported by each organisation: the file must not contain item, option or prompt text";
        }

        foreach (var item in i.Items)
        {
            if (item.FreeText && (item.Reverse || item.RiskAbove is not null)) yield return $"item {item.Number} is free text, so it cannot be reversed or a risk item";
            if (item.RiskAbove is { } above && (above < i.Lowest || above >= i.Highest)) yield return $"item {item.Number}'s \"riskAbove\" must be an answer below the highest";
        }

        var scored = i.ScoredItems.Select(x => x.Number).ToHashSet();
        foreach (var s in i.Subscales)
        {
            if (s.Items.Count == 0 || s.Items.Any(n => !scored.Contains(n))) yield return $"subscale \"{s.Id}\" must list items answered on the scale";
            if (s.Items.Distinct().Count() != s.Items.Count) yield return $"subscale \"{s.Id}\" lists an item twice";
        }
        if (i.Subscales.Select(s => s.Id).Distinct().Count() != i.Subscales.Count) yield return "two subscales have the same id";

        var (low, high) = InstrumentScoring.Range(i);
        Band? previous = null;
        foreach (var band in i.Bands)
        {
            if (band.From > band.To || band.From < low || band.To > high) yield return $"band \"{band.Label}\" must run upwards inside the possible totals, {low} to {high}";
            if (previous is not null && band.From <= previous.To) yield return $"band \"{band.Label}\" overlaps or comes before \"{previous.Label}\"";
            if (string.IsNullOrWhiteSpace(band.Meaning)) yield return $"band \"{band.Label}\" needs a \"meaning\" in plain words";
            previous = band;
        }
        if (i.ReliableChange is { } rc && (rc <= 0 || rc > high - low)) yield return "\"reliableChange\" must be more than 0 and no more than the range of totals";
        if (i.ClinicalCutOff is { } cut && (cut < low || cut > high)) yield return $"\"clinicalCutOff\" must be inside the possible totals, {low} to {high}";
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
