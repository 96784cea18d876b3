using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.Measures;

/// <summary>
/// An instrument's item wording, imported by the organisation from its own licensed copy
/// (<c>import-instrument-text FILE</c>). Kept apart from the definition: the words are theirs.
/// </summary>
public class InstrumentWording
{
    public required string InstrumentId { get; set; }
    public int Version { get; set; }

    /// <summary>The imported file, checked against the definition when it was imported.</summary>
    public required string Text { get; set; }
    public required string ImportedFrom { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
}

internal sealed class InstrumentWordingConfiguration : IEntityTypeConfiguration<InstrumentWording>
{
    public void Configure(EntityTypeBuilder<InstrumentWording> b)
    {
        b.HasKey(x => new { x.InstrumentId, x.Version });
        b.Property(x => x.InstrumentId).HaveMaxLengthOf(40);
        b.Property(x => x.Text).HasMaxLength(100_000);
        b.Property(x => x.ImportedFrom).HaveMaxLengthOf(260);
    }
}

/// <summary>The shape of a wording file: the prompt, one label per option and one text per item, in order.</summary>
public sealed record WordingFile(string Id, int Version, string? Prompt, IReadOnlyList<string> Options, IReadOnlyList<string> Items);

public static class Wordings
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads a wording file and checks it fits the definition; the problem in words if not.</summary>
    public static (WordingFile? File, string? Problem) Read(string text, Func<string, Instrument?> find)
    {
        WordingFile? file;
        try
        {
            file = JsonSerializer.Deserialize<WordingFile>(text, Json);
        }
        catch (JsonException e)
        {
            return (null, "the file is not a wording file: " + e.Message);
        }
        if (file is null || string.IsNullOrWhiteSpace(file.Id) || file.Options is null || file.Items is null)
            return (null, "the file needs \"id\", \"version\", \"options\" and \"items\"");
        if (find(file.Id) is not { } instrument) return (null, $"there is no instrument \"{file.Id}\"");
        if (instrument.Kind == InstrumentKind.Goals || instrument.WordingShipped) return (null, $"\"{file.Id}\" is written by Alongside and needs no wording");
        if (file.Version != instrument.Version) return (null, $"\"{file.Id}\" is version {instrument.Version}; the file is for version {file.Version}");
        if (file.Options.Count != instrument.Options.Count) return (null, $"\"{file.Id}\" has {instrument.Options.Count} answers; the file gives {file.Options.Count}");
        if (file.Items.Count != instrument.Items.Count) return (null, $"\"{file.Id}\" has {instrument.Items.Count} items; the file gives {file.Items.Count}");
        if (file.Options.Concat(file.Items).Any(string.IsNullOrWhiteSpace)) return (null, "every option and item needs its text");
        if (file.Options.Concat(file.Items).Append(file.Prompt ?? "").Any(t => t.Length > 1000)) return (null, "each text must be 1,000 characters or fewer");
        return (file, null);
    }

    /// <summary>The instrument with the organisation's wording in place.</summary>
    public static Instrument Apply(Instrument instrument, WordingFile file) => instrument with
    {
        Prompt = file.Prompt,
        Options = instrument.Options.Select((o, n) => o with { Label = file.Options[n] }).ToList(),
        Items = instrument.Items.Select((item, n) => item with { Text = file.Items[n] }).ToList(),
    };
}
