using Alongside.Web.Features.Groups;

namespace Alongside.Tests.Features.Groups;

public sealed class GroupQueryTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData("English", null)] // every group speaks English, so it filters nothing out
    [InlineData(" english ", null)]
    [InlineData(" Polish ", "Polish")]
    [InlineData("British Sign Language", "British Sign Language")]
    public void A_language_is_trimmed_and_English_asks_for_nothing_more(string? typed, string? language)
    {
        var (found, note) = GroupQuery.Language(typed);
        Assert.Equal(language, found);
        Assert.Null(note);
    }

    [Fact]
    public void A_language_too_long_to_be_one_is_set_aside_with_a_note()
    {
        Assert.Equal(("x", (string?)null), GroupQuery.Language("x"));
        Assert.Null(GroupQuery.Language(new string('x', GroupQuery.MaxLanguageLength)).Note);
        var (language, note) = GroupQuery.Language(new string('x', GroupQuery.MaxLanguageLength + 1));
        Assert.Null(language);
        Assert.Equal("The language must be 60 characters or fewer, so groups in any language are shown.", note);
    }
}
