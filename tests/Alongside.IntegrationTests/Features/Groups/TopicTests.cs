using System.Net;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Groups;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Groups;

/// <summary>Topics in a group's discussion, facilitators in them, changing one's own post, and leaving.</summary>
public abstract class TopicTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private static readonly string[] InOrder = ["Bedtime was better this week.", "So glad to hear it.", "Thank you, Sam."];

    private static string Discussion(GroupSetup g) => $"/groups/{g.GroupId}/discussion";

    private static string TopicUrl(GroupSetup g, Guid topicId) => $"/groups/{g.GroupId}/discussion/topics/{topicId}";

    private Task<int> PostsInAsync(Guid groupId) => app.WithDbAsync(db => db.GroupPosts.CountAsync(p => p.GroupId == groupId));

    [Fact]
    public async Task A_member_starts_a_topic_others_reply_and_the_list_puts_the_newest_activity_first()
    {
        var group = await app.GroupAsync();
        var (_, robin) = await app.MemberAsync(group, "Robin");
        var (_, sam) = await app.MemberAsync(group, "Sam");

        var first = GroupSteps.TopicFrom(await robin.StartTopicAsync(group.GroupId, "Sleep", "Bedtime was better this week."));
        var second = GroupSteps.TopicFrom(await sam.StartTopicAsync(group.GroupId, "School meetings", "Any tips for the school meeting?"));
        Assert.Equal(HttpStatusCode.Redirect, (await sam.ReplyAsync(group.GroupId, first, "So glad to hear it.")).StatusCode);
        await robin.ReplyAsync(group.GroupId, first, "Thank you, Sam.");

        var list = await sam.GetPageAsync(Discussion(group));
        Assert.True(list.IndexOf("Sleep", StringComparison.Ordinal) < list.IndexOf("School meetings", StringComparison.Ordinal), "the topic with the latest reply comes first");
        Assert.Contains("2 replies", list);
        Assert.Contains("0 replies", list);

        var page = await sam.GetPageAsync(TopicUrl(group, first));
        var order = InOrder.Select(t => page.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i > 0));
        Assert.Equal(order.Order().ToList(), order);
        Assert.DoesNotContain("Any tips for the school meeting?", page);
        Assert.Contains("maxlength=\"2000\"", page);
        Assert.Contains("up to 2,000 characters", page);
        Assert.Contains("maxlength=\"120\"", list);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_reason_and_changes_nothing()
    {
        var group = await app.GroupAsync();
        var (_, robin) = await app.MemberAsync(group, "Robin");
        var other = await app.GroupAsync();
        var (_, elsewhere) = await app.MemberAsync(other, "Kim");
        var otherTopic = GroupSteps.TopicFrom(await elsewhere.StartTopicAsync(other.GroupId, "Elsewhere", "In another group."));

        Assert.Contains("Give your topic a title", await (await robin.StartTopicAsync(group.GroupId, "  ", "Hello")).Content.ReadAsStringAsync());
        Assert.Contains("must be 2,000 characters or fewer (it has 10,000)", await (await robin.StartTopicAsync(group.GroupId, "Long", new string('a', 10_000))).Content.ReadAsStringAsync());
        Assert.Contains("The title must be 120 characters or fewer", await (await robin.StartTopicAsync(group.GroupId, new string('t', 121), "Hello")).Content.ReadAsStringAsync());
        Assert.Equal(0, await PostsInAsync(group.GroupId));
        Assert.Equal(0, await app.WithDbAsync(db => db.GroupTopics.CountAsync(t => t.GroupId == group.GroupId)));

        // A topic of another group, through this group's address: not found, and nothing is written.
        var stray = await robin.PostFormAsync(TopicUrl(group, otherTopic), new Dictionary<string, string> { ["Body"] = "Hello" }, tokenFrom: Discussion(group));
        Assert.Equal(HttpStatusCode.NotFound, stray.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await robin.GetAsync(TopicUrl(group, otherTopic))).StatusCode);
        Assert.Equal(0, await PostsInAsync(group.GroupId));
        Assert.Equal(1, await PostsInAsync(other.GroupId));

        var mine = GroupSteps.TopicFrom(await robin.StartTopicAsync(group.GroupId, "Mine", "Hello"));
        Assert.Contains("Write your message", await (await robin.ReplyAsync(group.GroupId, mine, "   ")).Content.ReadAsStringAsync());
        Assert.Contains("(it has 10,000)", await (await robin.ReplyAsync(group.GroupId, mine, new string('b', 10_000))).Content.ReadAsStringAsync());
        Assert.Equal(1, await PostsInAsync(group.GroupId));
    }

    [Fact]
    public async Task Only_members_and_those_who_run_the_group_read_a_topic()
    {
        var group = await app.GroupAsync();
        var (_, robin) = await app.MemberAsync(group, "Robin");
        var (removed, removedBrowser) = await app.MemberAsync(group, "Alex");
        var topic = GroupSteps.TopicFrom(await robin.StartTopicAsync(group.GroupId, "Sleep", "Bedtime was better this week."));
        var other = await app.GroupAsync();
        var (_, otherMember) = await app.MemberAsync(other, "Kim");
        var (outsiderPerson, _) = await app.CreateParentAsync();
        var outsider = app.NewBrowser();
        await outsider.SignInAsync(outsiderPerson);
        await group.FacilitatorBrowser.PostFormAsync($"/groups/{group.GroupId}/manage?handler=Remove&userId={removed.Id}", new Dictionary<string, string>(), tokenFrom: $"/groups/{group.GroupId}/manage");

        foreach (var browser in new[] { outsider, otherMember, removedBrowser })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(TopicUrl(group, topic))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(Discussion(group))).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await removedBrowser.PostFormAsync(TopicUrl(group, topic), new Dictionary<string, string> { ["Body"] = "Still here?" }, tokenFrom: "/groups")).StatusCode);
        Assert.Equal(1, await PostsInAsync(group.GroupId));
        Assert.Contains("Bedtime was better this week.", await group.FacilitatorBrowser.GetPageAsync(TopicUrl(group, topic)));
    }

    [Fact]
    public async Task A_held_reply_or_topic_is_seen_by_its_author_only_until_a_moderator_approves_it()
    {
        var group = await app.GroupAsync(approveNewMembers: true);
        var (_, robin) = await app.MemberAsync(group, "Robin");
        var (_, sam) = await app.MemberAsync(group, "Sam");
        var topic = GroupSteps.TopicFrom(await group.FacilitatorBrowser.StartTopicAsync(group.GroupId, "Welcome", "Welcome, everyone."));
        await robin.ReplyAsync(group.GroupId, topic, "Hello, glad to be here.");
        var held = GroupSteps.TopicFrom(await robin.StartTopicAsync(group.GroupId, "My first topic", "A question about respite."));

        Assert.Contains("(waiting for a moderator)", await robin.GetPageAsync(TopicUrl(group, topic)));
        Assert.DoesNotContain("glad to be here", await sam.GetPageAsync(TopicUrl(group, topic)));
        Assert.DoesNotContain("My first topic", await sam.GetPageAsync(Discussion(group)));
        Assert.Contains("My first topic", await robin.GetPageAsync(Discussion(group)));
        Assert.Equal(HttpStatusCode.NotFound, (await sam.GetAsync(TopicUrl(group, held))).StatusCode);

        var review = $"/groups/{group.GroupId}/discussion/review";
        var queue = await group.FacilitatorBrowser.GetPageAsync(review);
        Assert.Contains("Starts the topic", queue);
        Assert.Contains("My first topic", queue);
        var posts = await app.WithDbAsync(db => db.GroupPosts.Where(p => p.GroupId == group.GroupId && p.Status == PostStatus.Held).Select(p => p.Id).ToListAsync());
        foreach (var id in posts)
            await group.FacilitatorBrowser.PostFormAsync($"{review}?postId={id}", new Dictionary<string, string> { ["action"] = "Approve", ["note"] = "" }, tokenFrom: review);
        Assert.Contains("glad to be here", await sam.GetPageAsync(TopicUrl(group, topic)));
        Assert.Contains("My first topic", await sam.GetPageAsync(Discussion(group)));
    }

    [Fact]
    public async Task A_facilitator_posts_under_their_name_marked_facilitator_and_pins_a_topic_to_the_top()
    {
        var group = await app.GroupAsync();
        var (_, robin) = await app.MemberAsync(group, "Robin");
        var pinned = GroupSteps.TopicFrom(await group.FacilitatorBrowser.StartTopicAsync(group.GroupId, "House rules", "Please read the code of conduct."));
        await robin.StartTopicAsync(group.GroupId, "Later news", "Something newer.");

        var page = await robin.GetPageAsync(TopicUrl(group, pinned));
        Assert.Contains("Facilitator", page);
        Assert.DoesNotContain("Pin this topic", page);
        Assert.Equal(HttpStatusCode.NotFound, (await robin.PostFormAsync($"{TopicUrl(group, pinned)}?handler=Pin&pin=true", new Dictionary<string, string>(), tokenFrom: Discussion(group))).StatusCode);
        var before = await robin.GetPageAsync(Discussion(group));
        Assert.True(before.IndexOf("Later news", StringComparison.Ordinal) < before.IndexOf("House rules", StringComparison.Ordinal));

        await group.FacilitatorBrowser.PostFormAsync($"{TopicUrl(group, pinned)}?handler=Pin&pin=true", new Dictionary<string, string>(), tokenFrom: TopicUrl(group, pinned));
        var after = await robin.GetPageAsync(Discussion(group));
        Assert.True(after.IndexOf("House rules", StringComparison.Ordinal) < after.IndexOf("Later news", StringComparison.Ordinal), "the pinned topic comes first");
        Assert.Contains("Pinned", after);
    }

    [Fact]
    public async Task An_author_changes_or_deletes_their_post_only_within_the_window()
    {
        var group = await app.GroupAsync();
        var (_, robin) = await app.MemberAsync(group, "Robin");
        var (_, sam) = await app.MemberAsync(group, "Sam");
        var topic = GroupSteps.TopicFrom(await robin.StartTopicAsync(group.GroupId, "Sleep", "Bedtime was beter."));
        var postId = await app.WithDbAsync(db => db.GroupPosts.Where(p => p.TopicId == topic).Select(p => p.Id).SingleAsync());
        var edit = $"/groups/{group.GroupId}/discussion/posts/{postId}/edit";

        Assert.Equal(HttpStatusCode.NotFound, (await sam.GetAsync(edit)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sam.PostFormAsync(edit, new Dictionary<string, string> { ["Body"] = "Taken over" }, tokenFrom: Discussion(group))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await robin.PostFormAsync(edit, new Dictionary<string, string> { ["Body"] = "Bedtime was better." }, tokenFrom: edit)).StatusCode);
        var seen = await sam.GetPageAsync(TopicUrl(group, topic));
        Assert.Contains("Bedtime was better.", seen);
        Assert.Contains("(edited)", seen);

        // Sixteen minutes later it can no longer be changed or deleted.
        var sixteenMinutesAgo = app.Now.AddMinutes(-16);
        await app.WithDbAsync(db => db.GroupPosts.Where(p => p.Id == postId).ExecuteUpdateAsync(s => s.SetProperty(p => p.PostedAt, sixteenMinutesAgo)));
        var late = await robin.PostFormAsync(edit, new Dictionary<string, string> { ["Body"] = "Changed later" }, tokenFrom: edit);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("only in the 15 minutes after posting it", await late.Content.ReadAsStringAsync());
        Assert.Contains("only in the 15 minutes", await (await robin.PostFormAsync($"{edit}?handler=Delete&confirm=true", new Dictionary<string, string>(), tokenFrom: edit)).Content.ReadAsStringAsync());
        var post = await app.WithDbAsync(db => db.GroupPosts.SingleAsync(p => p.Id == postId));
        Assert.Equal(("Bedtime was better.", PostStatus.Visible), (post.Body, post.Status));

        // A fresh post is deleted after confirming.
        await robin.ReplyAsync(group.GroupId, topic, "Oops, wrong group.");
        var reply = await app.WithDbAsync(db => db.GroupPosts.Where(p => p.TopicId == topic).OrderByDescending(p => p.PostedAt).Select(p => p.Id).FirstAsync());
        var replyEdit = $"/groups/{group.GroupId}/discussion/posts/{reply}/edit";
        Assert.Contains("cannot be undone", await (await robin.PostFormAsync($"{replyEdit}?handler=Delete", new Dictionary<string, string>(), tokenFrom: replyEdit)).Content.ReadAsStringAsync());
        Assert.Contains("Oops, wrong group.", await sam.GetPageAsync(TopicUrl(group, topic)));
        Assert.Equal(HttpStatusCode.Redirect, (await robin.PostFormAsync($"{replyEdit}?handler=Delete&confirm=true", new Dictionary<string, string>(), tokenFrom: replyEdit)).StatusCode);
        Assert.DoesNotContain("Oops, wrong group.", await sam.GetPageAsync(TopicUrl(group, topic)));
        Assert.Equal(PostStatus.Deleted, await app.WithDbAsync(db => db.GroupPosts.Where(p => p.Id == reply).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Members_send_support_to_a_post_and_see_only_how_many_did()
    {
        var group = await app.GroupAsync();
        var (_, robin) = await app.MemberAsync(group, "Robin");
        var (_, sam) = await app.MemberAsync(group, "Sam");
        var (_, ash) = await app.MemberAsync(group, "Ash");
        var topic = GroupSteps.TopicFrom(await robin.StartTopicAsync(group.GroupId, "A hard week", "It has been a hard week."));
        var postId = await app.WithDbAsync(db => db.GroupPosts.Where(p => p.TopicId == topic).Select(p => p.Id).SingleAsync());
        var support = $"{TopicUrl(group, topic)}?handler=Support&postId={postId}";

        Assert.Equal(HttpStatusCode.Redirect, (await sam.PostFormAsync(support, new Dictionary<string, string>(), tokenFrom: TopicUrl(group, topic))).StatusCode);
        await ash.PostFormAsync(support, new Dictionary<string, string>(), tokenFrom: TopicUrl(group, topic));
        var seen = await robin.GetPageAsync(TopicUrl(group, topic));
        Assert.Contains("2 people sent support", seen);
        Assert.DoesNotContain("Sam", seen);
        Assert.DoesNotContain("Ash", seen);
        // One's own post takes none from oneself; a second press takes it back.
        Assert.Equal(HttpStatusCode.NotFound, (await robin.PostFormAsync(support, new Dictionary<string, string>(), tokenFrom: TopicUrl(group, topic))).StatusCode);
        await sam.PostFormAsync(support, new Dictionary<string, string>(), tokenFrom: TopicUrl(group, topic));
        Assert.Contains("1 person sent support", await robin.GetPageAsync(TopicUrl(group, topic)));
        Assert.Contains("Send support", await sam.GetPageAsync(TopicUrl(group, topic)));
        Assert.Contains("Take back your support", await ash.GetPageAsync(TopicUrl(group, topic)));

        var other = await app.GroupAsync();
        var (_, stranger) = await app.MemberAsync(other, "Kim");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostFormAsync(support, new Dictionary<string, string>(), tokenFrom: Discussion(other))).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.GroupPostSupports.CountAsync(x => x.PostId == postId)));
    }

    [Fact]
    public async Task A_report_carries_a_category_the_moderators_see()
    {
        var group = await app.GroupAsync();
        var (_, robin) = await app.MemberAsync(group, "Robin");
        var (_, sam) = await app.MemberAsync(group, "Sam");
        await robin.StartTopicAsync(group.GroupId, "News", "Buy cheap watches here.");
        var postId = await app.WithDbAsync(db => db.GroupPosts.Where(p => p.GroupId == group.GroupId).Select(p => p.Id).SingleAsync());
        var report = $"/groups/{group.GroupId}/discussion/report/{postId}";
        Assert.Contains("choose one", await (await sam.PostFormAsync(report, new Dictionary<string, string> { ["Reason"] = "No category" })).Content.ReadAsStringAsync());
        Assert.Contains("500 characters or fewer", await (await sam.PostFormAsync(report, new Dictionary<string, string> { ["Category"] = "Spam", ["Reason"] = new string('x', 501) })).Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.GroupPostReports.CountAsync(r => r.PostId == postId)));
        Assert.Equal(HttpStatusCode.Redirect, (await sam.PostFormAsync(report, new Dictionary<string, string> { ["Category"] = "Spam", ["Reason"] = "" })).StatusCode);
        Assert.Contains("Spam or advertising", await group.FacilitatorBrowser.GetPageAsync($"/groups/{group.GroupId}/discussion/review"));
    }

    [Fact]
    public async Task A_parent_waiting_to_be_welcomed_is_told_so_and_a_member_who_leaves_reads_no_more()
    {
        var group = await app.GroupAsync();
        var (_, robin) = await app.MemberAsync(group, "Robin");
        await robin.StartTopicAsync(group.GroupId, "Sleep", "Bedtime was better this week.");
        var (waiting, _) = await app.CreateParentAsync();
        var asker = app.NewBrowser();
        await asker.SignInAsync(waiting);
        await asker.PostFormAsync($"/groups/{group.GroupId}?handler=Join", new Dictionary<string, string> { ["Join.DisplayName"] = "Jo", ["Join.Introduction"] = "" });
        var page = await asker.GetPageAsync(Discussion(group));
        Assert.Contains("Your request to join is waiting for the group", page);
        Assert.DoesNotContain("Sleep", page);

        var leave = $"/groups/{group.GroupId}/leave";
        Assert.Contains("Leave this group?", await robin.GetPageAsync(leave));
        Assert.Equal(HttpStatusCode.NotFound, (await asker.GetAsync(leave)).StatusCode);
        // Without the confirmation nothing changes.
        Assert.Equal(HttpStatusCode.OK, (await robin.PostFormAsync(leave, new Dictionary<string, string>(), tokenFrom: leave)).StatusCode);
        Assert.Contains("Sleep", await robin.GetPageAsync(Discussion(group)));
        Assert.Equal(HttpStatusCode.Redirect, (await robin.PostFormAsync(leave, new Dictionary<string, string> { ["confirm"] = "true" }, tokenFrom: leave)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await robin.GetAsync(Discussion(group))).StatusCode);
        Assert.Equal(GroupMemberStatus.Left, await app.WithDbAsync(db => db.PeerGroupMembers.Where(m => m.GroupId == group.GroupId && m.UserId != waiting.Id).Select(m => m.Status).SingleAsync()));
    }
}

public sealed class TopicTestsOnSqlite(SqliteApp app) : TopicTests<SqliteApp>(app);

public sealed class TopicTestsOnPostgres(PostgresApp app) : TopicTests<PostgresApp>(app);
