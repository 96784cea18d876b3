namespace Alongside.Web.Infrastructure.Security;

public static class AlongsideClaims
{
    /// <summary>One claim per distinct role the person holds in any organisation.</summary>
    public const string Role = "alongside:role";

    /// <summary>Present, with value "true", when the person has two-factor sign-in turned on.</summary>
    public const string TwoFactor = "alongside:2fa";

    /// <summary>Present, with value "true", for someone who runs the platform itself.</summary>
    public const string PlatformAdmin = "alongside:platform";

    public const string DisplayName = "alongside:name";

    /// <summary>
    /// Present, with value "true", while the person has not confirmed their email address: only
    /// a parent just after asking for help is signed in like that, and until they confirm, only
    /// their own account pages and their own request open to them (policy SignedIn).
    /// </summary>
    public const string Unconfirmed = "alongside:unconfirmed";
}
