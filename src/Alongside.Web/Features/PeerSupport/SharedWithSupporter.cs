namespace Alongside.Web.Features.PeerSupport;

/// <summary>
/// What a parent's "share with your peer supporter" choice shows their matched supporter:
/// each current plan's child first name, status, review date, goals, and the kinds of support
/// with sessions used and left. Never costs, funding, assessments, notes or children's details.
/// The page that calls this has already checked the reader is the matched supporter.
/// </summary>
public static class SharedWithSupporter
{
    public sealed record SharedItem(PlanItemKind Kind, int? Sessions, int SessionsUsed)
    {
        public int? Remaining => Sessions is { } n ? Math.Max(0, n - SessionsUsed) : null;
    }

    public sealed record SharedPlan(string ChildName, PlanStatus Status, DateOnly ReviewDate, IReadOnlyList<string> Goals, IReadOnlyList<SharedItem> Items);

    /// <summary>The shared plans, or null when the family is not sharing with their supporter now.</summary>
    public static async Task<IReadOnlyList<SharedPlan>?> PlansAsync(AlongsideDbContext db, Guid familyId)
    {
        var sharing = await db.SharingConsents.AnyAsync(c => c.FamilyId == familyId && c.Audience == SharingAudience.PeerSupporter && c.RevokedAt == null);
        if (!sharing) return null;
        return await db.SupportPlans
            .Where(p => p.FamilyId == familyId && p.Status != PlanStatus.Superseded)
            .OrderBy(p => p.Child!.FirstName).Take(10)
            .Select(p => new SharedPlan(p.Child!.FirstName, p.Status, p.ReviewDate,
                p.Goals.OrderBy(g => g.Order).Select(g => g.Text).ToList(),
                p.Items.OrderBy(i => i.Kind).Select(i => new SharedItem(i.Kind, i.Sessions, i.SessionsUsed)).ToList()))
            .AsSplitQuery().ToListAsync();
    }
}
