using Alongside.Web.Cli;

namespace Alongside.Tests.Cli;

public sealed class BenchmarkChildrenTests
{
    [Fact]
    public void Seeded_children_at_100000_have_birthdays_spread_as_a_services_would_and_no_two_share_name_and_date()
    {
        var dates = Enumerable.Range(0, 100_000).Select(BenchmarkSeed.ChildBirthDate).ToList();

        Assert.InRange(dates.Min(), new DateOnly(2008, 1, 1), new DateOnly(2008, 1, 31));
        Assert.InRange(dates.Max(), new DateOnly(2023, 12, 1), new DateOnly(2023, 12, 31));
        var perDay = dates.GroupBy(d => d).Select(g => g.Count()).ToList();
        Assert.True(perDay.Count >= 5_800, $"{perDay.Count} birthdays");
        Assert.True(perDay.Max() <= 18, $"{perDay.Max()} children on one birthday");
        // The triage duplicate check flags a shared name and birthday: the seed must not make false ones.
        Assert.Equal(dates.Count, dates.Select((d, i) => (d, i % 997)).Distinct().Count());
    }
}
