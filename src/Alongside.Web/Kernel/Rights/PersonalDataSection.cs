using System.Text.Json;

namespace Alongside.Web.Kernel.Rights;

/// <summary>The person downloading their data, and the instant the download was asked for.</summary>
public sealed record DataSubject(Guid UserId, DateTimeOffset At);

/// <summary>
/// One part of Alongside's answer to "download my data". Each feature writes what it shows the
/// family (plus their own words) for the records it owns, so no feature reaches into another's
/// tables. Rules for every section:
/// - a fixed number of queries, whatever the number of rows (never a query per row);
/// - rows read through <c>db.FamilyIdsCaredForBy(subject.UserId)</c> or the person's own id, so
///   another family's data cannot be selected;
/// - rows streamed, calling <see cref="PersonalDataJson.FlushIfFullAsync"/> as they are written,
///   so memory stays bounded however large the family's history is.
/// </summary>
public interface IPersonalDataSection
{
    /// <summary>Where in data.json the section comes; lower first.</summary>
    int Order { get; }

    /// <summary>Writes one or more named properties of data.json's top-level object.</summary>
    Task WriteAsync(DataSubject subject, Utf8JsonWriter json, CancellationToken cancellationToken);

    /// <summary>Files the JSON points to (message attachments), written after data.json.</summary>
    Task WriteFilesAsync(DataSubject subject, PersonalDataFiles files, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>The small vocabulary every section writes with, so data.json reads the same throughout.</summary>
public static class PersonalDataJson
{
    private const int FlushAt = 32 * 1024;

    /// <summary>Sends what is written so far on to the zip (and the response) once it is worth sending.</summary>
    public static Task FlushIfFullAsync(this Utf8JsonWriter json, CancellationToken cancellationToken) =>
        json.BytesPending >= FlushAt ? json.FlushAsync(cancellationToken) : Task.CompletedTask;

    public static void Text(this Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }

    /// <summary>An instant in UTC, ISO 8601.</summary>
    public static void Instant(this Utf8JsonWriter json, string name, DateTimeOffset? value)
    {
        if (value is { } v) json.WriteString(name, v.ToUniversalTime());
        else json.WriteNull(name);
    }

    public static void Date(this Utf8JsonWriter json, string name, DateOnly? value)
    {
        if (value is { } v) json.WriteString(name, v.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        else json.WriteNull(name);
    }

    public static void Number(this Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }

    public static void Strings(this Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
