using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Alongside.Web.Features.Outcomes.Fhir;

/// <summary>A search of one family's records: whose, how many a page, from where.</summary>
public sealed record FamilySearch(Guid FamilyId, int Count, int Offset);

/// <summary>
/// Reads the search parameters of the family searches (<c>subject</c>, <c>_count</c>,
/// <c>_offset</c>), with a plain message for each that cannot be used. A parameter the server does
/// not know is refused too, rather than ignored, so a caller never takes an unfiltered answer for a
/// filtered one.
/// </summary>
public static class FhirSearch
{
    public const int DefaultCount = 20;
    public const int MaxCount = 100;

    /// <summary>Far beyond any family's number of questionnaires; keeps offset arithmetic well inside an int.</summary>
    public const int MaxOffset = 1_000_000;

    /// <summary>Parameters every search accepts and ignores: the answer is always JSON.</summary>
    private static readonly string[] Ignored = ["_format"];

    public static (FamilySearch? Search, string? Problem) Read(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var given = query.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var unknown = given.Keys.Where(k => k is not ("subject" or "_count" or "_offset") && !Ignored.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0) return (null, $"Unknown search parameter {string.Join(", ", unknown)}: this server searches by subject, _count and _offset");
        var twice = given.Where(p => p.Value.Count > 1).Select(p => p.Key).FirstOrDefault();
        if (twice is not null) return (null, $"{twice} may be given only once");

        if (!given.TryGetValue("subject", out var subject) || string.IsNullOrWhiteSpace(subject))
            return (null, "subject is required: Family/{id} with the family's id");
        if (Subject(subject.ToString()) is not { } familyId)
            return (null, $"subject must be Family/{{id}} (or Group/{{id}}) with the family's id; \"{Shorten(subject.ToString())}\" is not");

        var count = DefaultCount;
        if (given.TryGetValue("_count", out var countText) && !TryWhole(countText.ToString(), 0, MaxCount, out count))
            return (null, $"_count must be a whole number from 0 to {MaxCount}; \"{Shorten(countText.ToString())}\" is not");
        var offset = 0;
        if (given.TryGetValue("_offset", out var offsetText) && !TryWhole(offsetText.ToString(), 0, MaxOffset, out offset))
            return (null, $"_offset must be a whole number from 0 to {MaxOffset:N0}; \"{Shorten(offsetText.ToString())}\" is not");
        return (new FamilySearch(familyId, count, offset), null);
    }

    /// <summary>Only <c>_format</c> is accepted by the instrument list, which is short enough to send whole.</summary>
    public static string? CheckNoParameters(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var unknown = query.Select(p => p.Key).Where(k => !Ignored.Contains(k)).Order(StringComparer.Ordinal).ToList();
        return unknown.Count == 0 ? null : $"Unknown search parameter {string.Join(", ", unknown)}: the list of questionnaires takes no parameters";
    }

    /// <summary>The family's id from "Family/{id}" (Alongside's own name) or "Group/{id}" (how the resources name it).</summary>
    public static Guid? Subject(string reference)
    {
        foreach (var prefix in (string[])["Family/", "Group/"])
        {
            if (reference.StartsWith(prefix, StringComparison.Ordinal)
                && Guid.TryParseExact(reference[prefix.Length..], "D", out var id)) return id;
        }
        return null;
    }

    private static bool TryWhole(string text, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;

    // Echo enough of a bad value to recognise it, not a whole pasted document.
    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
