using Microsoft.Extensions.Options;

namespace Alongside.Web.Kernel.Measures;

/// <summary>
/// Puts measures on a family's list at the points of their support: when a plan is agreed (the
/// baseline: goals and the wellbeing questionnaires), after each attended session (feedback,
/// goals every N sessions, wellbeing every M, N and M from the plan, else its organisation, else
/// configuration), and when the support ends (goals, wellbeing and the experience questionnaire,
/// with what is still open withdrawn). Adds to the caller's unit of work; a point already on the
/// list is not added twice.
/// </summary>
public sealed class MeasureSchedule(AlongsideDbContext db, Instruments instruments, Notices notices, IOptions<MeasureOptions> options, TimeProvider clock)
{
    public const string Goals = "goals";
    public const string SessionFeedback = "session-feedback";
    public const string EndOfSupport = "end-of-support";

    public async Task PlanAgreedAsync(SupportPlan plan)
    {
        // Keyed by the child, so a new version of the plan does not ask for a second baseline.
        var point = $"child:{plan.ChildId}:start";
        var wanted = new List<string>();
        if (await db.PlanGoals.AnyAsync(g => g.PlanId == plan.Id)) wanted.Add(Goals);
        wanted.AddRange(await instruments.OfferedByAsync(plan.OrganisationId, options.Value.Wellbeing));
        await AddAsync(plan.FamilyId, plan.Id, null, point, "At the start of your support", wanted);
    }

    public async Task SessionAttendedAsync(Session session)
    {
        var attended = await db.Sessions.CountAsync(s => s.FamilyId == session.FamilyId && s.Status == SessionStatus.Attended && s.Id != session.Id) + 1;
        var plan = await db.SupportPlans.Where(p => p.FamilyId == session.FamilyId && p.Status == PlanStatus.Agreed && p.Goals.Any())
            .OrderByDescending(p => p.RespondedAt).Select(p => new { p.Id, p.OrganisationId, p.GoalsEverySessions, p.WellbeingEverySessions }).FirstOrDefaultAsync();
        var wanted = new List<string> { SessionFeedback };
        if (plan is not null)
        {
            var every = await EveryAsync(plan.OrganisationId, plan.GoalsEverySessions, plan.WellbeingEverySessions);
            if (attended % every.Goals == 0) wanted.Add(Goals);
            if (attended % every.Wellbeing == 0) wanted.AddRange(await instruments.OfferedByAsync(plan.OrganisationId, options.Value.Wellbeing));
        }
        var when = TimeDisplay.Local(session.StartsAt, "d MMMM yyyy");
        await AddAsync(session.FamilyId, plan?.Id, session.Id, $"session:{session.Id}", $"After your session on {when}", wanted);
    }

    /// <summary>
    /// The support a plan describes has ended: what is still open for it is withdrawn (all the
    /// family's, when no other plan of theirs is in force) and the end point is asked for.
    /// </summary>
    public async Task SupportEndedAsync(SupportPlan plan)
    {
        var now = clock.GetUtcNow();
        var otherInForce = await db.SupportPlans.AnyAsync(p => p.FamilyId == plan.FamilyId && p.ChildId != plan.ChildId && p.Status == PlanStatus.Agreed);
        var lineage = db.SupportPlans.Where(p => p.ChildId == plan.ChildId).Select(p => (Guid?)p.Id);
        await db.MeasuresDue.Open().Where(d => d.FamilyId == plan.FamilyId && (!otherInForce || lineage.Contains(d.PlanId)))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.WithdrawnAt, now));
        var wanted = new List<string>();
        if (await db.PlanGoals.AnyAsync(g => g.PlanId == plan.Id)) wanted.Add(Goals);
        wanted.AddRange(await instruments.OfferedByAsync(plan.OrganisationId, [.. options.Value.Wellbeing, EndOfSupport]));
        await AddAsync(plan.FamilyId, plan.Id, null, $"child:{plan.ChildId}:end", "At the end of your support", wanted);
    }

    /// <summary>A family took a place on a course: the wellbeing questionnaires before it begins (point cohort:{id}:start).</summary>
    public async Task CohortJoinedAsync(Guid familyId, Guid organisationId, Guid cohortId, string course) =>
        await AddAsync(familyId, null, null, $"cohort:{cohortId}:start", $"Before {course} begins",
            await instruments.OfferedByAsync(organisationId, options.Value.Wellbeing));

    /// <summary>A family was at one week of a course: feedback on that week.</summary>
    public Task CohortWeekAttendedAsync(Guid familyId, Guid cohortId, int week, string course) =>
        AddAsync(familyId, null, null, $"cohort:{cohortId}:week:{week}", $"After week {week} of {course}", [SessionFeedback]);

    /// <summary>The course's last week has been held: the wellbeing questionnaires again, to see what changed.</summary>
    public async Task CohortEndedAsync(Guid familyId, Guid organisationId, Guid cohortId, string course) =>
        await AddAsync(familyId, null, null, $"cohort:{cohortId}:end", $"At the end of {course}",
            await instruments.OfferedByAsync(organisationId, options.Value.Wellbeing));

    /// <summary>How often goals and wellbeing are asked: the plan's own, else its organisation's, else configuration.</summary>
    public async Task<(int Goals, int Wellbeing)> EveryAsync(Guid organisationId, int? planGoals = null, int? planWellbeing = null)
    {
        var defaults = await db.MeasureDefaults.Where(d => d.OrganisationId == organisationId)
            .Select(d => new { d.GoalsEverySessions, d.WellbeingEverySessions }).SingleOrDefaultAsync();
        return (planGoals ?? defaults?.GoalsEverySessions ?? options.Value.GoalsEverySessions,
            planWellbeing ?? defaults?.WellbeingEverySessions ?? options.Value.WellbeingEverySessions);
    }

    private async Task AddAsync(Guid familyId, Guid? planId, Guid? sessionId, string point, string reason, IReadOnlyCollection<string> instrumentIds)
    {
        var already = await db.MeasuresDue.Where(d => d.FamilyId == familyId && d.Point == point && instrumentIds.Contains(d.InstrumentId))
            .Select(d => d.InstrumentId).ToListAsync();
        var now = clock.GetUtcNow();
        var adding = instrumentIds.Except(already).ToList();
        if (adding.Count == 0) return;
        // The email only links to the list: what is asked stays behind the sign-in.
        await notices.SendAsync(await FamilyRecipients.CarersAsync(db, familyId), new MeasuresDueNotice());
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
    public override NoticeCategory Category => NoticeCategory.Sessions;

    public override string Subject => "You have a short questionnaire to fill in on Alongside";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say("Your care team would like to know how things are going. It takes a few minutes."),
        Link("/family/measures", "Sign in to see what to fill in:"),
        Say("If you or a child are in danger now, call 999."),
    ];
}
