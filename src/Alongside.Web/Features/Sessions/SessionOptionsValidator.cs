namespace Alongside.Web.Features.Sessions;

/// <summary>Refuses to start with session settings that make no sense, saying which and why.</summary>
public sealed class SessionOptionsValidator : Microsoft.Extensions.Options.IValidateOptions<SessionOptions>
{
    public Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? name, SessionOptions options) =>
        options.Problems() is { Count: > 0 } problems
            ? Microsoft.Extensions.Options.ValidateOptionsResult.Fail(problems)
            : Microsoft.Extensions.Options.ValidateOptionsResult.Success;
}
