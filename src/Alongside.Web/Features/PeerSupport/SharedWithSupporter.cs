namespace Alongside.Web.Features.PeerSupport;

/// <summary>
/// What a parent's "share with your peer supporter" choice shows their matched supporter:
/// each current plan's child first name, status, review date, goals, and the kinds of support
/// with sessions used and left, and how the family rates each goal (first and latest). Never costs,
/// funding, assessments, notes, wellbeing questionnaires or children's details.
/// The page that calls this has already checked the reader is the matched supporter.
/// </summary>
public static class SharedWithSupporter
{
    public sealed record SharedItem(PlanItemKind Kind, int? Sessions, int SessionsUsed)
    {
        public int? Remaining => Sessions is { } n ? Math.Max(0, n - SessionsUsed) : null;
    }

    public sealed record SharedPlan(string ChildName, PlanStatus Status, DateOnly ReviewDate, IReadOnlyList<string> Goals, IReadOnlyList<SharedItem> Items)
    {
        /// <summary>Each goal's first and latest rating out of 10, by the goal's words, when the family has rated it.</summary>
        public IReadOnlyDictionary<string, (int First, int Latest, int Times)> Ratings { get; init; } = new Dictionary<string, (int, int, int)>();
    }

    /// <summary>The shared plans, or null when the family is not sharing with their supporter now.</summary>
    public static async Task<IReadOnlyList<SharedPlan>?> PlansAsync(AlongsideDbContext db, Guid familyId)
    {
        var sharing = await db.SharingConsents.AnyAsync(c => c.FamilyId == familyId && c.Audience == SharingAudience.PeerSupporter && c.RevokedAt == null);
        if (!sharing) return null;
        var plans = await db.SupportPlans
            .Where(p => p.FamilyId == familyId && p.Status != PlanStatus.Superseded)
            .OrderBy(p => p.Child!.FirstName).Take(10)
            .Select(p => new SharedPlan(p.Child!.FirstName, p.Status, p.ReviewDate,
                p.Goals.OrderBy(g => g.Order).Select(g => g.Text).ToList(),
                p.Items.OrderBy(i => i.Kind).Select(i => new SharedItem(i.Kind, i.Sessions, i.SessionsUsed)).ToList()))
            .AsSplitQuery().ToListAsync();
        // Goal ratings only: the goals are already shared, and their ratings are what the family set them by.
        var rated = await db.MeasureAnswers
            .Where(a => a.Value != null && a.Text != null && db.MeasureResponses.Any(r => r.Id == a.ResponseId && r.FamilyId == familyId && r.InstrumentId == MeasureSchedule.Goals))
            .Select(a => new { a.Text, a.Value, At = db.MeasureResponses.Where(r => r.Id == a.ResponseId).Select(r => r.AnsweredAt).First() })
            .OrderByDescending(a => a.At).Take(300).ToListAsync();
        var ratings = rated.GroupBy(a => a.Text!).ToDictionary(g => g.Key, g => (g.Last().Value!.Value, g.First().Value!.Value, g.Count()));
        return plans.Select(p => p with { Ratings = ratings.Where(r => p.Goals.Contains(r.Key)).ToDictionary() }).ToList();
    }
}
