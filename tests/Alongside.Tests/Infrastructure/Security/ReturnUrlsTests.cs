
namespace Alongside.Tests.Infrastructure.Security;

public sealed class ReturnUrlsTests
{
    [Theory]
    [InlineData("/staff", "/staff")]
    [InlineData("/staff/families/1?x=2", "/staff/families/1?x=2")]
    [InlineData("//evil.example", "/home")]
    [InlineData("/\\evil.example", "/home")]
    [InlineData("https://evil.example/", "/home")]
    [InlineData("javascript:alert(1)", "/home")]
    [InlineData("", "/home")]
    [InlineData(null, "/home")]
    [InlineData("/", "/home")]
    public void Only_same_site_paths_are_followed_after_sign_in(string? returnUrl, string expected) =>
        Assert.Equal(expected, ReturnUrls.Safe(returnUrl, "/home"));
}
