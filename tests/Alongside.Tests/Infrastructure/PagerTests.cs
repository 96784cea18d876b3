using Alongside.Web.Infrastructure;

namespace Alongside.Tests.Infrastructure;

public sealed class PagerTests
{
    [Theory]
    [InlineData("/staff/caseload", "p", 2, "/staff/caseload?p=2")]
    [InlineData("/staff/referrals?list=Waiting", "p", 3, "/staff/referrals?list=Waiting&p=3")]
    [InlineData("/messages", "page", 1, "/messages?page=1")]
    public void A_page_link_adds_the_page_to_the_list_address(string href, string parameter, int page, string link) =>
        Assert.Equal(link, new Pager("Pages", href, 1, true, Parameter: parameter).Link(page));
}
