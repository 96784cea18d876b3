using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Alongside.Web.Kernel.Forms;

/// <summary>
/// An instant a page sends back to itself as UTC ticks: a free slot, a group meeting. Model binding
/// reads it through <see cref="TryParse(string?, IFormatProvider?, out PostedInstant)"/>, so a tick
/// count outside <see cref="InputRange"/> (-1, long.MaxValue, year 10000) fails binding, with a
/// model-state error, instead of throwing later when it becomes a date.
/// </summary>
public readonly record struct PostedInstant(DateTimeOffset Value) : IParsable<PostedInstant>
{
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PostedInstant result)
    {
        result = default;
        if (!long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) || !InputRange.ContainsTicks(ticks)) return false;
        result = new PostedInstant(new DateTimeOffset(ticks, TimeSpan.Zero));
        return true;
    }

    public static PostedInstant Parse(string s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result) ? result : throw new FormatException("Not an instant in UTC ticks between 1900 and 2199");

    /// <summary>The ticks again, as a form or link carries them.</summary>
    public override string ToString() => Value.UtcTicks.ToString(CultureInfo.InvariantCulture);
}
