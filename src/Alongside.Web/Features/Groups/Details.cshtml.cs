using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Groups;

/// <summary>
/// A group's page. Anyone reads what it is and when it meets; a signed-in parent asks to join;
/// members see the online link, say whether they are coming, and give feedback afterwards.
/// </summary>
[AllowAnonymous]
public sealed class DetailsModel(AlongsideDbContext db, Notices notices, RiskAlerts riskAlerts, Microsoft.Extensions.Options.IOptions<UrgentHelpOptions> urgentHelp, TimeProvider clock) : PageModel
{
    public sealed record Meeting(DateTimeOffset StartsAt, bool? Coming);

    /// <summary>The join form. Bound only by the join handler, so the other forms on the page are not checked against it.</summary>
    public JoinInput Join { get; set; } = new();

    public PeerGroup Group { get; private set; } = null!;
    public string Organisation { get; private set; } = "";
    public GroupMemberStatus? Status { get; private set; }
    public bool Runs { get; private set; }
    public IReadOnlyList<Meeting> Upcoming { get; private set; } = [];

    /// <summary>The last meeting the member said they would come to and has not yet rated.</summary>
    public DateTimeOffset? AskFeedbackFor { get; private set; }

    public sealed class JoinInput
    {
        [Required(ErrorMessage = "Enter the name other members will see")]
        [StringLength(40, ErrorMessage = "The name must be 40 characters or fewer")]
        public string? DisplayName { get; set; }

        [StringLength(1000, ErrorMessage = "What you tell the facilitator must be 1,000 characters or fewer")]
        public string? Introduction { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Join.DisplayName = User.Identity?.IsAuthenticated == true ? User.DisplayName() : null;
        return Page();
    }

    public async Task<IActionResult> OnPostJoinAsync(Guid id, [Bind(Prefix = nameof(Join))] JoinInput join)
    {
        Join = join;
        if (User.Identity?.IsAuthenticated != true) return Challenge(); // the page is open; acting in it needs an account
        if (!await LoadAsync(id)) return NotFound();
        if (Status is GroupMemberStatus.Member or GroupMemberStatus.Requested) return RedirectToPage(new { id });
        if (Status is GroupMemberStatus.Removed) return NotFound();
        if (!ModelState.IsValid) return Page();
        var me = User.Id();
        var now = clock.GetUtcNow();
        var existing = await db.PeerGroupMembers.SingleOrDefaultAsync(m => m.GroupId == id && m.UserId == me);
        if (existing is null)
        {
            db.PeerGroupMembers.Add(new PeerGroupMember { GroupId = id, UserId = me, Status = GroupMemberStatus.Requested, DisplayName = Join.DisplayName!.Trim(), Introduction = Join.Introduction?.Trim(), RequestedAt = now });
        }
        else
        {
            (existing.Status, existing.DisplayName, existing.Introduction, existing.RequestedAt) = (GroupMemberStatus.Requested, Join.DisplayName!.Trim(), Join.Introduction?.Trim(), now);
        }
        var facilitators = await GroupRoles.FacilitatorsAsync(db, id);
        await notices.SendAsync(facilitators, new JoinRequestNotice(Group.Name, id));
        if (RiskWords.Signal(Join.Introduction, urgentHelp.Value.RiskPhrases))
        {
            // A group alert, not a family record one: the group's facilitators answer it.
            await riskAlerts.RaiseForOrganisationAsync(Group.OrganisationId, null, facilitators, "the group's facilitators", "a request to join a group", $"/groups/{id}/manage");
            TempData["UrgentHelp"] = true;
        }
        await db.SaveChangesAsync();
        this.Flash("You have asked to join. A facilitator will let you know by email.");
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRespondAsync(Guid id, [BindRequired] PostedInstant meeting, bool coming)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge(); // the page is open; acting in it needs an account
        if (!await LoadAsync(id) || Status != GroupMemberStatus.Member) return NotFound();
        var startsAt = meeting.Value;
        if (!Upcoming.Any(m => m.StartsAt == startsAt)) return NotFound();
        var response = await FindResponseAsync(id, startsAt);
        response.Coming = coming;
        response.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        this.Flash(coming ? $"Thank you: you are down as coming on {TimeDisplay.Format(startsAt)}." : "Thank you for letting the group know.");
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostFeedbackAsync(Guid id, [BindRequired] PostedInstant meeting, int? rating, string? feedback)
    {
        if (User.Identity?.IsAuthenticated != true) return Challenge(); // the page is open; acting in it needs an account
        if (!await LoadAsync(id) || Status != GroupMemberStatus.Member) return NotFound();
        var startsAt = meeting.Value;
        // Feedback is for a meeting this group has had: not one to come, not a made-up time.
        if (startsAt > clock.GetUtcNow() || !IsMeeting(startsAt)) return NotFound();
        if (rating is not (>= 1 and <= 5)) ModelState.AddModelError("rating", "Choose how the meeting was, from 1 to 5");
        if (feedback?.Length > 2000) ModelState.AddModelError("feedback", "Your feedback must be 2,000 characters or fewer");
        if (!ModelState.IsValid) return Page();
        var response = await FindResponseAsync(id, startsAt);
        (response.Rating, response.Feedback, response.UpdatedAt) = (rating, string.IsNullOrWhiteSpace(feedback) ? null : feedback.Trim(), clock.GetUtcNow());
        if (RiskWords.Signal(response.Feedback, urgentHelp.Value.RiskPhrases))
        {
            await riskAlerts.RaiseForOrganisationAsync(Group.OrganisationId, null, await GroupRoles.FacilitatorsAsync(db, id), "the group's facilitators", "feedback on a group meeting", $"/groups/{id}/manage");
            TempData["UrgentHelp"] = true;
        }
        await db.SaveChangesAsync();
        this.Flash("Thank you for your feedback. The facilitators read it to make the group better.");
        return RedirectToPage(new { id });
    }

    private bool IsMeeting(DateTimeOffset startsAt) =>
        GroupSchedule.Next(Group.Recurrence, Group.FirstMeeting, Group.StartTime, startsAt, 1) is [var meeting] && meeting == startsAt;

    private async Task<GroupMeetingResponse> FindResponseAsync(Guid id, DateTimeOffset startsAt)
    {
        var me = User.Id();
        var response = await db.GroupMeetingResponses.SingleOrDefaultAsync(r => r.GroupId == id && r.UserId == me && r.MeetingStartsAt == startsAt);
        if (response is null)
        {
            response = new GroupMeetingResponse { GroupId = id, UserId = me, MeetingStartsAt = startsAt };
            db.GroupMeetingResponses.Add(response);
        }
        return response;
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var group = await db.PeerGroups.Where(g => g.Id == id && g.ClosedAt == null).Select(g => new { Group = g, Organisation = g.Organisation!.Name }).SingleOrDefaultAsync();
        if (group is null) return false;
        (Group, Organisation) = (group.Group, group.Organisation);
        var now = clock.GetUtcNow();
        var next = GroupSchedule.Next(Group.Recurrence, Group.FirstMeeting, Group.StartTime, now, 3);
        if (User.Identity?.IsAuthenticated != true)
        {
            Upcoming = next.Select(m => new Meeting(m, null)).ToList();
            return true;
        }
        var me = User.Id();
        Status = await db.PeerGroupMembers.Where(m => m.GroupId == id && m.UserId == me).Select(m => (GroupMemberStatus?)m.Status).SingleOrDefaultAsync();
        Runs = await db.PeerGroups.Where(g => g.Id == id).RunBy(db, me).AnyAsync();
        var responses = await db.GroupMeetingResponses.Where(r => r.GroupId == id && r.UserId == me).OrderByDescending(r => r.MeetingStartsAt).Take(20).ToListAsync();
        Upcoming = next.Select(m => new Meeting(m, responses.FirstOrDefault(r => r.MeetingStartsAt == m)?.Coming)).ToList();
        AskFeedbackFor = responses.Where(r => r.MeetingStartsAt < now && (r.Coming || r.Attended == true) && r.Rating == null)
            .Select(r => (DateTimeOffset?)r.MeetingStartsAt).FirstOrDefault();
        return true;
    }
}
