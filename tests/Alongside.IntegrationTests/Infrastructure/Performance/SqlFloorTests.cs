using System.Net;
using System.Text.RegularExpressions;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Infrastructure.Performance;

/// <summary>
/// bench/scale.sh's floors: one request of a page, marked with <see cref="SqlFloors.Header"/>, has its
/// SQL kept; <c>/bench/floor/sql/{name}</c> sends those commands again through bare ADO.NET with the
/// same values. The values must reach the database as the page sent them (a key bound as the wrong
/// type matches nothing), so the floor reads the organisation's referrals the page listed.
/// </summary>
public abstract partial class SqlFloorTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    [Fact]
    public async Task The_floor_sends_the_page_s_own_commands_again_and_reads_the_same_rows()
    {
        var org = await app.CreateOrganisationAsync();
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        for (var i = 0; i < 7; i++)
        {
            var (_, familyId) = await app.CreateParentAsync();
            await app.CreateReferralAsync(org, familyId, ReferralStatus.New);
        }
        var staff = app.NewBrowser();
        await staff.SignInAsync(clinician);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/bench/floor/sql/triage")).StatusCode);

        var page = new HttpRequestMessage(HttpMethod.Get, "/staff/referrals");
        page.Headers.Add(SqlFloors.Header, "triage");
        Assert.Equal(HttpStatusCode.OK, (await staff.SendAsync(page)).StatusCode);

        var (commands, rows) = Parse(await staff.GetPageAsync("/bench/floor/sql/triage"));
        Assert.InRange(commands, 1, 5);
        Assert.True(rows >= 7, $"The floor read {rows} rows; the page listed 7 referrals");

        // Another organisation's empty list: the same commands with its own values read fewer rows.
        var other = await app.CreateStaffAsync(await app.CreateOrganisationAsync(), Role.Clinician);
        var otherStaff = app.NewBrowser();
        await otherStaff.SignInAsync(other);
        var empty = new HttpRequestMessage(HttpMethod.Get, "/staff/referrals");
        empty.Headers.Add(SqlFloors.Header, "empty");
        Assert.Equal(HttpStatusCode.OK, (await otherStaff.SendAsync(empty)).StatusCode);
        Assert.True(Parse(await otherStaff.GetPageAsync("/bench/floor/sql/empty")).Rows < 7);

        Assert.StartsWith("/account/sign-in?ReturnUrl=", Browser.Location(await app.NewBrowser().GetAsync("/bench/floor/sql/triage")));
    }

    [Fact]
    public async Task A_reply_s_floor_posts_the_reply_again_under_a_new_key_each_time()
    {
        var (_, parent, _, _, staff) = await app.FamilyWithCareTeamAsync();
        var family = app.NewBrowser();
        await family.SignInAsync(parent);
        var thread = Browser.Location(await family.PostMultipartAsync("/messages/new",
            new Dictionary<string, string> { ["Input.Subject"] = "Bedtime", ["Input.Body"] = "It was hard." }, []));
        var threadId = Guid.Parse(thread.Split('/').Last());
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Browser.Token(await staff.GetPageAsync(thread))), "__RequestVerificationToken" },
            { new StringContent("Thank you."), "Body" },
        };
        var reply = new HttpRequestMessage(HttpMethod.Post, thread) { Content = form };
        reply.Headers.Add(SqlFloors.Header, "reply");
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SendAsync(reply)).StatusCode);

        for (var i = 0; i < 2; i++) await staff.GetPageAsync("/bench/floor/sql/reply");

        var replies = await app.WithDbAsync(db => db.Messages.Where(m => m.ThreadId == threadId && m.Body == "Thank you.").Select(m => m.Id).ToListAsync());
        Assert.Equal(3, replies.Distinct().Count());
    }

    private static (int Commands, int Rows) Parse(string answer)
    {
        var match = CommandsAndRows().Match(answer);
        Assert.True(match.Success, answer);
        return (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value));
    }

    [GeneratedRegex(@"^(\d+) commands, (\d+) rows$")]
    private static partial Regex CommandsAndRows();
}

public sealed class SqlFloorSqliteApp : SqliteApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Benchmark:Floors", "true")];
}

public sealed class SqlFloorPostgresApp : PostgresApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Benchmark:Floors", "true")];
}

public sealed class SqlFloorTestsOnSqlite(SqlFloorSqliteApp app) : SqlFloorTests<SqlFloorSqliteApp>(app);

public sealed class SqlFloorTestsOnPostgres(SqlFloorPostgresApp app) : SqlFloorTests<SqlFloorPostgresApp>(app);
