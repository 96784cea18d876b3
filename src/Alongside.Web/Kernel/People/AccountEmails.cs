using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Alongside.Web.Kernel.People;

/// <summary>The account emails. They carry links only, never anything about a family.</summary>
public static class AccountEmails
{
    public static string EncodeToken(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? DecodeToken(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded)) return null;
        try { return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encoded)); }
        catch (FormatException) { return null; }
    }

    public static void QueueConfirmation(Outbox outbox, HttpContext http, AppUser user, string token)
    {
        var link = Links.Absolute(http, $"/account/confirm-email?userId={user.Id}&code={EncodeToken(token)}");
        outbox.Enqueue(user.Email!, user.DisplayName, "Confirm your email address for Alongside",
            $"""
            Hello {user.DisplayName},

            Thank you for creating an Alongside account. To finish, confirm your email address by opening this link:

            {link}

            The link works for 24 hours. If you did not create an account, you can ignore this email.

            Alongside
            """);
    }

    public static void QueueAlreadyRegistered(Outbox outbox, HttpContext http, AppUser user) =>
        outbox.Enqueue(user.Email!, user.DisplayName, "Someone tried to create an Alongside account with your email",
            $"""
            Hello {user.DisplayName},

            Someone tried to create a new Alongside account with this email address, but you already have one.

            If it was you, sign in here: {Links.Absolute(http, "/account/sign-in")}
            If you have forgotten your password, reset it here: {Links.Absolute(http, "/account/forgot-password")}

            If it was not you, you do not need to do anything.

            Alongside
            """);

    public static void QueuePasswordReset(Outbox outbox, HttpContext http, AppUser user, string token)
    {
        var link = Links.Absolute(http, $"/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&code={EncodeToken(token)}");
        outbox.Enqueue(user.Email!, user.DisplayName, "Reset your Alongside password",
            $"""
            Hello {user.DisplayName},

            We received a request to reset your Alongside password. Choose a new one here:

            {link}

            The link works for 24 hours. If you did not ask for this, you can ignore this email and your password will not change.

            Alongside
            """);
    }
}
