using Alongside.IntegrationTests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Alongside.IntegrationTests.Infrastructure;

public sealed class EndpointAccessTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public void Every_endpoint_declares_a_policy_or_allows_anonymous()
    {
        _ = app.Server; // start the app so every endpoint is built
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.True(endpoints.Count > 20, $"Expected the app's pages and APIs, found {endpoints.Count} endpoints");

        var undeclared = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null
                        && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => !string.IsNullOrEmpty(a.Policy)))
            .Select(e => e.RoutePattern.RawText ?? e.DisplayName)
            .ToList();
        Assert.True(undeclared.Count == 0, "These endpoints declare no access rule: " + string.Join(", ", undeclared));
    }

    [Theory]
    [InlineData("/account")]
    [InlineData("/family")]
    [InlineData("/staff")]
    [InlineData("/admin/invitations")]
    [InlineData("/account/two-factor")]
    public async Task Protected_pages_send_anonymous_visitors_to_sign_in(string path)
    {
        var response = await app.NewBrowser().GetAsync(path);
        Assert.StartsWith("/account/sign-in?ReturnUrl=", Browser.Location(response));
    }
}
