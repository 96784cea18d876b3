using System.Net;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Groups;
using Alongside.Web.Features.Groups.Discussion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alongside.IntegrationTests.Features.Groups;

/// <summary>Live discussion reaches only the people who may read the group, now, on their own connections.</summary>
public abstract class LiveDiscussionTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AlongsideApp
{
    private readonly List<LiveClient> _connections = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var live in _connections) await live.DisposeAsync();
    }

    private async Task<LiveClient> ConnectAsync(CookieContainer cookies)
    {
        var live = await LiveClient.ConnectAsync(app, cookies);
        _connections.Add(live);
        return live;
    }

    /// <summary>Long enough for a post sent to everyone at once to have reached a connection that was going to get it.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(500);

    private async Task<(Person Person, HttpClient Browser, LiveClient Live)> WatchingMemberAsync(GroupSetup group, string name)
    {
        var cookies = new CookieContainer();
        var (person, browser) = await app.MemberAsync(group, name, cookies);
        var live = await ConnectAsync(cookies);
        Assert.True(await live.WatchAsync(group.GroupId));
        return (person, browser, live);
    }

    /// <summary>Posts through the page and returns what <paramref name="hears"/> is sent live.</summary>
    private static async Task<string> PostAndHearAsync(HttpClient poster, Guid groupId, string body, LiveClient hears)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await poster.PostAsync(groupId, body)).StatusCode);
        return (await hears.NextPostAsync()).Body;
    }

    /// <summary>
    /// The facilitator removes the member on the group's manage page: Remove asks first, and asking
    /// changes nothing; the button on that page removes them. Someone not a member cannot be asked about.
    /// </summary>
    private async Task RemoveAsync(GroupSetup group, Guid userId)
    {
        var manage = $"/groups/{group.GroupId}/manage";
        Assert.Equal(HttpStatusCode.NotFound, (await group.FacilitatorBrowser.GetAsync($"{manage}?remove={Guid.NewGuid()}")).StatusCode);
        var confirm = Html.Parse(await group.FacilitatorBrowser.GetPageAsync($"{manage}?remove={userId}"));
        Assert.StartsWith("Remove ", confirm.Text("h1"));
        Assert.Equal($"{manage}?handler=Remove&userId={userId}", confirm.QuerySelector("main form")?.GetAttribute("action"));
        Assert.True(await app.WithDbAsync(db => db.PeerGroupMembers.AnyAsync(m => m.GroupId == group.GroupId && m.UserId == userId && m.Status == GroupMemberStatus.Member)));
        var removed = await group.FacilitatorBrowser.PostFormAsync($"{manage}?handler=Remove&userId={userId}", new Dictionary<string, string>(), tokenFrom: $"{manage}?remove={userId}");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
    }

    [Fact]
    public async Task Watching_a_group_needs_membership_at_the_time_of_asking()
    {
        var group = await app.GroupAsync();
        var (member, _, live) = await WatchingMemberAsync(group, "Robin");
        Assert.False(await live.WatchAsync(Guid.NewGuid()));

        var outsiderCookies = new CookieContainer();
        var outsider = app.NewBrowser(outsiderCookies);
        await outsider.SignInAsync((await app.CreateParentAsync()).Parent);
        var outsiderLive = await ConnectAsync(outsiderCookies);
        Assert.False(await outsiderLive.WatchAsync(group.GroupId));

        // The same open connection is refused once the member is removed.
        await RemoveAsync(group, member.Id);
        Assert.False(await live.WatchAsync(group.GroupId));

        // A closed group is watched by nobody.
        var (_, _, other) = await WatchingMemberAsync(group, "Sam");
        await app.WithDbAsync(db => db.PeerGroups.Where(g => g.Id == group.GroupId).ExecuteUpdateAsync(s => s.SetProperty(g => g.ClosedAt, app.Now)));
        Assert.False(await other.WatchAsync(group.GroupId));
    }

    [Fact]
    public async Task A_removed_member_s_open_connection_hears_no_further_post()
    {
        var group = await app.GroupAsync();
        var (_, poster) = await app.MemberAsync(group, "Lee");
        var (removed, _, removedLive) = await WatchingMemberAsync(group, "Pat");
        var (_, _, witness) = await WatchingMemberAsync(group, "Jo");

        Assert.Equal("Before", (await PostAndHearAsync(poster, group.GroupId, "Before", removedLive)));
        Assert.Equal("Before", (await witness.NextPostAsync()).Body);

        await RemoveAsync(group, removed.Id);
        // Taken off at once, not only when the next post is sent.
        Assert.DoesNotContain(removed.Id, app.Services.GetRequiredService<ILiveConnections>().WatchersOf(GroupHub.Channel(group.GroupId)));
        Assert.Equal("After", (await PostAndHearAsync(poster, group.GroupId, "After", witness)));
        await Task.Delay(Settle);
        Assert.Empty(removedLive.Received());
        Assert.Equal(Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Connected, removedLive.State);
    }

    [Fact]
    public async Task Membership_is_checked_again_when_a_post_is_sent()
    {
        // Access can end without a page that takes the connection off (here: the member left).
        var group = await app.GroupAsync();
        var (_, poster) = await app.MemberAsync(group, "Kim");
        var (leaver, _, leaverLive) = await WatchingMemberAsync(group, "Ash");
        var (_, _, witness) = await WatchingMemberAsync(group, "Mo");
        await app.WithDbAsync(db => db.PeerGroupMembers.Where(m => m.GroupId == group.GroupId && m.UserId == leaver.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, GroupMemberStatus.Left)));

        Assert.Equal("Only members now", (await PostAndHearAsync(poster, group.GroupId, "Only members now", witness)));
        await Task.Delay(Settle);
        Assert.Empty(leaverLive.Received());
    }

    [Fact]
    public async Task A_connection_serves_only_the_person_who_opened_it()
    {
        var group = await app.GroupAsync();
        var (_, owner, live) = await WatchingMemberAsync(group, "Jess");
        var otherCookies = new CookieContainer();
        var other = app.NewBrowser(otherCookies);
        await other.SignInAsync((await app.CreateParentAsync()).Parent);

        // Someone else signed in cannot poll or send on the owner's connection by its token.
        using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        var url = $"/hubs/groups?id={Uri.EscapeDataString(live.Token)}";
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url, quick.Token)).StatusCode);
        using var invocation = new StringContent("{\"type\":1,\"target\":\"Watch\",\"arguments\":[\"" + group.GroupId + "\"]}\u001e");
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync(url, invocation, quick.Token)).StatusCode);

        // On a connection of their own they cannot watch a group they are not in.
        var otherLive = await ConnectAsync(otherCookies);
        Assert.False(await otherLive.WatchAsync(group.GroupId));

        Assert.Equal("Mine to hear", (await PostAndHearAsync(owner, group.GroupId, "Mine to hear", live)));
        await Task.Delay(Settle);
        Assert.Empty(otherLive.Received());
    }

    [Fact]
    public async Task Signing_out_closes_the_open_connection()
    {
        var group = await app.GroupAsync();
        var (_, poster) = await app.MemberAsync(group, "Max");
        var (_, browser, live) = await WatchingMemberAsync(group, "Ola");
        Assert.Equal("Hello", (await PostAndHearAsync(poster, group.GroupId, "Hello", live)));

        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync("/account/sign-out", new Dictionary<string, string>())).StatusCode);
        Assert.True(await live.ClosedAsync(), "The live connection stayed open after signing out");

        Assert.Equal(HttpStatusCode.Redirect, (await poster.PostAsync(group.GroupId, "Anyone there?")).StatusCode);
        await Task.Delay(Settle);
        Assert.Empty(live.Received());
    }
}

public sealed class LiveDiscussionTestsOnSqlite(SqliteApp app) : LiveDiscussionTests<SqliteApp>(app);

public sealed class LiveDiscussionTestsOnPostgres(PostgresApp app) : LiveDiscussionTests<PostgresApp>(app);
