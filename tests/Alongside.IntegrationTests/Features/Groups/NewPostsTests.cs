using System.Net;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Groups;
using Alongside.Web.Features.Groups.Discussion;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Alongside.IntegrationTests.Features.Groups;

/// <summary>What is new in a group: unread markers, search within the group, and the emails members choose (each new topic, a daily digest).</summary>
public abstract class NewPostsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp, IClockedApp
{
    private FakeTimeProvider Clock => app.Clock;

    private static string Discussion(GroupSetup group) => $"/groups/{group.GroupId}/discussion";

    /// <summary>The marker beside a topic in the list ("New", "2 new"), or null.</summary>
    private async Task<string?> MarkerAsync(HttpClient browser, GroupSetup group, Guid topicId) =>
        Html.Parse(await browser.GetPageAsync(Discussion(group))).QuerySelector($"#topic-{topicId} .app-new")?.TextContent.Trim();

    private Task<int> AddPostAsync(GroupSetup group, Guid topicId, Guid authorId, string body, PostStatus status) =>
        app.WithDbAsync(async db =>
        {
            db.GroupPosts.Add(new GroupPost { GroupId = group.GroupId, TopicId = topicId, AuthorUserId = authorId, Body = body, PostedAt = Clock.GetUtcNow(), Status = status });
            return await db.SaveChangesAsync();
        });

    private Task<int> MuteAsync(GroupSetup group, Guid who, Guid muted) =>
        app.WithDbAsync(async db =>
        {
            db.GroupMutes.Add(new GroupMute { GroupId = group.GroupId, UserId = who, MutedUserId = muted, At = Clock.GetUtcNow() });
            return await db.SaveChangesAsync();
        });

    private static Task<HttpResponseMessage> ChooseAsync(HttpClient browser, GroupSetup group, string choice) =>
        browser.PostFormAsync($"{Discussion(group)}?handler=Emails", new Dictionary<string, string> { ["emails"] = choice }, tokenFrom: Discussion(group));

    private Task<List<string>> MailSubjectsToAsync(Person person) =>
        app.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == person.Email).OrderBy(m => m.CreatedAt).Select(m => m.Subject).ToListAsync());

    private const string NewTopicSubject = "A new topic in Adopters' evening";

    /// <summary>The new-topic emails queued for this person (their welcome to the group aside).</summary>
    private Task<int> NewTopicMailsToAsync(Person person) =>
        app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == person.Email && m.Subject == NewTopicSubject));

    [Fact]
    public async Task Unread_counts_grow_with_others_visible_posts_only_and_reset_on_opening()
    {
        var group = await app.GroupAsync();
        var (robin, robinBrowser) = await app.MemberAsync(group, "Robin");
        var (sam, samBrowser) = await app.MemberAsync(group, "Sam");
        var (kim, kimBrowser) = await app.MemberAsync(group, "Kim");
        await MuteAsync(group, sam.Id, kim.Id);
        var topicId = GroupSteps.TopicFrom(await robinBrowser.StartTopicAsync(group.GroupId, "Sleep", "Bedtime news"));

        Assert.Equal("New", await MarkerAsync(samBrowser, group, topicId)); // never opened
        Assert.Null(await MarkerAsync(robinBrowser, group, topicId)); // only Robin's own post
        await samBrowser.GetPageAsync($"{Discussion(group)}/topics/{topicId}");
        Assert.Null(await MarkerAsync(samBrowser, group, topicId));

        Clock.Advance(TimeSpan.FromMinutes(2));
        await robinBrowser.ReplyAsync(group.GroupId, topicId, "A reply from Robin");
        await group.FacilitatorBrowser.ReplyAsync(group.GroupId, topicId, "A reply from the facilitator");
        await samBrowser.ReplyAsync(group.GroupId, topicId, "Sam's own reply"); // opens the topic first, as a browser would
        Clock.Advance(TimeSpan.FromMinutes(2));
        await robinBrowser.ReplyAsync(group.GroupId, topicId, "Robin again");
        await kimBrowser.ReplyAsync(group.GroupId, topicId, "Kim, muted by Sam");
        await AddPostAsync(group, topicId, robin.Id, "Held for a moderator", PostStatus.Held);
        await AddPostAsync(group, topicId, robin.Id, "Hidden by a moderator", PostStatus.Hidden);
        await samBrowser.PostFormAsync($"{Discussion(group)}/topics/{topicId}", new Dictionary<string, string> { ["Body"] = "" }, tokenFrom: Discussion(group)); // a refused reply does not mark it read

        Assert.Equal("1 new", await MarkerAsync(samBrowser, group, topicId)); // Robin again; not Sam's, Kim's, held or hidden
        Assert.Null(await MarkerAsync(kimBrowser, group, topicId)); // Kim opened it to reply, and nobody else has written since
        Clock.Advance(TimeSpan.FromMinutes(1));
        await samBrowser.GetPageAsync($"{Discussion(group)}/topics/{topicId}");
        Assert.Null(await MarkerAsync(samBrowser, group, topicId));
        Assert.Equal(1, await app.WithDbAsync(db => db.GroupTopicReads.CountAsync(r => r.TopicId == topicId && r.UserId == sam.Id)));
    }

    [Fact]
    public async Task Opening_a_topic_again_with_nothing_written_since_writes_nothing_and_a_post_by_someone_else_moves_the_time_on()
    {
        var group = await app.GroupAsync();
        var (robin, robinBrowser) = await app.MemberAsync(group, "Robin");
        var (sam, samBrowser) = await app.MemberAsync(group, "Sam");
        var topicId = GroupSteps.TopicFrom(await robinBrowser.StartTopicAsync(group.GroupId, "Sleep", "Bedtime news"));
        var topic = $"{Discussion(group)}/topics/{topicId}";
        Task<DateTimeOffset> ReadAtAsync() => app.WithDbAsync(db => db.GroupTopicReads.Where(r => r.TopicId == topicId && r.UserId == sam.Id).Select(r => r.ReadAt).SingleAsync());

        await samBrowser.GetPageAsync(topic);
        var opened = await ReadAtAsync();
        Clock.Advance(TimeSpan.FromMinutes(5));
        await samBrowser.GetPageAsync(topic);
        await samBrowser.GetPageAsync($"{topic}?page=last");
        await AddPostAsync(group, topicId, sam.Id, "Sam's own", PostStatus.Visible); // one's own post is never new
        await samBrowser.GetPageAsync(topic);
        Assert.Equal(opened, await ReadAtAsync());

        // Someone else's post held for a moderator: not new now, but the visit still moves the time on,
        // so letting it through later does not make it new to someone who has opened the topic since.
        Clock.Advance(TimeSpan.FromMinutes(5));
        await AddPostAsync(group, topicId, robin.Id, "Held for a moderator", PostStatus.Held);
        await samBrowser.GetPageAsync(topic);
        Assert.Equal(Clock.GetUtcNow().UtcTicks / 10, (await ReadAtAsync()).UtcTicks / 10); // PostgreSQL keeps microseconds
        await app.WithDbAsync(db => db.GroupPosts.Where(p => p.TopicId == topicId && p.Status == PostStatus.Held).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PostStatus.Visible)));
        Assert.Null(await MarkerAsync(samBrowser, group, topicId));

        Clock.Advance(TimeSpan.FromMinutes(5));
        await AddPostAsync(group, topicId, robin.Id, "Robin again", PostStatus.Visible);
        Assert.Equal("1 new", await MarkerAsync(samBrowser, group, topicId));
        await samBrowser.GetPageAsync(topic);
        Assert.Equal(Clock.GetUtcNow().UtcTicks / 10, (await ReadAtAsync()).UtcTicks / 10); // PostgreSQL keeps microseconds
        Assert.Null(await MarkerAsync(samBrowser, group, topicId));
    }

    [Fact]
    public async Task The_first_new_post_link_opens_the_page_with_it_and_marks_only_what_others_wrote_since()
    {
        var group = await app.GroupAsync();
        var (robin, robinBrowser) = await app.MemberAsync(group, "Robin");
        var (sam, samBrowser) = await app.MemberAsync(group, "Sam");
        var topicId = GroupSteps.TopicFrom(await robinBrowser.StartTopicAsync(group.GroupId, "Long one", "Post 0"));
        for (var i = 1; i < TopicModel.PageSize + 2; i++) await AddPostAsync(group, topicId, robin.Id, $"Post {i}", PostStatus.Visible);
        var topic = $"{Discussion(group)}/topics/{topicId}";
        var first = Html.Parse(await samBrowser.GetPageAsync(topic));
        Assert.Empty(first.QuerySelectorAll(".app-new")); // a first visit marks nothing: the list said "New" for the whole topic
        Assert.Null(Html.Parse(await samBrowser.GetPageAsync(Discussion(group))).QuerySelector($"#topic-{topicId} a[href$='?page=new#new']"));

        Clock.Advance(TimeSpan.FromMinutes(2));
        await AddPostAsync(group, topicId, sam.Id, "Sam's own", PostStatus.Visible);
        await AddPostAsync(group, topicId, robin.Id, "Held, not new", PostStatus.Held);
        Clock.Advance(TimeSpan.FromSeconds(1));
        await AddPostAsync(group, topicId, robin.Id, "First new", PostStatus.Visible);
        Clock.Advance(TimeSpan.FromSeconds(1));
        await AddPostAsync(group, topicId, robin.Id, "Second new", PostStatus.Visible);

        var list = Html.Parse(await samBrowser.GetPageAsync(Discussion(group)));
        var link = list.QuerySelector($"#topic-{topicId} a[href$='?page=new#new']")!.GetAttribute("href")!;
        var page = Html.Parse(await samBrowser.GetPageAsync(link));
        Assert.Contains("Earlier messages", page.Text("main")); // 33 seen before it (Sam's own too): page 2, at 30 a page
        Assert.Equal("First new", page.QuerySelector("#new")!.Closest("li")!.QuerySelector(".app-pre-line")!.TextContent);
        Assert.Equal(["First new", "Second new"], page.QuerySelectorAll(".app-new").Select(m => m.Closest("li")!.QuerySelector(".app-pre-line")!.TextContent));

        // Opening it read them: nothing is new now, and "new" falls back to the last page.
        var again = Html.Parse(await samBrowser.GetPageAsync(link));
        Assert.Empty(again.QuerySelectorAll(".app-new"));
        Assert.Contains("Second new", again.Text("main"));
        Assert.Null(Html.Parse(await samBrowser.GetPageAsync(Discussion(group))).QuerySelector($"#topic-{topicId} .app-new"));
    }

    [Fact]
    public async Task Search_finds_only_this_groups_visible_posts_for_members()
    {
        var group = await app.GroupAsync();
        var other = await app.GroupAsync();
        var (robin, robinBrowser) = await app.MemberAsync(group, "Robin");
        var (sam, samBrowser) = await app.MemberAsync(group, "Sam");
        var (kim, kimBrowser) = await app.MemberAsync(group, "Kim");
        var (_, outsiderBrowser) = await app.MemberAsync(other, "Lee");
        await MuteAsync(group, sam.Id, kim.Id);
        var topicId = GroupSteps.TopicFrom(await robinBrowser.StartTopicAsync(group.GroupId, "Sleep troubles", "Our BEDTIME routine works now"));
        await kimBrowser.ReplyAsync(group.GroupId, topicId, "Kim's bedtime story");
        await AddPostAsync(group, topicId, robin.Id, "A held bedtime secret", PostStatus.Held);
        await AddPostAsync(group, topicId, robin.Id, "A hidden bedtime remark", PostStatus.Hidden);
        await AddPostAsync(group, topicId, robin.Id, "[deleted bedtime]", PostStatus.Deleted);
        await outsiderBrowser.StartTopicAsync(other.GroupId, "Elsewhere", "Bedtime in another group");
        var search = $"{Discussion(group)}/search";

        var page = Html.Parse(await samBrowser.GetPageAsync($"{search}?q=bedtime"));
        var results = page.QuerySelector("#post-results")!.TextContent;
        Assert.Contains("Our BEDTIME routine works now", results);
        Assert.Contains("Sleep troubles", results);
        Assert.Contains("Robin", results);
        Assert.DoesNotContain("secret", results);
        Assert.DoesNotContain("hidden", results);
        Assert.DoesNotContain("deleted", results);
        Assert.DoesNotContain("Kim", results); // Sam muted Kim
        Assert.DoesNotContain("another group", results);
        Assert.Single(page.QuerySelectorAll("#post-results li"));
        Assert.Contains("Kim's bedtime story", Html.Parse(await kimBrowser.GetPageAsync($"{search}?q=BedTime")).QuerySelector("#post-results")!.TextContent);
        Assert.Contains("Sleep troubles", Html.Parse(await samBrowser.GetPageAsync($"{search}?q=SLEEP")).QuerySelector("#topic-results")!.TextContent);

        // Paged by 20, newest first.
        for (var i = 0; i < 21; i++)
        {
            Clock.Advance(TimeSpan.FromSeconds(1));
            await AddPostAsync(group, topicId, robin.Id, $"Porridge {i}", PostStatus.Visible);
        }
        var first = Html.Parse(await samBrowser.GetPageAsync($"{search}?q=porridge"));
        Assert.Equal(20, first.QuerySelectorAll("#post-results li").Length);
        Assert.Contains("Porridge 20", first.QuerySelector("#post-results")!.TextContent);
        Assert.Contains("Older results", first.Body!.TextContent);
        var second = Html.Parse(await samBrowser.GetPageAsync($"{search}?q=porridge&page=2"));
        Assert.Equal("Porridge 0", second.QuerySelector("#post-results li p:last-child")!.TextContent.Trim());

        // Too long: the page's own message, not an error.
        foreach (var length in new[] { 101, 3000 })
        {
            var refused = await samBrowser.GetPageAsync($"{search}?q={new string('a', length)}");
            Assert.Contains("Search for 100 characters or fewer", refused);
        }

        // Members only: someone from another group, a signed-in stranger, a removed member.
        await outsiderBrowser.GetPageAsync($"{search}?q=bedtime", HttpStatusCode.NotFound);
        var (stranger, _) = await app.CreateParentAsync();
        var strangerBrowser = app.NewBrowser();
        await strangerBrowser.SignInAsync(stranger);
        await strangerBrowser.GetPageAsync($"{search}?q=bedtime", HttpStatusCode.NotFound);
        await app.WithDbAsync(db => db.PeerGroupMembers.Where(m => m.GroupId == group.GroupId && m.UserId == kim.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, GroupMemberStatus.Removed)));
        await kimBrowser.GetPageAsync($"{search}?q=bedtime", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Each_new_topic_emails_those_who_chose_it_but_not_the_author_a_muter_or_a_removed_member_and_never_the_words()
    {
        var group = await app.GroupAsync();
        var (robin, robinBrowser) = await app.MemberAsync(group, "Robin");
        var (sam, samBrowser) = await app.MemberAsync(group, "Sam");
        var (kim, kimBrowser) = await app.MemberAsync(group, "Kim");
        var (lee, leeBrowser) = await app.MemberAsync(group, "Lee");
        var (ash, _) = await app.MemberAsync(group, "Ash");
        foreach (var browser in new[] { robinBrowser, samBrowser, kimBrowser, leeBrowser })
            Assert.Equal(HttpStatusCode.Redirect, (await ChooseAsync(browser, group, "EachNewTopic")).StatusCode);
        await MuteAsync(group, kim.Id, robin.Id);
        await app.WithDbAsync(db => db.PeerGroupMembers.Where(m => m.GroupId == group.GroupId && m.UserId == lee.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, GroupMemberStatus.Removed)));

        // A choice that does not exist is refused on the page; the facilitator (not a member) has no choice to make.
        var refused = await ChooseAsync(samBrowser, group, "Hourly");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Choose off, each new topic or a daily digest", await refused.Content.ReadAsStringAsync());
        Assert.Equal(PostEmails.EachNewTopic, await app.WithDbAsync(db => db.PeerGroupMembers.Where(m => m.UserId == sam.Id).Select(m => m.PostEmails).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await ChooseAsync(group.FacilitatorBrowser, group, "EachNewTopic")).StatusCode);

        var topicId = GroupSteps.TopicFrom(await robinBrowser.StartTopicAsync(group.GroupId, "Worried about my son", "He has not slept for days"));
        var mail = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == sam.Email && m.Subject == NewTopicSubject).SingleAsync());
        Assert.Contains($"/groups/{group.GroupId}/discussion/topics/{topicId}", mail.TextBody);
        foreach (var words in new[] { "Worried", "my son", "slept", "Robin" })
        {
            Assert.DoesNotContain(words, mail.TextBody, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(words, mail.HtmlBody ?? "", StringComparison.OrdinalIgnoreCase);
        }
        foreach (var nobody in new[] { robin, kim, lee, ash }) Assert.Equal(0, await NewTopicMailsToAsync(nobody));
        Assert.False(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.ToAddress == group.Facilitator.Email && m.Subject.Contains("waiting for review"))));

        // A reply is not a new topic.
        await robinBrowser.ReplyAsync(group.GroupId, topicId, "Still awake");
        Assert.Equal(1, await NewTopicMailsToAsync(sam));

        // Back to off: no more.
        await ChooseAsync(samBrowser, group, "Off");
        Clock.Advance(TimeSpan.FromMinutes(2));
        await robinBrowser.StartTopicAsync(group.GroupId, "Another", "Something else");
        Assert.Equal(1, await NewTopicMailsToAsync(sam));
    }

    [Fact]
    public async Task A_held_first_post_emails_once_it_is_approved()
    {
        var group = await app.GroupAsync(approveNewMembers: true);
        var (_, robinBrowser) = await app.MemberAsync(group, "Robin");
        var (sam, samBrowser) = await app.MemberAsync(group, "Sam");
        await ChooseAsync(samBrowser, group, "EachNewTopic");
        var topicId = GroupSteps.TopicFrom(await robinBrowser.StartTopicAsync(group.GroupId, "Hello", "My first post waits"));
        Assert.Equal(0, await NewTopicMailsToAsync(sam));
        var postId = await app.WithDbAsync(db => db.GroupPosts.Where(p => p.TopicId == topicId).Select(p => p.Id).SingleAsync());
        await group.FacilitatorBrowser.PostFormAsync($"{Discussion(group)}/review?postId={postId}", new Dictionary<string, string> { ["action"] = "Approve" });
        Assert.Equal(1, await NewTopicMailsToAsync(sam));
    }

    [Fact]
    public async Task The_daily_digest_counts_new_topics_and_replies_once_a_day_and_says_nothing_when_nothing_is_new()
    {
        var group = await app.GroupAsync();
        var quiet = await app.GroupAsync();
        var (robin, robinBrowser) = await app.MemberAsync(group, "Robin");
        var (sam, samBrowser) = await app.MemberAsync(group, "Sam");
        await ChooseAsync(samBrowser, group, "DailyDigest");
        var quietBrowser = app.NewBrowser();
        await quietBrowser.SignInAsync(sam);
        await quietBrowser.PostFormAsync($"/groups/{quiet.GroupId}?handler=Join", new Dictionary<string, string> { ["Join.DisplayName"] = "Sam", ["Join.Introduction"] = "" });
        await quiet.FacilitatorBrowser.PostFormAsync($"/groups/{quiet.GroupId}/manage?handler=Decide&userId={sam.Id}&welcome=true", new Dictionary<string, string>(), tokenFrom: $"/groups/{quiet.GroupId}/manage");
        await ChooseAsync(quietBrowser, quiet, "DailyDigest");
        var before = (await MailSubjectsToAsync(sam)).Count; // the welcome emails

        Clock.Advance(TimeSpan.FromMinutes(1));
        var topicId = GroupSteps.TopicFrom(await robinBrowser.StartTopicAsync(group.GroupId, "Sleep", "Bedtime news"));
        Clock.Advance(TimeSpan.FromSeconds(1));
        await robinBrowser.ReplyAsync(group.GroupId, topicId, "More news");
        Clock.Advance(TimeSpan.FromSeconds(1));
        await group.FacilitatorBrowser.ReplyAsync(group.GroupId, topicId, "Thanks for sharing");
        Clock.Advance(TimeSpan.FromSeconds(1));
        await samBrowser.ReplyAsync(group.GroupId, topicId, "Sam's own reply");
        await AddPostAsync(group, topicId, robin.Id, "Held for a moderator", PostStatus.Held);
        var digests = app.Services.GetRequiredService<PostDigests>();

        Assert.Equal(0, await digests.SendDueAsync()); // not a day yet
        Clock.Advance(TimeSpan.FromDays(1));
        await Task.WhenAll(digests.SendDueAsync(), digests.SendDueAsync()); // two copies of the app at once
        var subjects = await MailSubjectsToAsync(sam);
        Assert.Equal(["New in Adopters' evening today"], subjects.Skip(before)); // and nothing for the quiet group
        var mail = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == sam.Email && m.Subject == "New in Adopters' evening today").SingleAsync());
        Assert.Contains("1 new topic and 2 replies", mail.TextBody);
        Assert.DoesNotContain("Bedtime", mail.TextBody, StringComparison.OrdinalIgnoreCase);

        await digests.SendDueAsync();
        Clock.Advance(TimeSpan.FromHours(23));
        await digests.SendDueAsync();
        Assert.Equal(before + 1, (await MailSubjectsToAsync(sam)).Count); // not twice

        // Nothing new for a day: nothing sent. Removed: nothing even when there is.
        Clock.Advance(TimeSpan.FromHours(2));
        await digests.SendDueAsync();
        Assert.Equal(before + 1, (await MailSubjectsToAsync(sam)).Count);
        Clock.Advance(TimeSpan.FromSeconds(1));
        await AddPostAsync(group, topicId, robin.Id, "News for tomorrow", PostStatus.Visible);
        await app.WithDbAsync(db => db.PeerGroupMembers.Where(m => m.GroupId == group.GroupId && m.UserId == sam.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, GroupMemberStatus.Removed)));
        Clock.Advance(TimeSpan.FromDays(1));
        await digests.SendDueAsync();
        Assert.Equal(before + 1, (await MailSubjectsToAsync(sam)).Count);
    }
}

/// <summary>An app whose clock the test moves; the digest's own scan is parked far in the fake future.</summary>
public interface IClockedApp
{
    FakeTimeProvider Clock { get; }
}

public sealed class NewPostsSqliteApp : SqliteApp, IClockedApp
{
    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Discussion:DigestScanSeconds", "2592000")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class NewPostsPostgresApp : PostgresApp, IClockedApp
{
    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Discussion:DigestScanSeconds", "2592000")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class NewPostsTestsOnSqlite(NewPostsSqliteApp app) : NewPostsTests<NewPostsSqliteApp>(app);

public sealed class NewPostsTestsOnPostgres(NewPostsPostgresApp app) : NewPostsTests<NewPostsPostgresApp>(app);
