using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Groups;

public abstract class ModerationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private static Dictionary<string, string> Measure(string action, int days = 7) => new() { ["action"] = action, ["days"] = days.ToString(System.Globalization.CultureInfo.InvariantCulture), ["note"] = "Please take a break." };

    [Fact]
    public async Task A_paused_member_still_reads_but_cannot_post_until_it_ends_or_is_lifted_and_is_told_by_email()
    {
        var group = await app.GroupAsync();
        var (parent, member) = await app.MemberAsync(group, "Kim");
        var (_, other) = await app.MemberAsync(group, "Ash");
        await other.PostAsync(group.GroupId, "Hello everyone");
        var manage = $"/groups/{group.GroupId}/manage";

        // Only the lengths offered; anything else changes nothing.
        Assert.Equal(HttpStatusCode.BadRequest, (await group.FacilitatorBrowser.PostFormAsync($"{manage}?handler=Measure&userId={parent.Id}", Measure("Silence", days: 5))).StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.PeerGroupMembers.Where(m => m.UserId == parent.Id).Select(m => m.SilencedUntil).SingleAsync()));

        await group.FacilitatorBrowser.PostFormAsync($"{manage}?handler=Measure&userId={parent.Id}", Measure("Silence"));
        var page = $"/groups/{group.GroupId}/discussion";
        var paused = await member.GetPageAsync(page);
        Assert.Contains("paused your posting", paused);
        Assert.Contains("Hello everyone", paused); // still reads
        var refused = await member.PostAsync(group.GroupId, "Can I still post?");
        Assert.Contains("A moderator has paused your posting", await refused.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.GroupPosts.AnyAsync(p => p.AuthorUserId == parent.Id)));
        var mail = await app.Mail.WaitForAsync(parent.Email, "Your posting in Adopters' evening is paused");
        Assert.Contains("Please take a break.", mail.TextBody);

        await group.FacilitatorBrowser.PostFormAsync($"{manage}?handler=Measure&userId={parent.Id}", Measure("Lift"));
        Assert.Equal(HttpStatusCode.Redirect, (await member.PostAsync(group.GroupId, "Back again")).StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.GroupModerationEntries.CountAsync(e => e.MemberUserId == parent.Id && e.GroupId == group.GroupId)));
    }

    [Fact]
    public async Task A_suspended_member_neither_reads_nor_posts_and_a_members_own_mute_hides_only_for_them()
    {
        var group = await app.GroupAsync();
        var (kim, kimBrowser) = await app.MemberAsync(group, "Kim");
        var (_, ashBrowser) = await app.MemberAsync(group, "Ash");
        var (_, samBrowser) = await app.MemberAsync(group, "Sam");
        await kimBrowser.PostAsync(group.GroupId, "First message from Kim");
        var page = $"/groups/{group.GroupId}/discussion";

        // Ash mutes Kim: Ash no longer sees Kim; Sam still does; Kim is not told.
        var kims = await app.WithDbAsync(db => db.GroupPosts.Where(p => p.AuthorUserId == kim.Id).Select(p => new { p.Id, p.TopicId }).SingleAsync());
        var (postId, topicId) = (kims.Id, kims.TopicId);
        var topic = $"{page}/topics/{topicId}";
        await ashBrowser.PostFormAsync($"{topic}?handler=Mute&postId={postId}", new Dictionary<string, string>(), tokenFrom: topic);
        var ashView = await ashBrowser.GetPageAsync(page);
        Assert.DoesNotContain("First message from Kim", ashView);
        Assert.Contains("Muted by you", ashView);
        Assert.Contains("First message from Kim", await samBrowser.GetPageAsync(page));
        var unmute = Html.Parse(ashView).QuerySelector("form[action*='handler=Unmute']")!.GetAttribute("action")!;
        await ashBrowser.PostFormAsync(unmute, new Dictionary<string, string>(), tokenFrom: page);
        Assert.Contains("First message from Kim", await ashBrowser.GetPageAsync(page));

        // Suspended from a post in the review queue: the discussion is closed to Kim until it ends.
        await group.FacilitatorBrowser.PostFormAsync($"{page}/review?postId={postId}", new Dictionary<string, string> { ["action"] = "Suspend", ["days"] = "7" });
        var suspended = await kimBrowser.GetPageAsync(page);
        Assert.Contains("suspended you from this discussion", suspended);
        Assert.DoesNotContain("First message from Kim", suspended);
        Assert.Equal(HttpStatusCode.NotFound, (await kimBrowser.PostFormAsync(page, new Dictionary<string, string> { ["Body"] = "hello?" }, tokenFrom: $"/groups/{group.GroupId}")).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.GroupPosts.CountAsync(p => p.AuthorUserId == kim.Id)));
        await app.Mail.WaitForAsync(kim.Email, "You are suspended");
    }
}

public sealed class ModerationTestsOnSqlite(SqliteApp app) : ModerationTests<SqliteApp>(app);

public sealed class ModerationTestsOnPostgres(PostgresApp app) : ModerationTests<PostgresApp>(app);
