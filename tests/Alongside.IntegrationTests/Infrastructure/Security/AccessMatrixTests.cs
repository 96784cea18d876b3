using System.Diagnostics;
using System.Net;
using Alongside.IntegrationTests.Features.Groups;
using Alongside.IntegrationTests.Support;
using Xunit.Abstractions;
using Who = Alongside.Web.Infrastructure.Security.AccessMatrix.Who;

namespace Alongside.IntegrationTests.Infrastructure.Security;

/// <summary>
/// Every row of <see cref="AccessMatrix"/> sent as every person around one family, in one world
/// where each person signs in once. Every answer that differs from the table is listed in one
/// failure. A 400, 429 or 500 is never an expected answer.
/// </summary>
public abstract class AccessMatrixTests<TApp>(TApp app, ITestOutputHelper output) : IClassFixture<TApp> where TApp : AlongsideApp
{
    /// <summary>
    /// Answers known to differ from the table, as "endpoint as Who", until the app is fixed. The
    /// test still fails when one of these starts answering as the table says, so the list stays true.
    /// </summary>
    private static readonly HashSet<string> KnownAccessBugs = [];

    private enum Answer { Allowed, Denied }

    /// <summary>Rows that end the sender's session go last, and "everywhere" on a session of its own.</summary>
    private const string SignOut = "POST /account/sign-out";
    private const string SignOutEverywhere = "POST /account/sign-out?handler=Everywhere";

    [Fact]
    public async Task Every_person_gets_the_answer_the_access_matrix_gives_at_every_endpoint()
    {
        var clock = Stopwatch.StartNew();
        var world = await AccessMatrixWorld.BuildAsync(app);
        var built = clock.Elapsed;
        var requests = AccessMatrixRequests.For(world);
        var wrong = new List<string>();
        var stillKnown = new List<string>();
        var people = Enum.GetValues<Who>();
        var grid = AccessMatrix.Rows.ToDictionary(r => r.Endpoint, _ => new char[people.Length]);

        void Check(AccessMatrix.Row row, Who who, Answer? answer, string seen)
        {
            grid[row.Endpoint][(int)who] = answer switch { Answer.Allowed => 'Y', Answer.Denied => '.', _ => '!' };
            var expected = row.Allows(who) ? Answer.Allowed : Answer.Denied;
            var name = $"{row.Endpoint} as {who}";
            if (answer == expected)
            {
                if (KnownAccessBugs.Contains(name)) wrong.Add($"{name}: listed as a known access bug but now answers as the table says ({seen}); take it off the list");
                return;
            }
            var line = $"{name}: expected {expected}, got {seen}";
            if (KnownAccessBugs.Contains(name)) stillKnown.Add(line);
            else wrong.Add(line);
        }

        // Reads first, then what writes, then live connections, then signing out: each phase leaves the world the next one needs.
        var rows = AccessMatrix.Rows;
        var ordered = rows.Where(r => r.Endpoint.StartsWith("GET ", StringComparison.Ordinal))
            .Concat(rows.Where(r => r.Endpoint.StartsWith("POST ", StringComparison.Ordinal) && r.Endpoint is not (SignOut or SignOutEverywhere)))
            .Concat(rows.Where(r => r.Endpoint.StartsWith("HUB ", StringComparison.Ordinal)))
            .Concat(rows.Where(r => r.Endpoint is SignOut or SignOutEverywhere))
            .ToList();
        Assert.Equal(rows.Count, ordered.Count);

        foreach (var row in ordered)
        {
            if (row.Endpoint.StartsWith("HUB ", StringComparison.Ordinal))
            {
                foreach (var who in people)
                {
                    var (answer, seen) = row.Endpoint == "HUB /hubs/groups Watch" ? await WatchAsync(world, who) : (null, "no way to call this hub method in the test");
                    Check(row, who, answer, seen);
                }
                continue;
            }
            if (!requests.TryGetValue(row.Endpoint, out var recipe))
            {
                wrong.Add($"{row.Endpoint}: no request is written for this row in AccessMatrixRequests");
                continue;
            }
            foreach (var who in people)
            {
                var (browser, token) = (world.Browsers[who], world.Tokens[who]);
                if (row.Endpoint == SignOutEverywhere && world.People.ContainsKey(who)) (browser, token) = await world.FreshSignInAsync(who);
                using var response = await SendAsync(browser, token, recipe(who));
                var (answer, seen) = Classify(response);
                Check(row, who, answer, seen);
                if (row.Sees is not null && answer == Answer.Allowed && row.Allows(who))
                {
                    var body = await response.Content.ReadAsStringAsync();
                    var shows = body.Contains(world.FamilyName, StringComparison.Ordinal) || body.Contains(world.ChildName, StringComparison.Ordinal);
                    grid[row.Endpoint][(int)who] = shows ? 'F' : 'Y';
                    if (shows != row.Sees.Contains(who))
                    {
                        wrong.Add($"{row.Endpoint} as {who}: expected the page {(shows ? "without" : "showing")} this family, got it {(shows ? "showing" : "without")} it");
                    }
                }
            }
        }

        var size = $"{rows.Count} endpoints × {people.Length} people = {rows.Count * people.Length} answers";
        output.WriteLine($"{size}; world built in {built.TotalSeconds:0.0} s ({string.Join(", ", world.Timings)}), all in {clock.Elapsed.TotalSeconds:0.0} s");
        // The answers as seen (Y let in, F let in and shown this family, . refused, ! neither), one column per person in this order:
        output.WriteLine(string.Join(", ", people.Select((p, i) => $"{i + 1} {p}")));
        foreach (var row in rows) output.WriteLine($"{new string(grid[row.Endpoint])}  {row.Endpoint}");
        foreach (var line in stillKnown) output.WriteLine("Known access bug: " + line);
        Assert.True(wrong.Count == 0, $"{wrong.Count} answers differ from the access matrix ({size}):\n" + string.Join('\n', wrong));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient browser, string token, MatrixRequest request)
    {
        using var message = new HttpRequestMessage(request.Method, request.Url);
        if (request.Method == HttpMethod.Post)
        {
            var form = new Dictionary<string, string>(request.Form ?? new Dictionary<string, string>());
            if (request.Antiforgery) form["__RequestVerificationToken"] = token;
            message.Content = new FormUrlEncodedContent(form);
        }
        return await browser.SendAsync(message);
    }

    /// <summary>
    /// Allowed: a 2xx, or a redirect that is the handler's own. Denied: 401, 403, 404, or a
    /// redirect to sign in, to "access denied" or to set up two-factor sign-in. Anything else
    /// (400, 429, 500) matches neither.
    /// </summary>
    private static (Answer? Answer, string Seen) Classify(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var location = Browser.Location(response);
        var seen = location.Length > 0 ? $"{status} to {location}" : status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return status switch
        {
            >= 200 and < 300 => (Answer.Allowed, seen),
            301 or 302 or 303 or 307 or 308 => (IsRefusal(location) ? Answer.Denied : Answer.Allowed, seen),
            401 or 403 or 404 => (Answer.Denied, seen),
            _ => (null, seen),
        };
    }

    private static bool IsRefusal(string location) =>
        location.StartsWith("/account/sign-in?ReturnUrl=", StringComparison.Ordinal)
        || location.StartsWith("/account/access-denied", StringComparison.Ordinal)
        || location.StartsWith("/account/two-factor?returnUrl=", StringComparison.Ordinal);

    /// <summary>Opens a live connection as the person (refused outright for anyone not signed in) and asks to watch the family's group.</summary>
    private async Task<(Answer? Answer, string Seen)> WatchAsync(AccessMatrixWorld world, Who who)
    {
        try
        {
            await using var live = await LiveClient.ConnectAsync(app, world.Cookies[who]);
            return await live.WatchAsync(world.GroupId) ? (Answer.Allowed, "Watch answered true") : (Answer.Denied, "Watch answered false");
        }
        catch (HttpRequestException e) when (e.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.Found or HttpStatusCode.NotFound)
        {
            return (Answer.Denied, $"the connection was refused with {(int)e.StatusCode}");
        }
    }
}

/// <summary>Secret-token addresses and the group API answer every person here, so their rate limits are lifted.</summary>
public sealed class AccessMatrixSqliteApp : SqliteApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("RateLimits:TokenLinkPermitsPerMinute", "100000"), new("RateLimits:PublicApiPermitsPerMinute", "100000")];
}

public sealed class AccessMatrixPostgresApp : PostgresApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("RateLimits:TokenLinkPermitsPerMinute", "100000"), new("RateLimits:PublicApiPermitsPerMinute", "100000")];
}

public sealed class AccessMatrixTestsOnSqlite(AccessMatrixSqliteApp app, ITestOutputHelper output) : AccessMatrixTests<AccessMatrixSqliteApp>(app, output);

public sealed class AccessMatrixTestsOnPostgres(AccessMatrixPostgresApp app, ITestOutputHelper output) : AccessMatrixTests<AccessMatrixPostgresApp>(app, output);
