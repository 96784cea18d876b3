using System.Net;
using Alongside.IntegrationTests.Support;

namespace Alongside.IntegrationTests.Features.About;

/// <summary>A deployment whose operator is set in configuration, as production must be.</summary>
public sealed class OperatedApp : SqliteApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Service:OperatorName", "Riverside Family Therapy CIC"),
        new("Service:OperatorAddress:0", "12 Mill Lane"),
        new("Service:OperatorAddress:1", "Stockport SK1 3AA"),
        new("Service:ContactEmail", "hello@riverside.example"),
        new("Service:ContactPhone", "0161 496 0000"),
        new("Service:DataProtectionOfficerEmail", "privacy@riverside.example"),
        new("Service:IcoRegistrationNumber", "ZB765432"),
        new("Service:AccessibilityReviewedOn", "2026-11-02"),
        new("Retention:SentEmailDays", "45"),
        new("Retention:ClinicalRecordYears", "25"),
    ];
}

public sealed class TrustPagesTests(OperatedApp app) : IClassFixture<OperatedApp>
{
    private static readonly string[] TrustPages = ["/about/privacy", "/about/accessibility", "/about/contact", "/about/who-runs-this-service"];

    [Theory]
    [InlineData("/")]
    [InlineData("/account/sign-in")]
    [InlineData("/groups")]
    [InlineData("/about/data")]
    public async Task Every_page_footer_links_the_four_trust_pages(string path)
    {
        var page = Html.Parse(await app.NewBrowser().GetPageAsync(path));
        var footer = page.QuerySelector("footer")!;
        foreach (var trust in TrustPages) Assert.Contains(trust, footer.Links());
    }

    [Fact]
    public async Task The_trust_pages_open_without_signing_in_and_name_the_operator_from_settings()
    {
        var browser = app.NewBrowser();
        foreach (var path in TrustPages)
        {
            var page = Html.Parse(await browser.GetPageAsync(path));
            Assert.Contains("Riverside Family Therapy CIC", page.Text("main"));
            Assert.DoesNotContain("not set", page.Text("main"));
        }
        var who = Html.Parse(await browser.GetPageAsync("/about/who-runs-this-service"));
        Assert.Equal("ZB765432", who.SummaryRows()["Information Commissioner's Office registration"]);
        Assert.Equal(["12 Mill Lane", "Stockport SK1 3AA"], who.QuerySelectorAll(".nhsuk-summary-list__value")[1].ChildNodes.OfType<AngleSharp.Dom.IText>().Select(t => t.Text.Trim()).Where(t => t.Length > 0));

        var contact = Html.Parse(await browser.GetPageAsync("/about/contact"));
        Assert.Contains("mailto:hello@riverside.example", contact.Links());
        Assert.Contains("tel:01614960000", contact.Links());
        Assert.Contains("mailto:privacy@riverside.example", contact.Links());
        Assert.Contains("/urgent-help", contact.QuerySelector("main")!.Links());

        Assert.Contains("last reviewed on 2 November 2026", Html.Parse(await browser.GetPageAsync("/about/accessibility")).Text("main"));
    }

    [Fact]
    public async Task The_privacy_notice_states_the_retention_periods_the_app_applies()
    {
        var page = Html.Parse(await app.NewBrowser().GetPageAsync("/about/privacy"));
        Assert.Equal("45 days", page.Text("#keep-emails"));
        Assert.StartsWith("25 years", page.Text("#keep-clinical"));
        Assert.Equal("30 days after you last changed it", page.Text("#keep-drafts")); // the default, as the sweep uses
        foreach (var heading in new[] { "Who is responsible for your information", "What we keep", "Why we keep it", "How long we keep it", "Your rights", "How to ask" })
        {
            Assert.Contains(heading, page.Texts("h2"));
        }
        Assert.Contains("https://ico.org.uk/make-a-complaint/", page.Links());
    }
}

/// <summary>The tests' own deployment sets no operator: the pages say what is not set instead of inventing one.</summary>
public sealed class TrustPagesUnsetTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Without_settings_outside_production_the_pages_name_the_missing_setting()
    {
        var page = Html.Parse(await app.NewBrowser().GetPageAsync("/about/who-runs-this-service"));
        Assert.Contains("(not set: Service:OperatorName)", page.Text("main"));
        Assert.Contains("(not set: Service:IcoRegistrationNumber)", page.Text("main"));
    }
}

public sealed class TrustSettingsTests
{
    private sealed class ProductionWithoutOperator : SqliteApp
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            Microsoft.AspNetCore.Hosting.HostingAbstractionsWebHostBuilderExtensions.UseEnvironment(builder, "Production");
        }
    }

    [Fact]
    public async Task Production_without_an_operator_does_not_start_and_names_each_missing_setting()
    {
        var app = new ProductionWithoutOperator();
        try
        {
            var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
            var all = string.Join(" | ", Chain(error).Select(e => e.Message));
            foreach (var setting in new[] { "Service:OperatorName", "Service:OperatorAddress", "Service:ContactEmail", "Service:DataProtectionOfficerEmail", "Service:IcoRegistrationNumber" })
            {
                Assert.Contains($"{setting} must be set in production", all, StringComparison.Ordinal);
            }
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    private static IEnumerable<Exception> Chain(Exception? e)
    {
        for (; e is not null; e = e.InnerException) yield return e;
    }
}
