using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Infrastructure;

/// <summary>
/// "ForwardedHeaders": which proxies may tell the app the client's address and scheme
/// (X-Forwarded-For, X-Forwarded-Proto). The address feeds the rate limits and the audit log,
/// so only a proxy named here is believed. Loopback is always trusted (nginx on the same machine).
/// </summary>
public sealed class ProxyOptions : IValidatableObject
{
    /// <summary>Addresses of proxies in front of the app, e.g. "10.0.0.5".</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of proxies in front of the app, in CIDR form, e.g. "10.0.0.0/24".</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row the app reads back through (the X-Forwarded-For entries it takes).</summary>
    [Range(1, 10, ErrorMessage = "ForwardedHeaders:ForwardLimit must be between 1 and 10")]
    public int ForwardLimit { get; set; } = 1;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
            yield return new ValidationResult($"ForwardedHeaders:KnownProxies must hold IP addresses, not \"{proxy}\"", [nameof(KnownProxies)]);
        foreach (var network in KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
            yield return new ValidationResult($"ForwardedHeaders:KnownNetworks must hold networks such as 10.0.0.0/24, not \"{network}\"", [nameof(KnownNetworks)]);
    }
}

public static class Proxies
{
    public static IServiceCollection AddAlongsideProxies(this IServiceCollection services)
    {
        services.AddOptions<ProxyOptions>().BindConfiguration("ForwardedHeaders").ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((o, settings) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = settings.Value.ForwardLimit;
            // The defaults (loopback) stay; the configured proxies are added to them.
            foreach (var proxy in settings.Value.KnownProxies) o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in settings.Value.KnownNetworks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return services;
    }
}
