using System.Globalization;

namespace Alongside.Web.Kernel.Reports;

/// <summary>
/// Small-number suppression for everything a report publishes (ADR 12). Any count from 1 to 4
/// shows as "fewer than 5" (primary); a zero shows, because it describes no one, and hiding it
/// would only make the largest rows go dark as secondary suppression made up the hidden sum.
/// Then nothing else may give a hidden count away (secondary):
/// <list type="bullet">
/// <item>A table's rows add up to its total, so a lone hidden row could be found by subtracting
/// the others from the total. Whenever a table hides anything while its total shows, it hides at
/// least two rows, and enough that the hidden rows together come to 5 or more, taking the
/// smallest shown non-zero rows first (their sum is then total minus the rest, and no one row follows).</item>
/// <item>A total is hidden when it is under 5; since every row is at most the total, all its
/// rows are then hidden too, and tables with the same total hide it alike.</item>
/// <item>A table whose total equals a cell of an earlier table hides its total when that cell is
/// hidden, and then every non-zero row, so its rows cannot be added up to, or bound, the hidden cell.</item>
/// <item>Shares and rates show only when every count they use shows; figures worked out over
/// people (a median wait, a mean change) show only over 5 or more.</item>
/// </list>
/// </summary>
public static class Suppression
{
    public const int Threshold = 5;
    public const string HiddenText = "fewer than 5";
    public const string FigureHiddenText = "Not shown: fewer than 5";

    public static bool IsSmall(long count) => count is > 0 and < Threshold;

    /// <summary>Hides small numbers across a report's tables, in order, so links to earlier tables are known.</summary>
    public static IReadOnlyList<ShownTable> Apply(IReadOnlyList<RawTable> tables)
    {
        var shown = new List<ShownTable>();
        foreach (var table in tables)
        {
            var linkedHidden = table.TotalIs is { } link
                && shown.FirstOrDefault(t => t.Id == link.TableId)?.Rows.FirstOrDefault(r => r.Label == link.Row) is { Count.Hidden: true };
            shown.Add(Apply(table, linkedHidden));
        }
        return shown;
    }

    /// <summary>One table; <paramref name="totalGivenAway"/> when its total would reveal a hidden cell elsewhere.</summary>
    public static ShownTable Apply(RawTable table, bool totalGivenAway = false)
    {
        var counts = table.Rows.Select(r => Math.Max(0, r.Count)).ToArray();
        var total = counts.Sum();
        var hidden = counts.Select(IsSmall).ToArray();
        var totalHidden = IsSmall(total) || totalGivenAway;

        if (!totalHidden)
        {
            // The hidden rows must not be recoverable from the total: at least two, together 5 or more.
            while (hidden.Any(h => h) && (hidden.Count(h => h) < 2 || HiddenSum(counts, hidden) < Threshold) && HideSmallestShown(counts, hidden))
            {
            }
        }
        else if (totalGivenAway)
        {
            // The total is hidden for another table's sake: any shown row would bound it, and with
            // the earlier table's figures could pin it, so every row but the zeros goes.
            for (var i = 0; i < counts.Length; i++) hidden[i] |= counts[i] > 0;
        }

        var rows = table.Rows.Select((r, i) => new ShownRow(
            r.Label,
            hidden[i] ? Shown.Hide : new Shown(counts[i]),
            hidden[i] || totalHidden || total == 0 ? null : Percent(counts[i], total))).ToList();
        return new ShownTable(table.Id, table.Title, table.Counting, rows, totalHidden ? Shown.Hide : new Shown(total), table.Note);
    }

    /// <summary>A figure worked out over <see cref="RawFigure.Over"/> people or things, shown only over enough of them.</summary>
    public static ShownFigure Apply(RawFigure figure) =>
        figure.Value is { } value && figure.Over >= Threshold
            ? new ShownFigure(figure.Label, new Shown(figure.Over), Format(value, figure.Unit))
            : new ShownFigure(figure.Label, Shown.Hide, figure.Over > 0 ? FigureHiddenText : "None in this period");

    /// <summary>A rate from published cells: shown only when the numerator and every part of the whole are shown.</summary>
    public static ShownFigure Apply(RawRate rate, IReadOnlyList<ShownTable> tables)
    {
        var table = tables.FirstOrDefault(t => t.Id == rate.TableId);
        var cells = rate.OutOf.Select(label => table?.Rows.FirstOrDefault(r => r.Label == label)?.Count).ToList();
        var top = table?.Rows.FirstOrDefault(r => r.Label == rate.Numerator)?.Count;
        if (top is not { Hidden: false } n || cells.Any(c => c is not { Hidden: false }))
        {
            return new ShownFigure(rate.Label, Shown.Hide, FigureHiddenText);
        }
        var whole = cells.Sum(c => c!.Value.Value!.Value);
        return whole == 0
            ? new ShownFigure(rate.Label, new Shown(0), "None in this period")
            : new ShownFigure(rate.Label, new Shown(whole), Percent(n.Value!.Value, whole));
    }

    public static string Percent(long part, long whole) =>
        (100m * part / whole).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Format(decimal value, string unit) => unit switch
    {
        "%" => value.ToString("0", CultureInfo.InvariantCulture) + "%",
        // Pounds and pence as the plan page writes them; a line over what was approved reads "over by £40.00".
        "£" => PlanSpend.Remaining(value),
        "" => value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.#", CultureInfo.InvariantCulture) + " " + unit,
    };

    private static long HiddenSum(long[] counts, bool[] hidden) => counts.Where((_, i) => hidden[i]).Sum();

    private static bool HideSmallestShown(long[] counts, bool[] hidden)
    {
        // A zero adds nothing to the hidden sum, so the smallest non-zero row goes first.
        var next = Enumerable.Range(0, counts.Length).Where(i => !hidden[i])
            .OrderBy(i => counts[i] == 0).ThenBy(i => counts[i]).Cast<int?>().FirstOrDefault();
        if (next is not { } i) return false;
        hidden[i] = true;
        return true;
    }
}
