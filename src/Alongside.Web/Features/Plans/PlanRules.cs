using System.Globalization;

namespace Alongside.Web.Features.Plans;

public static class PlanRules
{
    public const int MaxGoals = 3;
    public const int GoalLength = 500;

    public static CheckedPlan Check(PlanInput input, DateOnly today, IReadOnlySet<Guid> children)
    {
        var errors = new List<(string, string)>();
        if (input.ChildId is not { } child || !children.Contains(child)) errors.Add(("Input.ChildId", "Select the child this plan is for"));

        var review = default(DateOnly);
        const string NextTwoYears = "The review date must be in the next 2 years";
        var reviewQuestion = new DateQuestion("The review date", "Enter the review date", today.AddDays(1), NextTwoYears, today.AddYears(2), NextTwoYears);
        var (date, dateError) = DateParts.Read(input.ReviewDay, input.ReviewMonth, input.ReviewYear, reviewQuestion);
        if (dateError is not null) errors.Add(("Input.ReviewDay", dateError));
        else review = date!.Value;

        var goals = new[] { input.Goal1, input.Goal2, input.Goal3 }.Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g!.Trim()).ToList();
        if (goals.Count == 0) errors.Add(("Input.Goal1", "Write at least one goal, in the parents' words"));
        foreach (var (goal, index) in new[] { input.Goal1, input.Goal2, input.Goal3 }.Select((g, i) => (g, i)))
        {
            if (goal?.Length > GoalLength) errors.Add(($"Input.Goal{index + 1}", $"Each goal must be {GoalLength} characters or fewer"));
        }

        var items = new List<(PlanItemKind, int?, FundingRoute, decimal, string?)>();
        for (var i = 0; i < PlanChoices.Kinds.Count && i < input.Items.Count; i++)
        {
            var row = input.Items[i];
            if (!row.Include) continue;
            var kind = PlanChoices.Kinds[i];
            var key = $"Input.Items[{i}]";
            int? sessions = null;
            if (PlanChoices.CountsSessions(kind))
            {
                if (int.TryParse(row.Sessions, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 100) sessions = n;
                else errors.Add(($"{key}.Sessions", $"{PlanChoices.Describe(kind)}: enter how many sessions, from 1 to 100"));
            }
            if (row.Funding is null) errors.Add(($"{key}.Funding", $"{PlanChoices.Describe(kind)}: select how it is paid for"));
            var costText = (row.Cost ?? "").Trim().TrimStart('£').Replace(",", "", StringComparison.Ordinal);
            var cost = 0m;
            if (costText.Length > 0 && !(decimal.TryParse(costText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out cost) && cost is >= 0 and < 100_000))
                errors.Add(($"{key}.Cost", $"{PlanChoices.Describe(kind)}: enter the cost in pounds, like 1200"));
            if (row.FundingReference?.Length > 100) errors.Add(($"{key}.FundingReference", "The reference must be 100 characters or fewer"));
            items.Add((kind, sessions, row.Funding ?? FundingRoute.NotSure, decimal.Round(cost, 2), string.IsNullOrWhiteSpace(row.FundingReference) ? null : row.FundingReference.Trim()));
        }
        if (items.Count == 0) errors.Add(("Input.Items[0].Include", "Choose at least one kind of support for the plan"));
        var goalsEvery = ScheduleRules.Every(input.GoalsEvery, "goals", blankAllowed: true);
        if (goalsEvery.Error is not null) errors.Add(("Input.GoalsEvery", goalsEvery.Error));
        var wellbeingEvery = ScheduleRules.Every(input.WellbeingEvery, "wellbeing and confidence", blankAllowed: true);
        if (wellbeingEvery.Error is not null) errors.Add(("Input.WellbeingEvery", wellbeingEvery.Error));
        return new CheckedPlan(errors, review, goals, items, goalsEvery.Every, wellbeingEvery.Every);
    }
}

public sealed record CheckedPlan(
    IReadOnlyList<(string Key, string Message)> Errors,
    DateOnly ReviewDate,
    IReadOnlyList<string> Goals,
    IReadOnlyList<(PlanItemKind Kind, int? Sessions, FundingRoute Funding, decimal Cost, string? Reference)> Items,
    int? GoalsEvery = null,
    int? WellbeingEvery = null);
