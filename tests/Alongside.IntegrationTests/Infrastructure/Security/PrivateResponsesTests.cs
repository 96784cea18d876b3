using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Infrastructure.Security;

/// <summary>
/// Private answers are never kept by a browser or a cache (a shared computer, a proxy): pages for a
/// signed-in person, the API, downloads, the calendar feed, form answers and pages opened from a
/// secret link say no-store. Public pages, the public group search and static files stay cacheable.
/// </summary>
public abstract class PrivateResponsesTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    [Fact]
    public async Task Private_responses_say_no_store_and_public_ones_do_not()
    {
        var (_, parent, familyId, _, staff) = await app.FamilyWithCareTeamAsync();
        var family = app.NewBrowser();
        await family.SignInAsync(parent);

        var page = await family.GetAsync("/family");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(Documents.NoStore(page));
        foreach (var api in new[] { "/api/v1/me", $"/api/v1/families/{familyId}" })
        {
            var response = await family.GetAsync(api);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(Documents.NoStore(response), api);
        }

        var sent = await family.PostMultipartAsync("/messages/new", new Dictionary<string, string> { ["Input.Subject"] = "Photo", ["Input.Body"] = "A photo" }, [("Attachment", "photo.png", Documents.Png)]);
        var attachmentId = await app.WithDbAsync(db => db.MessageAttachments.Where(a => db.Messages.Any(m => m.Id == a.MessageId && db.MessageThreads.Any(t => t.Id == m.ThreadId && t.FamilyId == familyId))).Select(a => a.Id).SingleAsync());
        var download = await staff.GetAsync($"{Browser.Location(sent)}?handler=Attachment&attachmentId={attachmentId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.True(Documents.NoStore(download));

        // The calendar feed is fetched by a phone that is not signed in: its secret address is the key.
        var made = await family.PostFormAsync("/account/calendar", new Dictionary<string, string>());
        var feed = new Uri(Html.Parse(await made.Content.ReadAsStringAsync()).Text("#feed-url")).AbsolutePath;
        var calendar = await app.NewBrowser().GetAsync(feed);
        Assert.Equal(HttpStatusCode.OK, calendar.StatusCode);
        Assert.True(Documents.NoStore(calendar));

        // A page the person's own setting already keeps out of caches keeps its words (the error page adds no-cache).
        var missing = await family.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.True(Documents.NoStore(missing));
        Assert.True(missing.Headers.CacheControl!.NoCache);

        var anonymous = app.NewBrowser();
        // Nobody is signed in, yet these show what someone typed or their email address from a secret link.
        var refused = await anonymous.PostFormAsync("/account/register", new Dictionary<string, string> { ["Input.Email"] = "typed@example.test" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("typed@example.test", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(Documents.NoStore(refused));
        var reset = await anonymous.GetAsync("/account/reset-password?email=someone%40example.test&code=abc");
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.True(Documents.NoStore(reset));
        var invitation = await anonymous.GetAsync("/account/invitation?token=abc");
        Assert.Equal(HttpStatusCode.OK, invitation.StatusCode);
        Assert.True(Documents.NoStore(invitation));

        var home = await anonymous.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.False(Documents.NoStore(home));
        var search = await anonymous.GetAsync("/api/v1/groups?near=M1");
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.False(Documents.NoStore(search));
        // Static files keep their caching, even for a signed-in person.
        var css = await family.GetAsync("/lib/alongside.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.False(Documents.NoStore(css));
    }
}

public sealed class PrivateResponsesTestsOnSqlite(SqliteApp app) : PrivateResponsesTests<SqliteApp>(app);

public sealed class PrivateResponsesTestsOnPostgres(PostgresApp app) : PrivateResponsesTests<PostgresApp>(app);
