using System.Net;
using System.Text.Json;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Groups;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alongside.IntegrationTests.Features.Groups;

/// <summary>Search on both databases: the same nearest twenty, found through the index, as a full scan finds.</summary>
public sealed class GroupSearchAcrossDatabasesTests(SqliteApp sqlite, PostgresApp postgres) : IClassFixture<SqliteApp>, IClassFixture<PostgresApp>
{
    private static readonly GeoPoint Manchester = new(53.47747, -2.23622);

    /// <summary>The same 3,000 groups, ids and all, in any database: scattered within about 60 km of Manchester, some online.</summary>
    public static async Task<Organisation> AddScatteredGroupsAsync(AlongsideApp app, int count = 3000)
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var random = new Random(1123);
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < count; i++)
            {
                var bytes = new byte[16];
                random.NextBytes(bytes);
                var online = i % 10 == 0;
                db.PeerGroups.Add(new PeerGroup
                {
                    Id = new Guid(bytes),
                    OrganisationId = org.Id,
                    Name = $"Group {i:D4}",
                    Description = "Test group",
                    Audiences = (GroupAudience)(1 << (i % 11)),
                    Access = (GroupAccess)(i % 128),
                    Format = online ? GroupFormat.Online : i % 3 == 0 ? GroupFormat.Hybrid : GroupFormat.InPerson,
                    Recurrence = "FREQ=MONTHLY;BYDAY=2TU",
                    FirstMeeting = new DateOnly(2026, 1, 13),
                    StartTime = new TimeOnly(19, 0),
                    EndTime = new TimeOnly(21, 0),
                    Latitude = online ? null : Manchester.Latitude + ((random.NextDouble() - 0.5) * 1.1),
                    Longitude = online ? null : Manchester.Longitude + ((random.NextDouble() - 0.5) * 1.8),
                    District = online ? null : "M1",
                    CreatedAt = app.Now,
                });
            }
            return await db.SaveChangesAsync();
        });
        return org;
    }

    [Fact]
    public async Task The_nearest_twenty_are_the_same_on_SQLite_and_PostgreSQL_and_match_a_full_scan()
    {
        await AddScatteredGroupsAsync(sqlite);
        await AddScatteredGroupsAsync(postgres);
        foreach (var (radius, filters) in new[]
        {
            (10.0, new GroupFilters()),
            (25.0, new GroupFilters(GroupAudience.AdoptiveParents)),
            (50.0, new GroupFilters(Access: GroupAccess.Childcare | GroupAccess.Free)),
            (3.0, new GroupFilters(Formats: [GroupFormat.Hybrid])),
        })
        {
            var fromSqlite = await sqlite.WithDbAsync(db => GroupSearch.NearestAsync(db, Manchester, radius, filters));
            var fromPostgres = await postgres.WithDbAsync(db => GroupSearch.NearestAsync(db, Manchester, radius, filters));
            var scanned = await sqlite.WithDbAsync(db => GroupSearch.NearestByFullScanAsync(db, Manchester, radius, filters));
            Assert.NotEmpty(fromSqlite);
            Assert.Equal(fromSqlite.Select(g => g.Id), fromPostgres.Select(g => g.Id));
            Assert.Equal(scanned.Select(g => g.Id), fromSqlite.Select(g => g.Id));
            Assert.True(fromSqlite.Zip(fromSqlite.Skip(1)).All(p => p.First.DistanceKm <= p.Second.DistanceKm), "nearest first");
            Assert.All(fromSqlite, g => Assert.InRange(g.DistanceKm!.Value, 0, radius));
        }
    }
}

public abstract class GroupSearchTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    [Fact]
    public async Task A_postcode_finds_groups_nearest_first_with_online_groups_in_their_own_list()
    {
        await GroupSearchAcrossDatabasesTests.AddScatteredGroupsAsync(app, 400);
        var redirected = await app.NewBrowser().GetAsync("/groups?near=M1%207JA&radiusKm=10");
        Assert.Equal("/groups?near=M1&radiusKm=10", Browser.Location(redirected)); // the full postcode goes no further
        var page = await app.NewBrowser().GetPageAsync(Browser.Location(redirected));
        Assert.Contains("within 10 km of M1 (Manchester)", page);
        Assert.DoesNotContain("7JA", page); // the full postcode is not echoed
        Assert.Contains("Groups that meet online", page);
        Assert.Contains("km away", page);
        Assert.Contains("Contains OS data © Crown copyright", page);
        Assert.Contains("OpenStreetMap", page);

        var json = await app.NewBrowser().GetPageAsync("/api/v1/groups?near=m17ja&radiusKm=25");
        using var doc = JsonDocument.Parse(json);
        var nearby = doc.RootElement.GetProperty("nearby");
        Assert.Equal(20, nearby.GetArrayLength());
        Assert.Equal("M1 (Manchester)", doc.RootElement.GetProperty("near").GetString());
        var distances = nearby.EnumerateArray().Select(g => g.GetProperty("distanceKm").GetDouble()).ToList();
        Assert.Equal(distances.Order(), distances);
        Assert.All(doc.RootElement.GetProperty("online").EnumerateArray(), g => Assert.Equal("Online", g.GetProperty("format").GetString()));
    }

    [Theory]
    [InlineData("M66 1AA", "could not find the postcode district M66")]
    [InlineData("BT1 1AA", "Northern Ireland")]
    [InlineData("Manches", "We could not find")]
    public async Task An_unknown_place_gets_a_clear_message_and_suggestions(string near, string message)
    {
        var browser = app.NewBrowser();
        var response = await browser.GetAsync($"/groups?near={Uri.EscapeDataString(near)}");
        if (response.StatusCode == HttpStatusCode.Redirect) response = await browser.GetAsync(Browser.Location(response)); // a full postcode becomes its district
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        var api = await app.NewBrowser().GetAsync($"/api/v1/groups?near={Uri.EscapeDataString(near)}");
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains(message, await api.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("500", "The largest distance is 100 km")]
    [InlineData("0", "The smallest distance is 1 km")]
    [InlineData("far", "not a number")]
    public async Task A_radius_out_of_range_is_clamped_with_a_note(string radius, string note) =>
        Assert.Contains(note, await app.NewBrowser().GetPageAsync($"/groups?near=M1&radiusKm={radius}"));

    [Fact]
    public async Task Groups_are_found_by_a_language_spoken_there_and_show_their_languages()
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var centre = app.Services.GetRequiredService<PostcodeDistricts>().Find("M1")!.Point;
        var tag = Guid.NewGuid().ToString("N")[..6];
        PeerGroup Group(string name, string? languages, bool online) => new()
        {
            OrganisationId = org.Id,
            Name = $"{name} {tag}",
            Description = "Test group",
            Audiences = GroupAudience.AdoptiveParents,
            Format = online ? GroupFormat.Online : GroupFormat.InPerson,
            Languages = languages,
            Recurrence = "FREQ=MONTHLY;BYDAY=2TU",
            FirstMeeting = new DateOnly(2026, 1, 13),
            StartTime = new TimeOnly(19, 0),
            EndTime = new TimeOnly(21, 0),
            // At the district's own point, so nearer than any other group and always in the first twenty.
            Latitude = online ? null : centre.Latitude,
            Longitude = online ? null : centre.Longitude,
            District = online ? null : "M1",
            CreatedAt = app.Now,
        };
        var polish = Group("Polish speakers", "Polish, Urdu", online: false);
        var signing = Group("Signing parents", "British Sign Language", online: true);
        var english = Group("English only", null, online: false);
        await app.WithDbAsync(async db => { db.PeerGroups.AddRange(polish, signing, english); return await db.SaveChangesAsync(); });

        var found = Html.Parse(await app.NewBrowser().GetPageAsync("/groups?near=M1&language=POLISH"));
        var names = found.Texts(".app-group h3");
        Assert.Contains(polish.Name, names);
        Assert.DoesNotContain(english.Name, names);
        Assert.DoesNotContain(signing.Name, names);
        Assert.Equal("Languages: English, Polish, Urdu", found.Text($"#group-{polish.Id} .app-group-languages"));
        Assert.Equal("POLISH", found.Value("#language"));

        var online = await app.NewBrowser().GetPageAsync("/groups?near=M1&language=sign%20language");
        Assert.Contains(signing.Name, online);
        Assert.DoesNotContain(polish.Name, online);
        // English is spoken at every group: asking for it leaves none out.
        var anyLanguage = Html.Parse(await app.NewBrowser().GetPageAsync("/groups?near=M1&language=English"));
        Assert.Equal("Languages: English", anyLanguage.Text($"#group-{english.Id} .app-group-languages"));
        Assert.Contains(polish.Name, anyLanguage.Texts(".app-group h3"));
        // A pattern character is only a character.
        Assert.DoesNotContain(polish.Name, await app.NewBrowser().GetPageAsync("/groups?near=M1&language=%25"));

        // Too long to be a language: set aside with a note, never an error.
        var tooLong = new string('x', GroupQuery.MaxLanguageLength + 1);
        var noted = await app.NewBrowser().GetPageAsync($"/groups?near=M1&language={tooLong}");
        Assert.Contains("The language must be 60 characters or fewer", noted);
        Assert.Contains(english.Name, noted);

        using var api = JsonDocument.Parse(await app.NewBrowser().GetPageAsync("/api/v1/groups?near=M1&language=urdu"));
        var nearby = api.RootElement.GetProperty("nearby").EnumerateArray().ToList();
        var match = Assert.Single(nearby, g => g.GetProperty("name").GetString() == polish.Name);
        Assert.Equal("Polish, Urdu", match.GetProperty("languages").GetString());
        Assert.DoesNotContain(nearby, g => g.GetProperty("name").GetString() == english.Name);
        Assert.DoesNotContain(api.RootElement.GetProperty("online").EnumerateArray(), g => g.GetProperty("name").GetString() == signing.Name);
        // The API tells a machine instead of quietly widening the search.
        var longApi = await app.NewBrowser().GetAsync($"/api/v1/groups?near=M1&language={tooLong}");
        Assert.Equal(HttpStatusCode.BadRequest, longApi.StatusCode);
        Assert.Equal("application/problem+json", longApi.Content.Headers.ContentType?.MediaType);
        Assert.Contains("60 characters or fewer", await longApi.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_api_is_described_in_OpenAPI()
    {
        var openApi = await app.NewBrowser().GetPageAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/groups", openApi);
        Assert.Contains("SearchGroups", openApi);
    }
}

/// <summary>An app whose public API allows three requests a minute from one address.</summary>
public sealed class LowApiLimitApp : SqliteApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("RateLimits:PublicApiPermitsPerMinute", "3")];
}

public sealed class GroupApiRateLimitTests(LowApiLimitApp app) : IClassFixture<LowApiLimitApp>
{
    [Fact]
    public async Task The_public_api_answers_429_past_its_limit()
    {
        var browser = app.NewBrowser();
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/groups?near=M1")).StatusCode);
        var refused = await browser.GetAsync("/api/v1/groups?near=M1");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":429", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/groups?near=M1")).StatusCode); // the page itself is not limited
    }
}

public sealed class GroupSearchTestsOnSqlite(SqliteApp app) : GroupSearchTests<SqliteApp>(app);

public sealed class GroupSearchTestsOnPostgres(PostgresApp app) : GroupSearchTests<PostgresApp>(app);
