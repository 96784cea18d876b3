using System.Net;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Groups;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Groups;

public abstract class DiscussionTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private Task<GroupPost> LatestAsync(Guid groupId) =>
        app.WithDbAsync(db => db.GroupPosts.Where(p => p.GroupId == groupId).OrderByDescending(p => p.PostedAt).FirstAsync());

    [Fact]
    public async Task Members_post_under_their_chosen_names_and_never_see_each_others_addresses()
    {
        var group = await app.GroupAsync();
        var (robin, robinBrowser) = await app.MemberAsync(group, "Robin");
        var (sam, samBrowser) = await app.MemberAsync(group, "Sam");

        Assert.Equal(HttpStatusCode.Redirect, (await robinBrowser.PostAsync(group.GroupId, "Bedtime was better this week.")).StatusCode);
        var seen = await samBrowser.GetPageAsync($"/groups/{group.GroupId}/discussion");
        Assert.Contains("Bedtime was better this week.", seen);
        Assert.Contains("<strong>Robin</strong>", seen);
        Assert.DoesNotContain(robin.Email, seen);
        Assert.DoesNotContain(sam.Email, seen);
        Assert.DoesNotContain(robin.Email.Split('@')[0], seen);
    }

    [Fact]
    public async Task The_code_of_conduct_comes_first_and_bad_posts_are_refused_and_change_nothing()
    {
        var group = await app.GroupAsync();
        var (parent, _) = await app.CreateParentAsync();
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent);
        await browser.PostFormAsync($"/groups/{group.GroupId}?handler=Join", new Dictionary<string, string> { ["Join.DisplayName"] = "Kim", ["Join.Introduction"] = "" });
        await group.FacilitatorBrowser.PostFormAsync($"/groups/{group.GroupId}/manage?handler=Decide&userId={parent.Id}&welcome=true", new Dictionary<string, string>(), tokenFrom: $"/groups/{group.GroupId}/manage");

        Assert.Contains("I agree to the code of conduct", await browser.GetPageAsync($"/groups/{group.GroupId}/discussion"));
        Assert.Contains("code of conduct before your first post", await (await browser.PostAsync(group.GroupId, "Hello")).Content.ReadAsStringAsync());
        await browser.PostFormAsync($"/groups/{group.GroupId}/discussion?handler=Conduct", new Dictionary<string, string>(), tokenFrom: $"/groups/{group.GroupId}/discussion");
        Assert.Contains("Write your message", await (await browser.PostAsync(group.GroupId, "   ")).Content.ReadAsStringAsync());
        Assert.Contains("2,000 characters or fewer", await (await browser.PostAsync(group.GroupId, new string('a', 2001))).Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.GroupPosts.CountAsync(p => p.GroupId == group.GroupId)));

        // Script and HTML are kept as written and shown as text.
        var payload = "<script>alert('x')</script><img src=x onerror=alert(1)> **hello**";
        await browser.PostAsync(group.GroupId, payload);
        Assert.Equal(payload, (await LatestAsync(group.GroupId)).Body);
        var page = await browser.GetPageAsync($"/groups/{group.GroupId}/discussion");
        Assert.DoesNotContain("<script>alert", page);
        Assert.DoesNotContain("<img src=x", page);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", page);

        // Too many posts in a minute are refused.
        for (var i = 0; i < 4; i++) await browser.PostAsync(group.GroupId, $"Post {i}");
        Assert.Contains("posting very quickly", await (await browser.PostAsync(group.GroupId, "One more")).Content.ReadAsStringAsync());
        Assert.Equal(5, await app.WithDbAsync(db => db.GroupPosts.CountAsync(p => p.GroupId == group.GroupId)));
    }

    [Fact]
    public async Task Risk_words_show_urgent_help_alert_the_facilitators_and_hold_the_post()
    {
        var group = await app.GroupAsync();
        var (_, poster) = await app.MemberAsync(group, "Lee");
        var (_, other) = await app.MemberAsync(group, "Pat");
        var sent = await poster.PostAsync(group.GroupId, "Some nights I think everyone would be better off if I took my own life.");
        var page = await poster.GetPageAsync(Browser.Location(sent).Split('#')[0]);
        Assert.Contains("If you or a child are not safe, get help now", page);
        Assert.Contains("(waiting for a moderator)", page);
        await app.Mail.WaitForAsync(group.Facilitator.Email, "may need urgent help");
        var post = await LatestAsync(group.GroupId);
        Assert.Equal((PostStatus.Held, HoldReason.RiskWords), (post.Status, post.HoldReason));
        Assert.DoesNotContain("better off", await other.GetPageAsync($"/groups/{group.GroupId}/discussion"));
        Assert.Contains("better off", await group.FacilitatorBrowser.GetPageAsync($"/groups/{group.GroupId}/discussion/review"));
    }

    [Fact]
    public async Task Watched_words_and_new_members_first_posts_wait_for_a_moderator_who_approves_them()
    {
        var group = await app.GroupAsync(approveNewMembers: true);
        var (_, poster) = await app.MemberAsync(group, "Jess");
        var (_, other) = await app.MemberAsync(group, "Ash");
        await poster.PostAsync(group.GroupId, "Hello everyone, glad to be here.");
        var held = await LatestAsync(group.GroupId);
        Assert.Equal((PostStatus.Held, HoldReason.NewMember), (held.Status, held.HoldReason));
        Assert.DoesNotContain("glad to be here", await other.GetPageAsync($"/groups/{group.GroupId}/discussion"));

        var review = $"/groups/{group.GroupId}/discussion/review";
        await group.FacilitatorBrowser.PostFormAsync($"{review}?postId={held.Id}", new Dictionary<string, string> { ["action"] = "Approve", ["note"] = "" }, tokenFrom: review);
        Assert.Contains("glad to be here", await other.GetPageAsync($"/groups/{group.GroupId}/discussion"));

        var quiet = await app.GroupAsync();
        var (_, talker) = await app.MemberAsync(quiet, "Mo");
        await talker.PostAsync(quiet.GroupId, "Text me on 07700 900123, my number is easy to remember");
        Assert.Equal(HoldReason.WatchedWords, (await LatestAsync(quiet.GroupId)).HoldReason);
    }

    [Fact]
    public async Task A_reported_post_is_hidden_by_a_moderator_with_a_log_and_non_moderators_get_404()
    {
        var group = await app.GroupAsync();
        var (_, writer) = await app.MemberAsync(group, "Jo");
        var (_, reader) = await app.MemberAsync(group, "Max");
        await writer.PostAsync(group.GroupId, "Honestly you lot are useless.");
        var post = await LatestAsync(group.GroupId);
        var report = $"/groups/{group.GroupId}/discussion/report/{post.Id}";
        // Reporting and muting are a member's; the facilitator moderates from the review page and is not offered a link that answers 404.
        var topic = $"/groups/{group.GroupId}/discussion/topics/{post.TopicId}";
        Assert.Contains(report, await reader.GetPageAsync(topic));
        var facilitatorView = await group.FacilitatorBrowser.GetPageAsync(topic);
        Assert.Contains("Honestly you lot are useless.", facilitatorView);
        Assert.DoesNotContain("/discussion/report/", facilitatorView);
        Assert.DoesNotContain("Mute Jo", facilitatorView);
        Assert.Equal(HttpStatusCode.NotFound, (await group.FacilitatorBrowser.GetAsync(report)).StatusCode);
        Assert.Contains("Say what is wrong", await (await reader.PostFormAsync(report, new Dictionary<string, string> { ["Reason"] = "" })).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await reader.PostFormAsync(report, new Dictionary<string, string> { ["Category"] = "Unkind", ["Reason"] = "Said to everyone" })).StatusCode);
        await app.Mail.WaitForAsync(group.Facilitator.Email, "has been reported");

        var review = $"/groups/{group.GroupId}/discussion/review";
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(review)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.PostFormAsync($"{review}?postId={post.Id}", new Dictionary<string, string> { ["action"] = "Hide", ["note"] = "" }, tokenFrom: $"/groups/{group.GroupId}/discussion")).StatusCode);
        var outsider = app.NewBrowser();
        await outsider.SignInAsync((await app.CreateParentAsync()).Parent);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/groups/{group.GroupId}/discussion")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(report)).StatusCode);

        var queue = await group.FacilitatorBrowser.GetPageAsync(review);
        Assert.Contains("Unkind or hurtful: Said to everyone", queue);
        await group.FacilitatorBrowser.PostFormAsync($"{review}?postId={post.Id}", new Dictionary<string, string> { ["action"] = "Hide", ["note"] = "Against the code" }, tokenFrom: review);
        Assert.DoesNotContain("useless", await reader.GetPageAsync($"/groups/{group.GroupId}/discussion"));
        Assert.Contains("hide (Jo): Against the code", await group.FacilitatorBrowser.GetPageAsync(review));

        await group.FacilitatorBrowser.PostFormAsync($"{review}?postId={post.Id}", new Dictionary<string, string> { ["action"] = "Remove", ["note"] = "" }, tokenFrom: review);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync($"/groups/{group.GroupId}/discussion")).StatusCode);
    }
}

public sealed class DiscussionTestsOnSqlite(SqliteApp app) : DiscussionTests<SqliteApp>(app);

public sealed class DiscussionTestsOnPostgres(PostgresApp app) : DiscussionTests<PostgresApp>(app);
