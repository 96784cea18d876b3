namespace Alongside.Web.Features.Groups.Discussion;

/// <summary>
/// A moderator's measures short of removal: pause someone's posting for a while (they still
/// read), suspend them for a while (they neither read nor post), or lift either early. Each is
/// logged, the member is emailed, and a suspension stops their live updates at once.
/// </summary>
public sealed class MemberSanctions(AlongsideDbContext db, LiveDiscussion live, Notices notices, TimeProvider clock)
{
    /// <summary>The lengths a moderator may choose, in days.</summary>
    public static readonly IReadOnlyList<int> Days = [1, 7, 30];

    /// <summary>False when the person is not a member of the group, or the choice is not one offered.</summary>
    public async Task<bool> ApplyAsync(Guid groupId, string groupName, Guid memberId, ModerationAction action, int days, string? note, Guid moderatorId)
    {
        if (action is not (ModerationAction.Silence or ModerationAction.Suspend or ModerationAction.Lift)) return false;
        if (action is not ModerationAction.Lift && !Days.Contains(days)) return false;
        var member = await db.PeerGroupMembers.SingleOrDefaultAsync(m => m.GroupId == groupId && m.UserId == memberId && m.Status == GroupMemberStatus.Member);
        if (member is null) return false;
        var now = clock.GetUtcNow();
        var until = now.AddDays(days);
        switch (action)
        {
            case ModerationAction.Silence: member.SilencedUntil = until; break;
            case ModerationAction.Suspend: member.SuspendedUntil = until; break;
            default: (member.SilencedUntil, member.SuspendedUntil) = (null, null); break;
        }
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim() is var t && t.Length > 500 ? t[..500] : note.Trim();
        db.GroupModerationEntries.Add(new GroupModerationEntry
        {
            GroupId = groupId,
            ModeratorUserId = moderatorId,
            Action = action,
            MemberUserId = memberId,
            Note = trimmed,
            At = now,
        });
        var person = await db.Users.Where(u => u.Id == memberId && u.Email != null).Select(u => new Recipient(u.Email!, u.DisplayName)).SingleOrDefaultAsync();
        if (person is not null) await notices.SendAsync(person, new ModerationMeasureNotice(groupName, action, action == ModerationAction.Lift ? null : until, trimmed));
        await db.SaveChangesAsync();
        if (action is ModerationAction.Suspend) await live.RecheckAsync(groupId, memberId);
        return true;
    }
}

/// <summary>Tells a member what a moderator decided about them, and until when.</summary>
public sealed record ModerationMeasureNotice(string Group, ModerationAction Action, DateTimeOffset? Until, string? ModeratorNote) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Essential;

    public override string Subject => Action switch
    {
        ModerationAction.Silence => $"Your posting in {Group} is paused",
        ModerationAction.Suspend => $"You are suspended from {Group}'s discussion",
        _ => $"You can take part in {Group}'s discussion again",
    };

    public override IEnumerable<NoticeLine> Lines()
    {
        var until = Until is { } u ? TimeDisplay.Format(u) : "";
        yield return Say(Action switch
        {
            ModerationAction.Silence => $"The moderators of {Group} have paused your posting until {until} (UK time). You can still read the discussion.",
            ModerationAction.Suspend => $"The moderators of {Group} have suspended you from the group's discussion until {until} (UK time).",
            _ => $"The moderators of {Group} have lifted the pause on your part in the discussion.",
        });
        if (ModeratorNote is not null) yield return Say($"They said: {ModeratorNote}");
        yield return Say("If you are finding things hard, the urgent help page lists who to contact now.");
        yield return Link("/urgent-help");
    }
}
