namespace Alongside.Tests.Kernel.Risk;

public sealed class RiskWordsTests
{
    private static readonly string[] Phrases = ["suicide", "self-harm", "kill myself", "hurt my child", "can't go on"];

    [Theory]
    [InlineData("I think about suicide")]
    [InlineData("SUICIDE.")]
    [InlineData("she has been self harming? no, self-harm")]
    [InlineData("Some days I want to   kill\nmyself")]
    [InlineData("I'm scared I'll hurt my child")]
    [InlineData("I cant go on like this")]
    [InlineData("I can’t go on")]
    public void Phrases_are_found_whatever_the_case_spacing_and_punctuation(string text) =>
        Assert.True(RiskWords.Signal(text, Phrases));

    [Theory]
    [InlineData("The session about self-care went well")]
    [InlineData("We killed time at the park")]
    [InlineData("suicidebrigade is a band")] // whole words only
    [InlineData("")]
    [InlineData(null)]
    public void Ordinary_words_do_not_raise_the_alarm(string? text) =>
        Assert.False(RiskWords.Signal(text, Phrases));

    [Fact]
    public void An_empty_list_finds_nothing() => Assert.False(RiskWords.Signal("suicide", []));
}
