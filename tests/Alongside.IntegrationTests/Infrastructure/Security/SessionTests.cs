using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Infrastructure.Security;

/// <summary>A browser whose cookies the test can read and copy, to play someone holding a stolen cookie.</summary>
internal sealed class CookieJar : DelegatingHandler
{
    public System.Net.CookieContainer Cookies { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var header = Cookies.GetCookieHeader(request.RequestUri!);
        if (header.Length > 0) request.Headers.Add("Cookie", header);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            foreach (var value in values) Cookies.SetCookies(request.RequestUri!, value);
        }
        return response;
    }
}

public abstract class SessionTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private static readonly Uri Site = new("https://localhost/");

    private (HttpClient Client, CookieJar Jar) NewJarBrowser()
    {
        var jar = new CookieJar();
        var client = app.CreateDefaultClient(jar);
        client.BaseAddress = Site;
        return (client, jar);
    }

    /// <summary>A second browser holding a copy of the first one's cookies.</summary>
    private HttpClient CopyOf(CookieJar jar)
    {
        var (thief, thiefJar) = NewJarBrowser();
        thiefJar.Cookies.Add(jar.Cookies.GetAllCookies());
        return thief;
    }

    private static bool SignedOut(HttpResponseMessage response) => Browser.Location(response).StartsWith("/account/sign-in", StringComparison.Ordinal);

    [Fact]
    public async Task Signing_out_ends_the_session_so_a_copied_cookie_stops_working_too()
    {
        var (parent, _) = await app.CreateParentAsync();
        var (browser, jar) = NewJarBrowser();
        await browser.SignInAsync(parent);
        var thief = CopyOf(jar);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/family")).StatusCode);

        await browser.PostFormAsync("/account/sign-out", new Dictionary<string, string>());
        Assert.True(SignedOut(await thief.GetAsync("/family")));
        Assert.NotNull(await app.WithDbAsync(db => db.UserSessions.Where(s => s.UserId == parent.Id).Select(s => s.EndedAt).SingleAsync()));
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_every_session_and_a_password_change_ends_the_others()
    {
        var (parent, _) = await app.CreateParentAsync();
        var phone = app.NewBrowser();
        await phone.SignInAsync(parent);
        var (laptop, jar) = NewJarBrowser();
        await laptop.SignInAsync(parent);
        var copy = CopyOf(jar);

        var devices = await laptop.GetPageAsync("/account/sessions");
        Assert.Contains("This browser", devices);
        Assert.Contains("Another device", devices);

        // Changing the password keeps this browser and ends the others.
        var changed = await laptop.PostFormAsync("/account/change-password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = parent.Password,
            ["Input.NewPassword"] = "a brand new long passphrase 7",
        });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.True(SignedOut(await phone.GetAsync("/family")));
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/family")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/family")).StatusCode); // the same session as the laptop

        // Sign out on every device: the copy goes too.
        await laptop.PostFormAsync("/account/sign-out?handler=Everywhere", new Dictionary<string, string>(), tokenFrom: "/account/sign-out");
        Assert.True(SignedOut(await copy.GetAsync("/family")));
        Assert.Equal(0, await app.WithDbAsync(db => db.UserSessions.CountAsync(s => s.UserId == parent.Id && s.EndedAt == null)));
    }

    [Fact]
    public async Task A_person_can_sign_out_one_of_their_own_devices_but_not_someone_elses()
    {
        var (parent, _) = await app.CreateParentAsync();
        var (other, _) = await app.CreateParentAsync();
        var mine = app.NewBrowser();
        await mine.SignInAsync(parent);
        var theirs = app.NewBrowser();
        await theirs.SignInAsync(other);
        var theirSession = await app.WithDbAsync(db => db.UserSessions.Where(s => s.UserId == other.Id).Select(s => s.Id).SingleAsync());

        await mine.PostFormAsync($"/account/sessions?handler=End&id={theirSession}", new Dictionary<string, string>(), tokenFrom: "/account/sessions");
        Assert.Equal(HttpStatusCode.OK, (await theirs.GetAsync("/family")).StatusCode);
    }
}

public sealed class SessionTestsOnSqlite(SqliteApp app) : SessionTests<SqliteApp>(app);

public sealed class SessionTestsOnPostgres(PostgresApp app) : SessionTests<PostgresApp>(app);
