using System.Text.Json;

namespace Alongside.Web.Features.Groups;

/// <summary>
/// "groups", "groupPosts" and "groupPostReports" in the download: the person's own place in each
/// group (the name they chose, what they told the facilitator, their answers about meetings),
/// their own posts and their own reports. Other members' posts are theirs, not this person's.
/// Five queries.
/// </summary>
internal sealed class GroupData(AlongsideDbContext db) : IPersonalDataSection
{
    public int Order => 80;

    public async Task WriteAsync(DataSubject subject, Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        var me = subject.UserId;
        var memberships = await db.PeerGroupMembers.Where(m => m.UserId == me)
            .Join(db.PeerGroups, m => m.GroupId, g => g.Id, (m, g) => new { m.GroupId, Group = g.Name, Organisation = g.Organisation!.Name, m.Status, m.DisplayName, m.Introduction, m.RequestedAt, m.DecidedAt, m.ConductAcceptedAt, m.SilencedUntil, m.SuspendedUntil, m.PostEmails })
            .OrderBy(m => m.RequestedAt).ToListAsync(cancellationToken);
        var meetings = (await db.GroupMeetingResponses.Where(r => r.UserId == me).OrderBy(r => r.MeetingStartsAt)
            .Select(r => new { r.GroupId, r.MeetingStartsAt, r.Coming, r.Attended, r.Rating, r.Feedback }).ToListAsync(cancellationToken)).ToLookup(r => r.GroupId);
        // The name each muted member goes by in that group: the person's own choice, nothing more.
        var mutes = (await db.GroupMutes.Where(x => x.UserId == me)
            .Join(db.PeerGroupMembers, x => new { x.GroupId, UserId = x.MutedUserId }, m => new { m.GroupId, m.UserId }, (x, m) => new { x.GroupId, m.DisplayName })
            .ToListAsync(cancellationToken)).ToLookup(x => x.GroupId, x => x.DisplayName);
        var groupNames = memberships.ToDictionary(m => m.GroupId, m => m.Group);

        json.WriteStartArray("groups");
        foreach (var m in memberships)
        {
            json.WriteStartObject();
            json.Text("group", m.Group);
            json.Text("runBy", m.Organisation);
            json.Text("status", Describe(m.Status));
            json.Text("yourNameInTheGroup", m.DisplayName);
            json.Text("whatYouToldTheFacilitator", m.Introduction);
            json.Instant("askedToJoinAt", m.RequestedAt);
            json.Instant("decidedAt", m.DecidedAt);
            json.Instant("codeOfConductAcceptedAt", m.ConductAcceptedAt);
            json.Instant("postingPausedUntil", m.SilencedUntil);
            json.Instant("suspendedUntil", m.SuspendedUntil);
            json.Text("emailsAboutNewPosts", m.PostEmails switch { PostEmails.EachNewTopic => "Each new topic", PostEmails.DailyDigest => "Daily digest", _ => "Off" });
            json.WriteStartArray("membersYouMuted");
            foreach (var name in mutes[m.GroupId]) json.WriteStringValue(name);
            json.WriteEndArray();
            json.WriteStartArray("meetings");
            foreach (var r in meetings[m.GroupId])
            {
                json.WriteStartObject();
                json.Instant("meeting", r.MeetingStartsAt);
                json.WriteBoolean("coming", r.Coming);
                if (r.Attended is { } attended) json.WriteBoolean("came", attended);
                else json.WriteNull("came");
                json.Number("rating", r.Rating);
                json.Text("feedback", r.Feedback);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        var posts = db.GroupPosts.Where(p => p.AuthorUserId == me).OrderBy(p => p.PostedAt)
            .Select(p => new { Group = db.PeerGroups.Where(g => g.Id == p.GroupId).Select(g => g.Name).First(), p.PostedAt, p.Status, p.Body })
            .AsAsyncEnumerable();
        json.WriteStartArray("groupPosts");
        await foreach (var p in posts.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.Text("group", p.Group);
            json.Instant("postedAt", p.PostedAt);
            json.Text("status", p.Status switch { PostStatus.Visible => "Shown", PostStatus.Held => "Waiting for a moderator", _ => "Hidden by a moderator" });
            json.Text("text", p.Body);
            json.WriteEndObject();
            await json.FlushIfFullAsync(cancellationToken);
        }
        json.WriteEndArray();

        var reports = await db.GroupPostReports.Where(r => r.ReporterUserId == me).OrderBy(r => r.ReportedAt)
            .Select(r => new { GroupId = db.GroupPosts.Where(p => p.Id == r.PostId).Select(p => p.GroupId).First(), r.ReportedAt, r.Reason }).ToListAsync(cancellationToken);
        json.WriteStartArray("groupPostReports");
        foreach (var r in reports)
        {
            json.WriteStartObject();
            json.Text("group", groupNames.GetValueOrDefault(r.GroupId));
            json.Instant("reportedAt", r.ReportedAt);
            json.Text("yourReason", r.Reason);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static string Describe(GroupMemberStatus status) => status switch
    {
        GroupMemberStatus.Requested => "Asked to join",
        GroupMemberStatus.Member => "Member",
        GroupMemberStatus.Declined => "Not offered a place",
        GroupMemberStatus.Removed => "Removed by a facilitator",
        GroupMemberStatus.Left => "Left",
        _ => status.ToString(),
    };
}

/// <summary>
/// Closing an account ends the person's groups: memberships and requests end ("Left"), the name
/// they chose becomes "Former member", what they told the facilitator and their meeting feedback
/// are removed, so are their mutes (theirs of others and others' of them), the support they sent and
/// when they last opened each topic, and every post they wrote now reads "[removed by the author]". Reports they made
/// and the moderation log stay: they are the group's record of keeping it safe.
/// </summary>
internal sealed class GroupErasure(AlongsideDbContext db) : IAccountErasure
{
    public const string RemovedPost = "[removed by the author]";

    public async Task EraseAsync(ClosingAccount account, CancellationToken cancellationToken)
    {
        var me = account.UserId;
        await db.PeerGroupMembers.Where(m => m.UserId == me).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, m => m.Status == GroupMemberStatus.Requested || m.Status == GroupMemberStatus.Member ? GroupMemberStatus.Left : m.Status)
            .SetProperty(m => m.DisplayName, AccountClosure.FormerMember)
            .SetProperty(m => m.Introduction, (string?)null), cancellationToken);
        await db.GroupPosts.Where(p => p.AuthorUserId == me).ExecuteUpdateAsync(s => s.SetProperty(p => p.Body, RemovedPost), cancellationToken);
        await db.GroupMutes.Where(x => x.UserId == me || x.MutedUserId == me).ExecuteDeleteAsync(cancellationToken);
        await db.GroupPostSupports.Where(x => x.UserId == me).ExecuteDeleteAsync(cancellationToken);
        await db.GroupTopicReads.Where(r => r.UserId == me).ExecuteDeleteAsync(cancellationToken);
        await db.GroupMeetingResponses.Where(r => r.UserId == me && r.Feedback != null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Feedback, (string?)null), cancellationToken);
    }
}
