using Alongside.Web.Kernel.Reports;

namespace Alongside.Tests.Kernel.Reports;

public class SuppressionTests
{
    private static RawTable Table(params long[] counts) =>
        new("t", "Test", "referrals", counts.Select((c, i) => new RawRow($"Row {i + 1}", c)).ToList());

    private static long?[] Values(ShownTable t) => [.. t.Rows.Select(r => r.Count.Value)];

    [Fact]
    public void Counts_of_5_and_more_and_zeros_show_and_1_to_4_hide()
    {
        var t = Suppression.Apply(Table(12, 7, 0, 5));
        Assert.Equal([12, 7, 0, 5], Values(t));
        Assert.Equal(24, t.Total.Value);

        Assert.Equal("fewer than 5", new Shown(null).Text);
        Assert.All([1, 2, 3, 4], n => Assert.True(Suppression.IsSmall(n)));
        Assert.False(Suppression.IsSmall(0));
        Assert.False(Suppression.IsSmall(5));
    }

    [Fact]
    public void A_lone_small_row_is_not_left_to_be_found_by_subtracting_the_others_from_the_total()
    {
        // 20 + 9 + 3 = 32. Hiding only the 3 would leave 32 − 20 − 9 = 3 on the page.
        var t = Suppression.Apply(Table(20, 9, 3));

        Assert.Equal(32, t.Total.Value);
        Assert.Null(t.Rows[2].Count.Value);
        Assert.Null(t.Rows[1].Count.Value); // the smallest other row goes too
        Assert.Equal(20, t.Rows[0].Count.Value);
        // What the page gives away: the two hidden rows add up to 12; neither is known.
        var shownSum = t.Rows.Where(r => !r.Count.Hidden).Sum(r => r.Count.Value!.Value);
        Assert.Equal(12, t.Total.Value - shownSum);
    }

    [Fact]
    public void Two_small_rows_that_add_up_to_under_5_take_a_third_with_them()
    {
        // 1 + 2 = 3: with 30 shown and the total 34, the two hidden rows would add up to 3 (both small, one of them at least 1).
        var t = Suppression.Apply(Table(30, 1, 2, 1));

        Assert.Equal([null, null, null, null], Values(t));
        Assert.Equal(34, t.Total.Value);
    }

    [Fact]
    public void The_hidden_rows_come_to_5_or_more_and_no_shown_row_is_hidden_needlessly()
    {
        var t = Suppression.Apply(Table(40, 2, 6, 25, 1));

        // 2 and 1 are small (3 together), so the smallest shown row (6) joins them: 9 hidden.
        Assert.Equal([40, null, null, 25, null], Values(t));
        Assert.Equal(74, t.Total.Value);
        Assert.Equal(9, t.Total.Value - 40 - 25);
    }

    [Fact]
    public void Zeros_are_passed_over_when_choosing_a_row_to_hide_with_a_small_one()
    {
        // Hiding the zero would leave the 2 found (hidden sum 2): the 11 goes with it instead.
        var t = Suppression.Apply(Table(11, 2, 0, 30));

        Assert.Equal([null, null, 0, 30], Values(t));
        Assert.Equal(43, t.Total.Value);
    }

    [Fact]
    public void A_small_total_hides_itself_and_every_row_and_shows_no_shares()
    {
        var t = Suppression.Apply(Table(3, 1, 0));

        Assert.True(t.Total.Hidden);
        Assert.Equal([null, null, 0], Values(t));
        Assert.All(t.Rows, r => Assert.Null(r.Share));
    }

    [Fact]
    public void Shares_show_only_beside_counts_that_show()
    {
        var t = Suppression.Apply(Table(30, 10, 3, 7));

        Assert.Equal("60%", t.Rows[0].Share);
        Assert.Null(t.Rows[2].Share);
        Assert.Null(t.Rows[3].Share);
        Assert.Equal("20%", t.Rows[1].Share);
    }

    [Fact]
    public void A_table_whose_total_is_a_hidden_cell_of_an_earlier_table_hides_its_total_and_a_row()
    {
        // Attendance: 6 attended, 2 did not attend. The 2 is hidden, so the 6 goes too (total 8 shows).
        var attendance = new RawTable("attendance", "Attendance", "sessions", [new("Attended", 6), new("Did not attend", 2)]);
        // Attended sessions by type add up to the 6: shown in full they would give 8 − 6 = 2 away.
        var byType = new RawTable("type", "By type", "sessions", [new("Coaching", 5), new("Parenting support", 0), new("Consultation", 1)],
            TotalIs: new CellRef("attendance", "Attended"));

        var shown = Suppression.Apply([attendance, byType]);

        Assert.Equal([null, null], Values(shown[0]));
        Assert.Equal(8, shown[0].Total.Value);
        Assert.True(shown[1].Total.Hidden);
        Assert.Equal([null, 0, null], Values(shown[1]));
    }

    [Fact]
    public void A_linked_table_with_every_row_large_still_hides_them_when_its_total_must_hide()
    {
        var attendance = new RawTable("a", "A", "sessions", [new("Attended", 10), new("Did not attend", 4)]);
        var byMode = new RawTable("m", "M", "sessions", [new("Online", 5), new("Face to face", 5)], TotalIs: new CellRef("a", "Attended"));

        var shown = Suppression.Apply([attendance, byMode]);

        Assert.True(shown[0].Rows[0].Count.Hidden);
        Assert.True(shown[1].Total.Hidden);
        Assert.All(shown[1].Rows, r => Assert.True(r.Count.Hidden));
    }

    [Fact]
    public void A_linked_table_keeps_its_total_while_the_cell_it_equals_is_shown()
    {
        var attendance = new RawTable("a", "A", "sessions", [new("Attended", 30), new("Did not attend", 6)]);
        var byMode = new RawTable("m", "M", "sessions", [new("Online", 18), new("Face to face", 12)], TotalIs: new CellRef("a", "Attended"));

        var shown = Suppression.Apply([attendance, byMode]);

        Assert.Equal(30, shown[1].Total.Value);
        Assert.Equal([18, 12], Values(shown[1]));
    }

    [Theory]
    [InlineData(4, "Not shown: fewer than 5")]
    [InlineData(0, "None in this period")]
    [InlineData(5, "12 days")]
    public void A_figure_shows_only_over_5_or_more(long over, string text) =>
        Assert.Equal(text, Suppression.Apply(new RawFigure("Median wait", over, over == 0 ? null : 12m, "days")).Text);

    [Theory]
    [InlineData(5, "1234.5", "£1,234.50")]
    [InlineData(6, "0", "£0.00")]
    [InlineData(9, "-40", "over by £40.00")]
    [InlineData(4, "1234.5", "Not shown: fewer than 5")]
    public void Money_shows_in_pounds_and_pence_over_5_or_more(long over, string value, string text) =>
        Assert.Equal(text, Suppression.Apply(new RawFigure("Approved", over, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), "£")).Text);

    [Fact]
    public void A_rate_shows_only_when_every_count_it_uses_shows()
    {
        var tables = Suppression.Apply([new RawTable("a", "A", "sessions", [new("Attended", 40), new("Did not attend", 10), new("Cancelled late", 2), new("Cancelled in time", 9)])]);

        // "Cancelled late" (2) is hidden, and with it "Cancelled in time" (9): attended out of attended + DNA still shows.
        Assert.Equal("80%", Suppression.Apply(new RawRate("Attended", "a", "Attended", ["Attended", "Did not attend"]), tables).Text);
        Assert.Equal(Suppression.FigureHiddenText, Suppression.Apply(new RawRate("Attended", "a", "Attended", ["Attended", "Did not attend", "Cancelled late"]), tables).Text);
    }

    [Fact]
    public void No_table_of_any_shape_leaves_a_small_count_recoverable()
    {
        // Every table of up to 4 rows with counts from 0 to 7: whatever shows, a hidden small row
        // is never the only unknown in "total − shown rows", and hidden rows come to 5 or more.
        var values = Enumerable.Range(0, 8).Select(v => (long)v).ToArray();
        foreach (var shape in Shapes(values, 4))
        {
            var t = Suppression.Apply(Table(shape));
            var hidden = t.Rows.Select((r, i) => (r, i)).Where(x => x.r.Count.Hidden).Select(x => shape[x.i]).ToList();
            Assert.All(shape.Where(Suppression.IsSmall), _ => Assert.NotEmpty(hidden));
            if (!t.Total.Hidden && hidden.Count > 0)
            {
                Assert.True(hidden.Count >= 2, $"[{string.Join(",", shape)}] hides only one row");
                Assert.True(hidden.Sum() >= 5, $"[{string.Join(",", shape)}] hides rows adding up to {hidden.Sum()}");
            }
        }
    }

    private static IEnumerable<long[]> Shapes(long[] values, int maxRows)
    {
        for (var rows = 1; rows <= maxRows; rows++)
        {
            var indexes = new int[rows];
            while (true)
            {
                yield return [.. indexes.Select(i => values[i])];
                var k = rows - 1;
                while (k >= 0 && ++indexes[k] == values.Length) indexes[k--] = 0;
                if (k < 0) break;
            }
        }
    }
}
