using System.Net;
using Alongside.IntegrationTests.Features.Groups;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Infrastructure.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alongside.IntegrationTests.Infrastructure.ScaleOut;

/// <summary>
/// Two instances behind a load balancer: whatever one makes (a sign-in, a form, an emailed link,
/// a live post), the other takes. Each proof is paired with an instance that lacks the shared piece
/// (keys or Redis) and so refuses or misses it, which shows the shared piece is what carries it.
/// </summary>
public sealed class TwoInstancesTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    private Instance A => instances.A;
    private Instance B => instances.B;

    [Fact]
    public async Task A_sign_in_made_by_A_is_accepted_by_B_and_refused_without_the_shared_keys()
    {
        var (parent, _) = await A.CreateParentAsync();
        var cookies = new CookieContainer();
        await A.NewBrowser(cookies).SignInAsync(parent);

        Assert.Equal(HttpStatusCode.OK, (await B.NewBrowser(cookies).GetAsync("/family")).StatusCode);

        var stranger = await instances.Stranger.NewBrowser(cookies).GetAsync("/family");
        Assert.Equal(HttpStatusCode.Redirect, stranger.StatusCode);
        Assert.StartsWith("/account/sign-in", Browser.Location(stranger), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_fetched_from_A_posts_to_B_and_is_refused_without_the_shared_keys()
    {
        var cookies = new CookieContainer();
        var page = await A.NewBrowser(cookies).GetPageAsync("/account/forgot-password");
        var form = new Dictionary<string, string>
        {
            ["Input.Email"] = People.NewEmail("nobody"),
            ["__RequestVerificationToken"] = Browser.Token(page),
        };

        var onB = await B.NewBrowser(cookies).PostAsync("/account/forgot-password", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Contains("Check your email", await onB.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var onStranger = await instances.Stranger.NewBrowser(cookies).PostAsync("/account/forgot-password", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.BadRequest, onStranger.StatusCode);
    }

    [Fact]
    public async Task A_password_reset_link_emailed_by_A_opens_and_works_on_B_and_not_without_the_shared_keys()
    {
        var (parent, _) = await A.CreateParentAsync();
        await A.NewBrowser().PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = parent.Email });
        var mail = await A.Mail.WaitForAsync(parent.Email, "Reset your Alongside password");
        var link = Browser.FirstLink(mail.TextBody, "/account/reset-password");
        var code = System.Web.HttpUtility.ParseQueryString(new Uri("https://x" + link).Query)["code"]!;
        Dictionary<string, string> NewPassword(string password) => new() { ["Input.Password"] = password, ["Email"] = parent.Email, ["Code"] = code };

        // Tried first where the keys are not shared: the link is refused, and stays unused.
        var refused = await instances.Stranger.NewBrowser().PostFormAsync(link, NewPassword("a stranger's lantern phrase"));
        Assert.Contains("expired or been used", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var onB = B.NewBrowser();
        await onB.GetPageAsync(link);
        var reset = await onB.PostFormAsync(link, NewPassword("a brand new lantern phrase"));
        Assert.Contains("Your password has been changed", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await A.NewBrowser().SignInAsync(parent with { Password = "a brand new lantern phrase" });
    }

    [Fact]
    public async Task A_group_post_sent_through_A_reaches_a_member_connected_to_B_and_not_one_on_an_instance_without_Redis()
    {
        var group = await A.GroupAsync();
        var onB = await WatchAsync(B, group, "Robin");
        var onLone = await WatchAsync(instances.Lone, group, "Sasha");
        var (_, poster) = await A.MemberAsync(group, "Alex");

        Assert.Equal(HttpStatusCode.Redirect, (await poster.PostAsync(group.GroupId, "Hello from instance A")).StatusCode);

        Assert.Equal("Hello from instance A", (await onB.NextPostAsync()).Body);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Empty(onLone.Received());
        await onB.DisposeAsync();
        await onLone.DisposeAsync();
    }

    [Fact]
    public async Task A_member_removed_through_A_hears_nothing_more_on_B()
    {
        var group = await A.GroupAsync();
        var (removed, onB) = await WatchingAsync(B, group, "Pat");
        var (_, poster) = await A.MemberAsync(group, "Alex");
        Assert.Equal(HttpStatusCode.Redirect, (await poster.PostAsync(group.GroupId, "Before")).StatusCode);
        Assert.Equal("Before", (await onB.NextPostAsync()).Body);

        var removal = await group.FacilitatorBrowser.PostFormAsync($"/groups/{group.GroupId}/manage?handler=Remove&userId={removed.Id}", new Dictionary<string, string>(), tokenFrom: $"/groups/{group.GroupId}/manage");
        Assert.Equal(HttpStatusCode.Redirect, removal.StatusCode);
        // A member still on B hears the next post, so the removed one's silence is not a lost signal.
        var (_, stillOnB) = await WatchingAsync(B, group, "Sam");
        Assert.Equal(HttpStatusCode.Redirect, (await poster.PostAsync(group.GroupId, "After")).StatusCode);

        Assert.Equal("After", (await stillOnB.NextPostAsync()).Body);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.DoesNotContain(onB.Received(), p => p.Body == "After");
        await onB.DisposeAsync();
        await stillOnB.DisposeAsync();
    }

    [Fact]
    public async Task Signing_out_through_A_closes_the_live_connection_on_B()
    {
        var group = await A.GroupAsync();
        var cookies = new CookieContainer();
        await A.MemberAsync(group, "Robin", cookies);
        var onB = await LiveClient.ConnectAsync(B, cookies);
        Assert.True(await onB.WatchAsync(group.GroupId));

        var signOut = await A.NewBrowser(cookies).PostFormAsync("/account/sign-out", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        Assert.True(await onB.ClosedAsync(), "The connection on B stayed open after signing out through A");
        await onB.DisposeAsync();
    }

    [Fact]
    public async Task Every_instance_delivers_the_shared_outbox_and_each_email_goes_once()
    {
        // All four instances poll the one outbox and send to A's listener; each claims a message before sending it.
        var subject = "Once each " + Guid.NewGuid().ToString("N")[..8];
        var addresses = Enumerable.Range(0, 40).Select(i => People.NewEmail($"once{i}")).ToList();
        await A.WithScopeAsync(async sp =>
        {
            foreach (var address in addresses) sp.GetRequiredService<Outbox>().Enqueue(address, "Someone", subject, "Hello");
            await sp.GetRequiredService<Alongside.Web.Data.AlongsideDbContext>().SaveChangesAsync();
        });
        // Besides their own polling, all four are asked at the same moment, so they race for the same rows.
        var dispatchers = new[] { A, B, instances.Lone, instances.Stranger }
            .Select(i => i.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<OutboxDispatcher>().Single());
        await Task.WhenAll(dispatchers.Select(d => d.DispatchDueAsync(CancellationToken.None)));

        foreach (var address in addresses) await A.Mail.WaitForAsync(address, subject);
        await Task.Delay(TimeSpan.FromSeconds(2)); // long enough for a second copy to arrive, were one sent
        Assert.Equal(addresses.Count, A.Mail.Received.Count(m => m.Subject == subject));
        Assert.Equal(addresses.Count, await A.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Subject == subject && m.SentAt != null && m.Attempts == 1)));
    }

    /// <summary>A member who joined through A, with a live connection to <paramref name="instance"/> watching the group.</summary>
    private async Task<LiveClient> WatchAsync(Instance instance, GroupSetup group, string name) => (await WatchingAsync(instance, group, name)).Live;

    private async Task<(Person Member, LiveClient Live)> WatchingAsync(Instance instance, GroupSetup group, string name)
    {
        var cookies = new CookieContainer();
        var (member, _) = await A.MemberAsync(group, name, cookies);
        var live = await LiveClient.ConnectAsync(instance, cookies);
        Assert.True(await live.WatchAsync(group.GroupId));
        return (member, live);
    }
}

/// <summary>
/// The limits that protect accounts hold across instances: attempts through A and B draw on one
/// budget in Redis, where an instance without Redis (<see cref="ThrottledInstances.Lone"/>) counts
/// only its own. Each test uses its own accounts and limit, inside one minute's window.
/// </summary>
public sealed class TwoInstancesRateLimitTests(ThrottledInstances instances) : IClassFixture<ThrottledInstances>
{
    private const HttpStatusCode TooMany = (HttpStatusCode)429;

    [Fact]
    public async Task Sign_in_attempts_alternating_between_A_and_B_share_one_budget_that_an_instance_without_Redis_does_not_see()
    {
        var cookies = new CookieContainer();
        var token = Browser.Token(await instances.A.NewBrowser(cookies).GetPageAsync("/account/sign-in"));
        var account = People.NewEmail("guessed");
        async Task<HttpResponseMessage> TryAsync(Instance instance, string email) =>
            await instance.NewBrowser(cookies).PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Input.Email"] = email,
                ["Input.Password"] = "a guess at a password",
            }));

        // Three attempts a minute on one account: A, B, A go ahead; B and A are then refused.
        var statuses = new List<HttpStatusCode>();
        foreach (var instance in new[] { instances.A, instances.B, instances.A, instances.B, instances.A })
        {
            statuses.Add((await TryAsync(instance, account)).StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, TooMany, TooMany], statuses);
        var refused = await TryAsync(instances.B, account);
        Assert.Equal(TooMany, refused.StatusCode);
        Assert.Contains("Too many attempts for this account", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // An instance without Redis has counted none of them, so it lets the same account try again.
        Assert.Equal(HttpStatusCode.OK, (await TryAsync(instances.Lone, account)).StatusCode);

        // The flood brake for the address is shared too: six posts so far, eight a minute in all.
        Assert.Equal(HttpStatusCode.OK, (await TryAsync(instances.B, People.NewEmail("colleague"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TryAsync(instances.A, People.NewEmail("colleague"))).StatusCode);
        var braked = await TryAsync(instances.B, People.NewEmail("colleague"));
        Assert.Equal(TooMany, braked.StatusCode);
        Assert.Contains("Too many sign-in attempts from here", await braked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_link_guesses_alternating_between_A_and_B_share_one_budget()
    {
        var statuses = new List<HttpStatusCode>();
        foreach (var instance in new[] { instances.A, instances.B, instances.A, instances.B, instances.A, instances.B })
        {
            statuses.Add((await instance.NewBrowser().GetAsync($"/calendar/{Guid.NewGuid():N}.ics")).StatusCode);
        }
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, TooMany, TooMany], statuses);
        Assert.Equal(HttpStatusCode.NotFound, (await instances.Lone.NewBrowser().GetAsync($"/calendar/{Guid.NewGuid():N}.ics")).StatusCode);
    }
}
