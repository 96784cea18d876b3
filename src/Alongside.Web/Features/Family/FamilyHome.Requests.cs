namespace Alongside.Web.Features.Family;

/// <summary>The family home's second command: the referrals, then the plans with their goals.</summary>
public static partial class FamilyHome
{
    /// <summary>
    /// The referrals of the person's families, newest first with any place, and their plans that no
    /// newer version replaced, newest first, with the goals: one command, a UNION ALL of the two lists. Each half
    /// is planned on its own and read once. Joined to the families side by side, as they were, the
    /// referrals and their place counts were on PostgreSQL read again for every goal row whenever
    /// the planner put them on the inner side of a nested loop (82 ms against 18 ms at 100,000
    /// families), and each referral row was repeated for every goal row.
    /// </summary>
    public static async Task<(List<FamilyReferrals.Row> Referrals, List<HomePlan> Plans)> RequestsAsync(AlongsideDbContext db, Guid me, DateTimeOffset now)
    {
        var cared = db.FamilyIdsCaredForBy(me);
        var referrals = FamilyReferrals.Placed(db, now).Where(r => cared.Contains(r.FamilyId))
            .OrderByDescending(r => r.SubmittedAt).Take(FamilyReferrals.Shown)
            .Select(r => new RequestRow
            {
                Id = r.Id,
                FamilyId = r.FamilyId,
                Organisation = r.Organisation,
                Child = r.Child,
                At = r.SubmittedAt,
                IsPlan = false,
                Status = r.Status.ToString(),
                DeclineReason = r.DeclineReason,
                SubmittedByUserId = r.SubmittedByUserId,
                Higher = r.Higher,
                Longer = r.Longer,
                Left = r.Left,
                Goal = null,
                // Not null: PostgreSQL reads an untyped NULL from a limited half as text, which no integer matches.
                GoalOrder = 0,
            });
        // The newest plans not superseded, limited by their ids so that a limit on goal rows cannot cut a plan's goals short.
        var shownPlans = db.SupportPlans.Where(p => cared.Contains(p.FamilyId) && p.Status != Kernel.Care.PlanStatus.Superseded)
            .OrderByDescending(p => p.CreatedAt).Take(PlansShown).Select(p => p.Id);
        var planGoals = from p in db.SupportPlans.Where(p => shownPlans.Contains(p.Id))
                        from g in db.PlanGoals.Where(g => g.PlanId == p.Id).DefaultIfEmpty()
                        select new RequestRow
                        {
                            Id = p.Id,
                            FamilyId = p.FamilyId,
                            Organisation = null,
                            Child = db.Children.Where(c => c.Id == p.ChildId).Select(c => c.FirstName).First(),
                            At = p.CreatedAt,
                            IsPlan = true,
                            Status = p.Status.ToString(),
                            DeclineReason = null,
                            SubmittedByUserId = null,
                            Higher = null,
                            Longer = null,
                            Left = 0,
                            Goal = g!.Text,
                            GoalOrder = g.Order,
                        };
        var rows = await referrals.Concat(planGoals).ToListAsync();
        var plans = rows.Where(r => r.IsPlan).GroupBy(r => r.Id).Select(goalRows => goalRows.First().AsPlan(goalRows));
        return (rows.Where(r => !r.IsPlan).Select(r => r.AsReferral()).OrderByDescending(r => r.SubmittedAt).ToList(),
            plans.OrderByDescending(p => p.CreatedAt).Take(PlansShown).ToList());
    }

    public const int PlansShown = 20;

    /// <summary>
    /// One row of the requests command: a referral, or one goal of a plan shown (a plan without
    /// goals gives one row with no goal). Flat, because the two lists travel as one UNION ALL. The
    /// status is either kind's stored name: as two enum columns, the NULL standing for the other kind
    /// would give its column the enum's default mapping (a number), not the name that is stored.
    /// </summary>
    private sealed class RequestRow
    {
        public Guid Id { get; init; }
        public Guid FamilyId { get; init; }
        public string? Organisation { get; init; }
        public string? Child { get; init; }
        /// <summary>When a referral was sent, or a plan made.</summary>
        public DateTimeOffset At { get; init; }
        public bool IsPlan { get; init; }
        public required string Status { get; init; }
        public string? DeclineReason { get; init; }
        public Guid? SubmittedByUserId { get; init; }
        public int? Higher { get; init; }
        public int? Longer { get; init; }
        public int Left { get; init; }
        public string? Goal { get; init; }
        public int? GoalOrder { get; init; }

        public FamilyReferrals.Row AsReferral() => new()
        {
            Id = Id,
            FamilyId = FamilyId,
            Organisation = Organisation!,
            Child = Child!,
            SubmittedAt = At,
            Status = Enum.Parse<ReferralStatus>(Status),
            DeclineReason = DeclineReason,
            SubmittedByUserId = SubmittedByUserId,
            Higher = Higher,
            Longer = Longer,
            Left = Left,
        };

        /// <summary>This plan, with the goals of all its rows in their order.</summary>
        public HomePlan AsPlan(IEnumerable<RequestRow> goalRows) => new()
        {
            Id = Id,
            ChildName = Child!,
            Status = Enum.Parse<Kernel.Care.PlanStatus>(Status),
            CreatedAt = At,
            Goals = goalRows.Where(g => g.Goal is not null).OrderBy(g => g.GoalOrder).Select(g => g.Goal!).ToList(),
        };
    }
}
