using System.Net;
using System.Text.Json;
using Alongside.IntegrationTests.Support;

namespace Alongside.IntegrationTests.Infrastructure;

/// <summary>Every error under /api is RFC 9457 problem details, even for a caller that asks for HTML; the site's pages keep their friendly error pages.</summary>
public sealed class ApiProblemsTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("GET", "/api/v1/me", 401, "Sign in to use this API")]
    [InlineData("GET", "/api/v1/families/0193a1b2-0000-7000-8000-000000000001", 401, "Sign in to use this API")]
    [InlineData("GET", "/api/v1/no-such-thing", 404, "Not found")]
    [InlineData("POST", "/api/v1/groups", 405, "This address does not answer that method")]
    public async Task A_status_without_a_body_becomes_problem_details(string method, string path, int status, string title)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Accept.ParseAdd("text/html");
        var response = await app.NewBrowser().SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_site_outside_the_api_keeps_its_pages()
    {
        var response = await app.NewBrowser().GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("lat=abc&lon=-1.5", "lat", "lat must be a number")]
    [InlineData("lat=53.8", "lon", "Give lat and lon together")]
    [InlineData("lat=40&lon=-1.5", "lat", "lat must be between 49 and 61")]
    [InlineData("near=LS1&radiusKm=-1", "radiusKm", "radiusKm must be between 1 and 100")]
    [InlineData("near=LS1&radiusKm=NaN", "radiusKm", "radiusKm must be a number")]
    [InlineData("near=LS1&radiusKm=5&radiusKm=6", "radiusKm", "Give radiusKm once")]
    [InlineData("near=LS1&format=Boat", "format", "format must be one of InPerson, Online, Hybrid")]
    [InlineData("near=LS1&format=2", "format", "format must be one of")]
    [InlineData("near=LS1&audience=Everyone", "audience", "audience must be one of")]
    [InlineData("near=LS1&access=Free&access=Nope", "access", "access must be one of")]
    [InlineData("near=LS1&lat=53.8&lon=-1.5", "near", "Give either near or lat and lon")]
    public async Task A_group_search_value_that_cannot_be_used_is_a_400_naming_the_parameter(string query, string parameter, string message)
    {
        var response = await app.NewBrowser().GetAsync("/api/v1/groups?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.StartsWith(message, errors.GetProperty(parameter)[0].GetString());
    }

    [Fact]
    public async Task Good_values_of_every_parameter_are_taken()
    {
        var response = await app.NewBrowser().GetAsync("/api/v1/groups?lat=53.8&lon=-1.55&radiusKm=100&audience=Autism&format=Online&format=Hybrid&access=Free&language=Polish");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var found = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(100, found.RootElement.GetProperty("radiusKm").GetDouble());
    }
}
