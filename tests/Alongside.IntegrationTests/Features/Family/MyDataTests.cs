using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Family;

public abstract class MyDataTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private static async Task<HttpResponseMessage> DownloadAsync(HttpClient family) =>
        await family.PostFormAsync("/family/my-data", new Dictionary<string, string>());

    private static async Task<(ZipArchive Zip, JsonDocument Data, string Text)> ReadAsync(HttpResponseMessage response)
    {
        var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("data.json")!.Open());
        var text = await reader.ReadToEndAsync();
        return (zip, JsonDocument.Parse(text), text);
    }

    [Fact]
    public async Task A_parent_downloads_their_familys_data_and_files_without_private_notes_or_another_familys_data()
    {
        var mine = await app.FamilyWithHistoryAsync("OURS");
        var theirs = await app.FamilyWithHistoryAsync("THEIRS");
        var family = app.NewBrowser();
        await family.SignInAsync(mine.Parent);

        var page = await family.GetPageAsync("/family/my-data");
        Assert.Contains("Clinicians' private session notes and assessment findings are part of the clinical record", page);
        Assert.Contains("/family/my-data", await family.GetPageAsync("/family"));
        var account = await family.GetPageAsync("/account");
        Assert.Contains("/family/my-data", account);
        Assert.Contains("/account/close", account);

        var response = await DownloadAsync(family);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"alongside-my-data-{UkTime.DateOf(app.Now):yyyy-MM-dd}.zip", Documents.DownloadName(response));
        Assert.True(Documents.NoStore(response));
        var (zip, data, text) = await ReadAsync(response);

        // Everything they can see or wrote, and nothing that is the provider's or another family's.
        foreach (var words in mine.Theirs) Assert.Contains(words, text);
        foreach (var words in mine.Private.Concat(theirs.Theirs).Concat(theirs.Private)) Assert.DoesNotContain(words, text);
        Assert.DoesNotContain(theirs.Parent.Email, text);

        var root = data.RootElement;
        Assert.Equal(mine.Parent.Email, root.GetProperty("account").GetProperty("email").GetString());
        var children = root.GetProperty("families")[0].GetProperty("children");
        Assert.Equal("Robin", children[0].GetProperty("firstName").GetString());
        Assert.Contains(mine.Org.Name, root.GetProperty("families")[0].GetProperty("careTeam")[0].GetProperty("organisation").GetString());
        Assert.Contains("Looked at your family's record", root.GetProperty("whoHasLooked").EnumerateArray().Select(e => e.GetProperty("what").GetString()));
        Assert.Equal("Daily digest", root.GetProperty("groups")[0].GetProperty("emailsAboutNewPosts").GetString());
        var message = root.GetProperty("conversations")[0].GetProperty("messages")[0];
        Assert.True(message.GetProperty("you").GetBoolean());
        var file = message.GetProperty("attachments")[0].GetProperty("file").GetString()!;
        Assert.EndsWith("/timetable.png", file);
        await using (var attachment = zip.GetEntry(file)!.Open())
        {
            var bytes = new MemoryStream();
            await attachment.CopyToAsync(bytes);
            Assert.Equal(mine.Attachment, bytes.ToArray());
        }
        Assert.Single(zip.Entries, e => e.FullName.StartsWith("messages/", StringComparison.Ordinal));
        using (var readme = new StreamReader(zip.GetEntry("README.txt")!.Open()))
        {
            Assert.Contains("What is not here, and why", await readme.ReadToEndAsync());
        }
        Assert.NotNull(await app.WithDbAsync(db => db.Users.Where(u => u.Id == mine.Parent.Id).Select(u => u.DataDownloadedAt).SingleAsync()));
        Assert.Contains("You last downloaded your data on", await family.GetPageAsync("/family/my-data"));

        // Staff have no family data to download; anonymous visitors are sent to sign in.
        Assert.StartsWith("/account/access-denied", Browser.Location(await mine.Staff.GetAsync("/family/my-data")));
        Assert.StartsWith("/account/sign-in", Browser.Location(await app.NewBrowser().GetAsync("/family/my-data")));
    }

    [Fact]
    public async Task The_download_takes_the_same_number_of_queries_however_long_the_familys_history()
    {
        var small = await app.FamilyWithHistoryAsync("SMALL");
        var large = await app.FamilyWithHistoryAsync("LARGE", extraRows: 25);
        using var counter = new SqlCounter(app);
        var counts = new List<int>();
        foreach (var history in new[] { small, large })
        {
            var family = app.NewBrowser();
            await family.SignInAsync(history.Parent);
            var (_, data, _) = await ReadAsync(await DownloadAsync(family));
            Assert.Equal(history.Tag == "LARGE" ? 26 : 1, data.RootElement.GetProperty("sessions").GetArrayLength());
            counts.Add(counter.CommandsOfContextThatRan("SET \"DataDownloadedAt\"").Count);
        }
        Assert.Equal(counts[0], counts[1]);
        Assert.InRange(counts[0], 10, 40);
    }
}

public sealed class MyDataTestsOnSqlite(SqliteApp app) : MyDataTests<SqliteApp>(app);

public sealed class MyDataTestsOnPostgres(PostgresApp app) : MyDataTests<PostgresApp>(app);
