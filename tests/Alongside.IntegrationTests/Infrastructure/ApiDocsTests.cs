using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Alongside.IntegrationTests.Support;

namespace Alongside.IntegrationTests.Infrastructure;

/// <summary>The API reference page works offline under the site's CSP, and the OpenAPI document describes the FHIR endpoints.</summary>
public sealed partial class ApiDocsTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_reference_page_loads_only_its_own_scripts_under_a_nonce_and_nothing_from_elsewhere()
    {
        var browser = app.NewBrowser();
        var response = await browser.GetAsync("/api/docs/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var nonce = Assert.Single(NonceInPolicy().Matches(csp)).Groups[1].Value;
        Assert.DoesNotContain("http", csp); // no outside host anywhere in the policy
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains($"script-src 'self' 'nonce-{nonce}';", csp);

        var scripts = ScriptTag().Matches(html).Select(m => m.Value).ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.Contains($"nonce=\"{nonce}\"", s));
        foreach (var src in ScriptSource().Matches(html).Select(m => m.Groups[1].Value))
        {
            Assert.DoesNotContain("//", src); // served by this app, never a CDN
            var asset = await browser.GetAsync("/api/docs/" + src);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        }
        Assert.Contains("\"withDefaultFonts\":false", html);
        Assert.Contains("\"telemetry\":false", html);

        // A new nonce each time, and other pages keep the strict policy.
        var again = string.Join(";", (await browser.GetAsync("/api/docs/")).Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain(nonce, again);
        Assert.DoesNotContain("unsafe-inline", string.Join(";", (await browser.GetAsync("/")).Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task The_openapi_document_describes_each_fhir_endpoint_with_its_parameters_and_fhir_answers()
    {
        using var doc = JsonDocument.Parse(await app.NewBrowser().GetStringAsync("/openapi/v1.json"));
        var paths = doc.RootElement.GetProperty("paths");
        foreach (var path in new[] { "Questionnaire", "Questionnaire/{id}", "QuestionnaireResponse", "QuestionnaireResponse/{id}", "Observation", "Observation/{id}" })
        {
            var get = paths.GetProperty($"/api/v1/fhir/{path}").GetProperty("get");
            Assert.False(string.IsNullOrWhiteSpace(get.GetProperty("summary").GetString()), path);
            var ok = get.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/fhir+json").GetProperty("schema");
            Assert.Equal(path.Contains('/') ? path.Split('/')[0] : "Bundle", ok.GetProperty("properties").GetProperty("resourceType").GetProperty("enum")[0].GetString());
            Assert.True(get.GetProperty("responses").TryGetProperty("404", out _), path);
            var parameters = get.TryGetProperty("parameters", out var p) ? p.EnumerateArray().Select(x => x.GetProperty("name").GetString()).ToList() : [];
            if (path is "QuestionnaireResponse" or "Observation") Assert.Equal(["subject", "_count", "_offset"], parameters);
            if (path.Contains('/')) Assert.Equal(["id"], parameters);
        }
    }

    [Fact]
    public async Task The_openapi_document_lints_clean_with_redocly()
    {
        var document = Path.Combine(Path.GetTempPath(), $"alongside-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(document, await app.NewBrowser().GetPageAsync("/openapi/v1.json"));
        try
        {
            var (exitCode, output, said) = await Redocly.LintAsync(document);
            Assert.True(exitCode == 0, output + said);
            using var report = JsonDocument.Parse(output);
            var totals = report.RootElement.GetProperty("totals");
            Assert.True(totals.GetProperty("errors").GetInt32() == 0 && totals.GetProperty("warnings").GetInt32() == 0, output);
        }
        finally
        {
            File.Delete(document);
        }
    }

    [Fact]
    public async Task The_openapi_document_declares_sign_in_and_the_group_search_parameters()
    {
        using var doc = JsonDocument.Parse(await app.NewBrowser().GetPageAsync("/openapi/v1.json"));
        var root = doc.RootElement;
        Assert.Equal("cookie", root.GetProperty("components").GetProperty("securitySchemes").GetProperty("signInCookie").GetProperty("in").GetString());
        var me = root.GetProperty("paths").GetProperty("/api/v1/me").GetProperty("get");
        Assert.True(me.GetProperty("security")[0].TryGetProperty("signInCookie", out _));
        Assert.True(me.GetProperty("responses").GetProperty("401").GetProperty("content").TryGetProperty("application/problem+json", out _));

        var groups = root.GetProperty("paths").GetProperty("/api/v1/groups").GetProperty("get");
        Assert.Empty(groups.GetProperty("security")[0].EnumerateObject()); // open to all
        Assert.Equal(["near", "lat", "lon", "radiusKm", "audience", "format", "access", "language"],
            groups.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(groups.GetProperty("responses").TryGetProperty("429", out _));
        Assert.True(groups.GetProperty("responses").TryGetProperty("400", out _));
    }

    [GeneratedRegex("'nonce-([A-Za-z0-9_+/=-]+)'")]
    private static partial Regex NonceInPolicy();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();

    [GeneratedRegex("<script[^>]*src=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}
