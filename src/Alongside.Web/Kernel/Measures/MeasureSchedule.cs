using Microsoft.Extensions.Options;

namespace Alongside.Web.Kernel.Measures;

/// <summary>
/// Puts measures on a family's list at the points of their support: when a plan is agreed (the
/// baseline: goals and the wellbeing questionnaires), and after each attended session (feedback,
/// goals every N sessions, wellbeing every M). Adds to the caller's unit of work; a point already
/// on the list is not added twice.
/// </summary>
public sealed class MeasureSchedule(AlongsideDbContext db, Instruments instruments, Notices notices, IOptions<MeasureOptions> options, TimeProvider clock)
{
    public const string Goals = "goals";
    public const string SessionFeedback = "session-feedback";

    public async Task PlanAgreedAsync(SupportPlan plan)
    {
        // Keyed by the child, so a new version of the plan does not ask for a second baseline.
        var point = $"child:{plan.ChildId}:start";
        var wanted = new List<string>();
        if (await db.PlanGoals.AnyAsync(g => g.PlanId == plan.Id)) wanted.Add(Goals);
        wanted.AddRange(await OfferableWellbeingAsync());
        await AddAsync(plan.FamilyId, plan.Id, null, point, "At the start of your support", wanted);
    }

    public async Task SessionAttendedAsync(Session session)
    {
        var settings = options.Value;
        var attended = await db.Sessions.CountAsync(s => s.FamilyId == session.FamilyId && s.Status == SessionStatus.Attended && s.Id != session.Id) + 1;
        var planId = await CurrentPlanIdAsync(session.FamilyId);
        var wanted = new List<string> { SessionFeedback };
        if (planId is not null && attended % settings.GoalsEverySessions == 0) wanted.Add(Goals);
        if (attended % settings.WellbeingEverySessions == 0) wanted.AddRange(await OfferableWellbeingAsync());
        var when = TimeDisplay.Local(session.StartsAt, "d MMMM yyyy");
        await AddAsync(session.FamilyId, planId, session.Id, $"session:{session.Id}", $"After your session on {when}", wanted);
    }

    private async Task<Guid?> CurrentPlanIdAsync(Guid familyId) =>
        await db.SupportPlans.Where(p => p.FamilyId == familyId && p.Status == PlanStatus.Agreed && p.Goals.Any())
            .OrderByDescending(p => p.RespondedAt).Select(p => (Guid?)p.Id).FirstOrDefaultAsync();

    private async Task<IEnumerable<string>> OfferableWellbeingAsync()
    {
        var all = await instruments.AllAsync();
        return options.Value.Wellbeing.Where(id => all.Any(i => i.Definition.Id == id && i.Offerable is not null));
    }

    private async Task AddAsync(Guid familyId, Guid? planId, Guid? sessionId, string point, string reason, IReadOnlyCollection<string> instrumentIds)
    {
        var already = await db.MeasuresDue.Where(d => d.FamilyId == familyId && d.Point == point && instrumentIds.Contains(d.InstrumentId))
            .Select(d => d.InstrumentId).ToListAsync();
        var now = clock.GetUtcNow();
        var adding = instrumentIds.Except(already).ToList();
        if (adding.Count == 0) return;
        // The email only links to the list: what is asked stays behind the sign-in.
        notices.Send(await FamilyRecipients.CarersAsync(db, familyId), new MeasuresDueNotice());
        foreach (var id in adding)
        {
            db.MeasuresDue.Add(new MeasureDue
            {
                FamilyId = familyId,
                PlanId = planId,
                SessionId = sessionId,
                InstrumentId = id,
                Point = point,
                Reason = reason,
                DueAt = now,
                CreatedAt = now,
            });
        }
    }
}

/// <summary>To the family's carers: there is something to fill in. No content, only the link.</summary>
public sealed record MeasuresDueNotice : Notice
{
    public override string Subject => "You have a short questionnaire to fill in on Alongside";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say("Your care team would like to know how things are going. It takes a few minutes."),
        Link("/family/measures", "Sign in to see what to fill in:"),
        Say("If you or a child are in danger now, call 999."),
    ];
}
