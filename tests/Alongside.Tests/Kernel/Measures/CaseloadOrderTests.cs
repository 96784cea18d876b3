using Alongside.Web.Features.Outcomes;

namespace Alongside.Tests.Kernel.Measures;

public sealed class CaseloadOrderTests
{
    private static readonly Change Worse = new(8, ChangeKind.ReliableDeterioration, false, false);
    private static readonly Change IntoRange = new(2, ChangeKind.NoReliableChange, false, true);
    private static readonly Change Better = new(-7, ChangeKind.ReliableImprovement, true, false);

    private static CaseloadRow Row(string name, int overdue, params Change?[] changes) =>
        new(Guid.NewGuid(), name, changes.Select(c => new ScoreLine("PHQ-9", 10, null, c, 2)).ToList(), overdue);

    [Fact]
    public void Worse_then_most_overdue_then_by_name()
    {
        var rows = new[]
        {
            Row("Adams", 0, Better), Row("Baker", 1), Row("Clark", 0, IntoRange), Row("Davis", 3), Row("Evans", 0, Worse), Row("aaron", 0),
        };
        Assert.Equal(["Clark", "Evans", "Davis", "Baker", "aaron", "Adams"], CaseloadOrder.Sort(rows).Select(r => r.Family).ToList());
    }

    [Fact]
    public void A_family_with_one_measure_worse_is_worse_even_if_another_is_better()
    {
        var row = Row("Fox", 0, Better, Worse);
        Assert.True(row.Worse);
        Assert.False(row.Better);
        Assert.True(Row("Gale", 0, Better).Better);
    }
}
