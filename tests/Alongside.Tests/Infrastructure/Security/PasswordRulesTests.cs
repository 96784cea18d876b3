
namespace Alongside.Tests.Infrastructure.Security;

public sealed class PasswordRulesTests
{
    private static string? Check(string password, string? email = "kim@example.test") =>
        PasswordRules.Check(password, email, CommonPasswordValidator.CommonList);

    [Theory]
    [InlineData("correct horse lantern")]
    [InlineData("ALLCAPSNODIGITSHERE")]
    [InlineData("plainlowercaseonly")]
    [InlineData("tea-kettle-orbit-moss")]
    public void Long_uncommon_passwords_pass_with_no_composition_rules(string password) => Assert.Null(Check(password));

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("elevenchars")]
    public void Passwords_under_12_characters_fail(string password) =>
        Assert.Contains("at least 12 characters", Check(password));

    [Fact]
    public void Exactly_12_characters_is_enough() => Assert.Null(Check("walrusbanjos"));

    [Fact]
    public void Over_128_characters_fails() => Assert.Contains("128 characters or fewer", Check(new string('x', 120) + "abcdefghij"));

    [Theory]
    [InlineData("password1234")]
    [InlineData("Password1234!")]
    [InlineData("!!Liverpool2024")]
    [InlineData("qwertyuiopasdfghjkl")]
    [InlineData("123456789012")]
    [InlineData("iloveyou123456")]
    [InlineData("zzzzzzzzzzzzzz")]
    [InlineData("abababababab")]
    [InlineData("abcdefghijklm")]
    [InlineData("987654321098765")]
    public void Common_repeated_or_sequential_passwords_fail(string password) =>
        Assert.Contains("too common", Check(password));

    [Fact]
    public void A_password_containing_the_email_name_fails() =>
        Assert.Contains("email address", Check("kimberly-is-kim-here", "kimberly@example.test"));

    [Fact]
    public void The_common_list_is_loaded_from_the_embedded_file() =>
        Assert.True(CommonPasswordValidator.CommonList.Count > 100);
}
