using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Alongside.IntegrationTests.Support;

namespace Alongside.IntegrationTests.Infrastructure;

/// <summary>The style sheet and scripts go out compressed at build (Brotli or gzip, as the browser accepts) and, when fingerprinted, cached for a year.</summary>
public sealed partial class StaticAssetsTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_style_sheet_is_sent_as_the_browser_accepts_it_and_each_copy_holds_the_same_css()
    {
        var browser = app.NewBrowser();
        var address = StyleSheet().Match(await browser.GetStringAsync("/")).Groups[1].Value;
        Assert.Contains("?v=", address);

        var plain = await GetAsync(browser, address, null);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        var css = await plain.Content.ReadAsByteArrayAsync();
        Assert.Equal("public, max-age=31536000, immutable", plain.Headers.CacheControl?.ToString());
        Assert.Contains("Accept-Encoding", plain.Headers.Vary);

        var br = await GetAsync(browser, address, "gzip, deflate, br");
        Assert.Equal(["br"], br.Content.Headers.ContentEncoding);
        Assert.Equal("text/css", br.Content.Headers.ContentType?.MediaType);
        var brBytes = await br.Content.ReadAsByteArrayAsync();
        Assert.True(brBytes.Length * 5 < css.Length, $"{brBytes.Length} compressed of {css.Length}");
        Assert.Equal(css, await DecompressAsync(new BrotliStream(new MemoryStream(brBytes), CompressionMode.Decompress)));

        var gzip = await GetAsync(browser, address, "gzip;q=1, br;q=0");
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        Assert.Equal(css, await DecompressAsync(new GZipStream(new MemoryStream(await gzip.Content.ReadAsByteArrayAsync()), CompressionMode.Decompress)));
    }

    [Fact]
    public async Task An_address_without_a_fingerprint_is_checked_each_time()
    {
        var response = await GetAsync(app.NewBrowser(), "/lib/nhsuk-frontend.min.js", "br");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient browser, string address, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return await browser.SendAsync(request);
    }

    private static async Task<byte[]> DecompressAsync(Stream stream)
    {
        using var output = new MemoryStream();
        await stream.CopyToAsync(output);
        return output.ToArray();
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex StyleSheet();
}
