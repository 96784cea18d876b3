using System.ComponentModel.DataAnnotations;

namespace Alongside.Tests.Infrastructure.Notices;

public sealed class EmailSettingsTests
{
    private static List<string> Problems(EmailOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage!)];
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("help@alongside.example.org", null)]
    [InlineData(" help@alongside.example.org ", "Help desk")]
    public void A_reply_address_is_optional_and_one_address_when_given(string? address, string? name) =>
        Assert.Empty(Problems(new EmailOptions { ReplyToAddress = address, ReplyToName = name }));

    [Theory]
    [InlineData("not an address", null, "Email:ReplyToAddress")]
    [InlineData("a@example.org, b@example.org", null, "Email:ReplyToAddress")]
    [InlineData("Help <help@example.org>", null, "Email:ReplyToAddress")]
    [InlineData(null, "Help desk", "Email:ReplyToName needs")]
    [InlineData("help@example.org", "Help\r\nBcc: someone@example.org", "Email:ReplyToName")]
    public void A_wrong_reply_setting_is_named(string? address, string? name, string message) =>
        Assert.Contains(Problems(new EmailOptions { ReplyToAddress = address, ReplyToName = name }), p => p.StartsWith(message, StringComparison.Ordinal));

    [Theory]
    [InlineData("https://alongside.example.org", "no-reply@alongside.local", "alongside.example.org")]
    [InlineData("https://alongside.example.org:8443/base/", "no-reply@alongside.local", "alongside.example.org")]
    [InlineData("https://bücher.example", "no-reply@alongside.local", "xn--bcher-kva.example")]
    [InlineData("http://localhost:5000", "no-reply@mail.example.org", "mail.example.org")]
    [InlineData("http://127.0.0.1:5000", "no-reply@mail.example.org", "mail.example.org")]
    [InlineData("", "no-reply@mail.example.org", "mail.example.org")]
    public void Message_ids_are_made_on_the_public_host_else_the_senders_domain(string publicBaseUrl, string from, string domain) =>
        Assert.Equal(domain, OutgoingMail.MessageIdDomain(publicBaseUrl, from));
}
