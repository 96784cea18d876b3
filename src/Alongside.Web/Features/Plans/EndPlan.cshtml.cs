using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Alongside.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Plans;

/// <summary>
/// A care team member ends the support a plan describes, after a page that says what follows:
/// nothing more is booked against it, questionnaires still open are withdrawn, and the family is
/// asked the end-of-support ones. Cannot be undone; a new plan starts support again.
/// </summary>
[Authorize(Policy = Policies.FamilyWorker)]
public sealed class EndPlanModel(AlongsideDbContext db, MeasureSchedule measures, Notices notices, AuditLog audit, TimeProvider clock) : PageModel
{
    public SupportPlan Plan { get; private set; } = null!;
    public string ChildName { get; private set; } = "";
    public int SessionsStillBooked { get; private set; }

    [BindProperty]
    public PlanEndReason? Reason { get; set; }

    public static IReadOnlyList<Option> Reasons { get; } =
        Enum.GetValues<PlanEndReason>().Select(r => new Option(r.ToString(), PlanChoices.EndReason(r))).ToList();

    public async Task<IActionResult> OnGetAsync(Guid familyId, Guid planId) =>
        await LoadAsync(familyId, planId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid familyId, Guid planId)
    {
        if (!await LoadAsync(familyId, planId)) return NotFound();
        if (Reason is null || !Enum.IsDefined(Reason.Value))
        {
            ModelState.AddModelError(nameof(Reason), "Select why the support is ending");
            return Page();
        }
        var wasAgreed = Plan.Status == PlanStatus.Agreed;
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync();
        // Conditional, so of two ends at the same moment one ends it and the other changes nothing.
        var ended = await db.SupportPlans.Where(p => p.Id == Plan.Id && p.Status == Plan.Status)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PlanStatus.Ended).SetProperty(p => p.EndedAt, now).SetProperty(p => p.EndedByUserId, User.Id()).SetProperty(p => p.EndReason, Reason));
        if (ended == 0) return NotFound();
        (Plan.Status, Plan.EndedAt, Plan.EndedByUserId, Plan.EndReason) = (PlanStatus.Ended, now, User.Id(), Reason);
        db.Entry(Plan).State = EntityState.Unchanged;
        await audit.AddAsync("write", "SupportPlan", Plan.Id, familyId, $"Ended the support: {PlanChoices.EndReason(Reason.Value).ToLowerInvariant()}");
        if (wasAgreed) await measures.SupportEndedAsync(Plan);
        await notices.SendAsync(await FamilyRecipients.CarersAsync(db, familyId), new SupportEndedNotice(wasAgreed));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        this.Flash($"Support for {ChildName} has ended.{(wasAgreed ? " The family has been asked for their end-of-support questionnaires." : "")}");
        return Redirect($"/staff/families/{familyId}/plans/{planId}");
    }

    /// <summary>Only a care team member, and only a plan still current (not replaced, not ended).</summary>
    private async Task<bool> LoadAsync(Guid familyId, Guid planId)
    {
        var me = User.Id();
        var plan = await db.SupportPlans.Include(p => p.Child)
            .Where(p => p.Id == planId && p.FamilyId == familyId && p.Status != PlanStatus.Superseded && p.Status != PlanStatus.Ended
                        && db.CareTeamMembers.Any(c => c.FamilyId == familyId && c.UserId == me))
            .SingleOrDefaultAsync();
        if (plan is null) return false;
        (Plan, ChildName) = (plan, plan.Child!.FirstName);
        SessionsStillBooked = await db.Sessions.CountAsync(s => s.FamilyId == familyId && s.Status == SessionStatus.Booked && s.StartsAt > clock.GetUtcNow());
        return true;
    }
}

/// <summary>To the family: their support has ended; when it had begun, a last few questionnaires. No content.</summary>
public sealed record SupportEndedNotice(bool QuestionnairesAsked) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Support;

    public override string Subject => "Your support plan has ended";

    public override IEnumerable<NoticeLine> Lines() => QuestionnairesAsked
        ? [Say("Your care team has ended the support in your plan."), Link("/family/measures", "They would like to know how things are now. Sign in to fill in a last few short questionnaires:")]
        : [Say("Your care team has ended your support plan."), Link("/family", "Sign in to see your plans and messages:")];
}
