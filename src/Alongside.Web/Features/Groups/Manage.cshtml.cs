using Alongside.Web.Features.Groups.Discussion;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Groups;

/// <summary>A facilitator welcomes or turns down requests, looks after members, and records who came.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ManageModel(AlongsideDbContext db, LiveDiscussion live, Discussion.MemberSanctions sanctions, Notices notices, TimeProvider clock) : PageModel
{
    /// <summary>When the page was made, to show which measures are still running.</summary>
    public DateTimeOffset Now { get; private set; }

    public sealed record Person(Guid UserId, string DisplayName, string? Introduction, GroupMemberStatus Status, DateTimeOffset RequestedAt, DateTimeOffset? SilencedUntil, DateTimeOffset? SuspendedUntil);

    public sealed record MeetingAnswer(Guid UserId, string DisplayName, bool Coming, bool? Attended, int? Rating, string? Feedback);

    public PeerGroup Group { get; private set; } = null!;
    public IReadOnlyList<Person> People { get; private set; } = [];
    public DateTimeOffset? LastMeeting { get; private set; }
    public IReadOnlyList<MeetingAnswer> LastResponses { get; private set; } = [];

    /// <summary>Set when removing a member was chosen: the page then asks to confirm, and shows nothing else.</summary>
    public ConfirmActionView? Confirming { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? remove)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (remove is { } userId)
        {
            // Only a current member can be removed; anyone else is not in this group's list.
            if (People.FirstOrDefault(p => p.UserId == userId && p.Status == GroupMemberStatus.Member) is not { } member) return NotFound();
            Confirming = new ConfirmActionView(
                $"Remove {member.DisplayName} from {Group.Name}?",
                [
                    "They can no longer read or post in the group's discussion, from this moment, on any device.",
                    "What they have already posted stays, under their name.",
                    "To come back, they ask to join again and a facilitator welcomes them.",
                ],
                $"/groups/{id}/manage?handler=Remove&userId={userId}",
                new Dictionary<string, string>(),
                "Yes, remove them",
                $"/groups/{id}/manage",
                "No, keep them in the group");
        }
        return Page();
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, Guid userId, bool welcome)
    {
        if (!await LoadAsync(id)) return NotFound();
        var member = await db.PeerGroupMembers.Include(m => m.User).SingleOrDefaultAsync(m => m.GroupId == id && m.UserId == userId && m.Status == GroupMemberStatus.Requested);
        if (member is null) return NotFound();
        (member.Status, member.DecidedAt, member.DecidedByUserId) = (welcome ? GroupMemberStatus.Member : GroupMemberStatus.Declined, clock.GetUtcNow(), User.Id());
        if (member.User?.Email is { } email)
        {
            await notices.SendAsync(new Recipient(email, member.User.DisplayName), welcome ? new WelcomeNotice(Group.Name, id) : new JoinDeclinedNotice(Group.Name));
        }
        await db.SaveChangesAsync();
        this.Flash(welcome ? $"{member.DisplayName} is now a member" : $"{member.DisplayName}'s request is turned down");
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAttendanceAsync(Guid id, [BindRequired] PostedInstant meeting, List<Guid> came)
    {
        if (!await LoadAsync(id) || LastMeeting is null || LastMeeting != meeting.Value) return NotFound();
        var members = await db.PeerGroupMembers.Where(m => m.GroupId == id && m.Status == GroupMemberStatus.Member).Select(m => m.UserId).ToListAsync();
        var startsAt = LastMeeting.Value;
        var responses = await db.GroupMeetingResponses.Where(r => r.GroupId == id && r.MeetingStartsAt == startsAt).ToListAsync();
        foreach (var userId in members)
        {
            var response = responses.FirstOrDefault(r => r.UserId == userId);
            if (response is null && !came.Contains(userId)) continue;
            if (response is null)
            {
                response = new GroupMeetingResponse { GroupId = id, UserId = userId, MeetingStartsAt = startsAt, Coming = true };
                db.GroupMeetingResponses.Add(response);
            }
            response.Attended = came.Contains(userId);
            response.UpdatedAt = clock.GetUtcNow();
        }
        await db.SaveChangesAsync();
        this.Flash($"Attendance saved: {came.Intersect(members).Count()} came");
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid userId)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (await db.PeerGroupMembers.Where(m => m.GroupId == id && m.UserId == userId && m.Status == GroupMemberStatus.Member)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, GroupMemberStatus.Removed)) == 0) return NotFound();
        await live.RecheckAsync(id, userId);
        this.Flash("Removed from the group");
        return RedirectToPage(new { id });
    }

    /// <summary>Pause a member's posting, suspend them, or lift either, for one of the offered lengths.</summary>
    public async Task<IActionResult> OnPostMeasureAsync(Guid id, Guid userId, ModerationAction action, int days, string? note)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (!await sanctions.ApplyAsync(id, Group.Name, userId, action, days, note, User.Id())) return BadRequest();
        this.Flash(action switch
        {
            ModerationAction.Silence => $"Their posting is paused for {days} days, and they have been told",
            ModerationAction.Suspend => $"They are suspended for {days} days, and they have been told",
            _ => "They can take part again, and they have been told",
        });
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var me = User.Id();
        var group = await db.PeerGroups.Where(g => g.Id == id).RunBy(db, me).SingleOrDefaultAsync();
        if (group is null) return false;
        Group = group;
        People = await db.PeerGroupMembers.Where(m => m.GroupId == id && (m.Status == GroupMemberStatus.Requested || m.Status == GroupMemberStatus.Member))
            .OrderBy(m => m.Status).ThenBy(m => m.DisplayName).Take(500)
            .Select(m => new Person(m.UserId, m.DisplayName, m.Introduction, m.Status, m.RequestedAt, m.SilencedUntil, m.SuspendedUntil)).ToListAsync();
        var now = clock.GetUtcNow();
        Now = now;
        var since = now.AddDays(-62);
        LastMeeting = GroupSchedule.Next(group.Recurrence, group.FirstMeeting, group.StartTime, since, 20)
            .Where(m => m <= now).Select(m => (DateTimeOffset?)m).LastOrDefault();
        if (LastMeeting is { } meeting)
        {
            var names = People.ToDictionary(p => p.UserId, p => p.DisplayName);
            LastResponses = (await db.GroupMeetingResponses.Where(r => r.GroupId == id && r.MeetingStartsAt == meeting).ToListAsync())
                .Where(r => names.ContainsKey(r.UserId))
                .Select(r => new MeetingAnswer(r.UserId, names[r.UserId], r.Coming, r.Attended, r.Rating, r.Feedback)).ToList();
        }
        return true;
    }
}
