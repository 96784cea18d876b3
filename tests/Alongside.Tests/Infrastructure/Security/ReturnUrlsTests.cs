
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
    [InlineData("/\t/evil.example", "/home")] // a browser drops the tab and goes to //evil.example
    [InlineData("/staff\n", "/home")]
    [InlineData("/staff\r\nSet-Cookie: a=b", "/home")]
    [InlineData("/staff\u0000", "/home")]
    [InlineData("/staff\u007f", "/home")]
    [InlineData("/staff page", "/home")]
    [InlineData("/famille-\u00e9t\u00e9", "/home")] // not ASCII: a Location header cannot carry it
    public void Only_same_site_paths_are_followed_after_sign_in(string? returnUrl, string expected) =>
        Assert.Equal(expected, ReturnUrls.Safe(returnUrl, "/home"));
}
