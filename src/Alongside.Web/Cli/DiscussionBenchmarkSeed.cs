using Alongside.Web.Features.Groups;

namespace Alongside.Web.Cli;

/// <summary>
/// `seed --discussion N`: twenty topics of N posts each in the demo's "Manchester adopters'
/// evening", written in turn by Sam (a welcomed member who has accepted the code of conduct) and
/// Jo (its facilitator), so bench/discussion.sh can measure a topic page as a member reads it.
/// Prints the first topic's path.
/// </summary>
public static class DiscussionBenchmarkSeed
{
    public const int Topics = 20;

    private const string Paragraph =
        "Mornings have been easier since we started giving a five-minute warning before shoes and coats. " +
        "There was still a wobble on Thursday when the school bus was late, but we named it together and " +
        "it passed. I am trying to remember that the big feelings are not about me, even when they are aimed at me.";

    public static async Task<string> AddAsync(IServiceProvider services, int postsPerTopic)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlongsideDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var group = await db.PeerGroups.Where(g => g.Name == "Manchester adopters' evening").Select(g => g.Id).SingleAsync();
        var sam = await db.Users.Where(u => u.Email == "parent@alongside.test").Select(u => u.Id).SingleAsync();
        var jo = await db.Users.Where(u => u.Email == "peer@alongside.test").Select(u => u.Id).SingleAsync();

        if (!await db.PeerGroupMembers.AnyAsync(m => m.GroupId == group && m.UserId == sam))
        {
            db.PeerGroupMembers.Add(new PeerGroupMember
            {
                GroupId = group,
                UserId = sam,
                DisplayName = "Sam",
                Status = GroupMemberStatus.Member,
                RequestedAt = now.AddDays(-60),
                DecidedAt = now.AddDays(-59),
                DecidedByUserId = jo,
                ConductAcceptedAt = now.AddDays(-59),
            });
        }
        var start = now.AddDays(-30);
        Guid? first = null;
        for (var t = 0; t < Topics; t++)
        {
            var topic = new GroupTopic { GroupId = group, Title = $"Week {t + 1}: what helped at home", StartedByUserId = sam, StartedAt = start.AddHours(t), LastActivityAt = start.AddHours(t) };
            db.GroupTopics.Add(topic);
            first ??= topic.Id;
            for (var p = 0; p < postsPerTopic; p++)
            {
                var at = start.AddHours(t).AddMinutes(p);
                db.GroupPosts.Add(new GroupPost
                {
                    GroupId = group,
                    TopicId = topic.Id,
                    AuthorUserId = p % 2 == 0 ? sam : jo,
                    Body = $"{Paragraph} ({p + 1})",
                    PostedAt = at,
                    Status = PostStatus.Visible,
                });
                topic.LastActivityAt = at;
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        return $"/groups/{group}/discussion/topics/{first}";
    }
}
