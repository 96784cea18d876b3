using System.Net;
using System.Net.Sockets;
using Alongside.IntegrationTests.Support;

namespace Alongside.IntegrationTests.Infrastructure;

/// <summary>The app on a real Kestrel port: the request-line limit is Kestrel's, which TestServer does not have.</summary>
public sealed class KestrelApp : SqliteApp
{
    public KestrelApp()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        UseKestrel(Port);
    }

    public int Port { get; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartServer();
    }

    public HttpClient NewRealClient() => new() { BaseAddress = new Uri($"http://127.0.0.1:{Port}") };
}

/// <summary>
/// An over-long search term, typed or made by editing the address, gets the page's own message:
/// search boxes stop at 100 characters, and a longer term in the address reaches the page
/// (Kestrel's request line is raised to 32 KB) instead of Kestrel's bare 414.
/// </summary>
public sealed class LongSearchTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    [Theory]
    [InlineData("/groups")]
    [InlineData("/local-help")]
    public async Task A_search_term_longer_than_Kestrels_default_line_gets_the_pages_message(string path)
    {
        using var client = app.NewRealClient();
        var term = new string('a', 12_000); // over the 8 KB Kestrel refuses by default
        var response = await client.GetAsync($"{path}?near={term}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(page.Errors(), e => e.Contains("100 characters or fewer", StringComparison.Ordinal));
        Assert.Equal("100", page.QuerySelector("input#near")!.GetAttribute("maxlength"));
        Assert.True(page.Value("input#near").Length <= 100, "the box gets back no more than it accepts");
    }

    [Fact]
    public async Task The_box_says_its_limit_before_anything_is_sent()
    {
        using var client = app.NewRealClient();
        var page = Html.Parse(await client.GetStringAsync("/groups"));
        Assert.Equal("100", page.QuerySelector("input#near")!.GetAttribute("maxlength"));
        Assert.Equal("60", page.QuerySelector("input#language")!.GetAttribute("maxlength"));
    }

    [Fact]
    public async Task Beyond_32_KB_the_request_line_is_still_refused()
    {
        using var client = app.NewRealClient();
        var response = await client.GetAsync($"/groups?near={new string('a', 40_000)}");
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }
}
