using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.About;

/// <summary>
/// A production deployment must name a real operator on its trust pages: the app refuses to
/// start without one, naming each missing setting, rather than tell people nothing about who
/// holds their data. The demo (Development, or any deployment seeded with made-up demo data)
/// may go without: it shows that the details are not set.
/// </summary>
public sealed class ServiceOptionsValidator(IHostEnvironment environment, IConfiguration configuration) : IValidateOptions<ServiceOptions>
{
    public ValidateOptionsResult Validate(string? name, ServiceOptions options)
    {
        if (!environment.IsProduction() || configuration.GetValue<bool>("App:SeedDemoData")) return ValidateOptionsResult.Success;
        var missing = options.MissingForRealUse();
        return missing.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(missing.Select(m => $"{m} must be set in production: the privacy notice and contact pages show it"));
    }
}
