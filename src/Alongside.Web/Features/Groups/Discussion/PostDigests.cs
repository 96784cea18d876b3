using Alongside.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.Groups.Discussion;

/// <summary>
/// The daily digest for members who chose it: once a day per group, how many new topics and
/// replies others wrote there since the last one (visible posts only, none from people they
/// muted), with a link; no email when there is nothing new. Each membership's
/// <see cref="PeerGroupMember.DigestSentAt"/> is moved on by a conditional update in the same
/// transaction as the email, so two copies of the app running at once send each digest once.
/// </summary>
public sealed class PostDigests(IServiceScopeFactory scopes, TimeProvider clock, IOptions<DiscussionOptions> options, ILogger<PostDigests> logger)
    : PeriodicScan(clock, logger)
{
    public static readonly TimeSpan Every = TimeSpan.FromDays(1);

    protected override string What => "Sending group digests";

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.DigestScanSeconds);

    protected override Task ScanAsync(CancellationToken stoppingToken) => SendDueAsync(stoppingToken);

    /// <summary>Sends (or, with nothing new, skips) every digest now due, up to 200 a pass. Returns how many emails were queued.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Clock.GetUtcNow();
        var dueBefore = now - Every;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlongsideDbContext>();
        var notices = scope.ServiceProvider.GetRequiredService<Notices>();
        var due = await db.PeerGroupMembers
            .Where(m => m.PostEmails == PostEmails.DailyDigest && m.DigestSentAt != null && m.DigestSentAt <= dueBefore
                && m.Status == GroupMemberStatus.Member && (m.SuspendedUntil == null || m.SuspendedUntil <= now)
                && db.PeerGroups.Any(g => g.Id == m.GroupId && g.ClosedAt == null))
            .OrderBy(m => m.DigestSentAt).Take(200)
            .Select(m => new
            {
                m.GroupId,
                m.UserId,
                Since = m.DigestSentAt!.Value,
                m.User!.Email,
                Name = m.User.DisplayName,
                Group = db.PeerGroups.Where(g => g.Id == m.GroupId).Select(g => g.Name).First(),
                // Topics others started (and nobody muted by this member), opened by a visible post in the window.
                Topics = db.GroupTopics.Count(t => t.GroupId == m.GroupId && t.Id != m.GroupId && t.StartedByUserId != m.UserId
                    && !db.GroupMutes.Any(x => x.GroupId == m.GroupId && x.UserId == m.UserId && x.MutedUserId == t.StartedByUserId)
                    && db.GroupPosts.Any(p => p.TopicId == t.Id && p.Status == PostStatus.Visible && p.PostedAt > m.DigestSentAt && p.PostedAt <= now
                        && !db.GroupPosts.Any(q => q.TopicId == t.Id && q.PostedAt < p.PostedAt))),
                // Visible posts by others in the window that did not open their topic.
                Replies = db.GroupPosts.Count(p => p.GroupId == m.GroupId && p.Status == PostStatus.Visible && p.PostedAt > m.DigestSentAt && p.PostedAt <= now
                    && p.AuthorUserId != m.UserId
                    && !db.GroupMutes.Any(x => x.GroupId == m.GroupId && x.UserId == m.UserId && x.MutedUserId == p.AuthorUserId)
                    && (p.TopicId == p.GroupId || db.GroupPosts.Any(q => q.TopicId == p.TopicId && q.PostedAt < p.PostedAt))),
            })
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var d in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Claimed only if nobody moved it since it was read: the other copy of the app, if any, finds nothing to do.
            var claimed = await db.PeerGroupMembers
                .Where(m => m.GroupId == d.GroupId && m.UserId == d.UserId && m.PostEmails == PostEmails.DailyDigest && m.DigestSentAt == d.Since)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.DigestSentAt, now), cancellationToken);
            if (claimed == 1 && d.Topics + d.Replies > 0 && d.Email is not null)
            {
                await notices.SendAsync(new Recipient(d.Email, d.Name), new PostDigestNotice(d.Group, d.GroupId, d.Topics, d.Replies));
                await db.SaveChangesAsync(cancellationToken);
                sent++;
            }
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        return sent;
    }
}
