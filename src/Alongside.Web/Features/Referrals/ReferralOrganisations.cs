using Alongside.Web.Infrastructure.TagHelpers;

namespace Alongside.Web.Features.Referrals;

/// <summary>
/// Where a family can ask for help: therapy providers and OT clinics, and each open service they
/// offer. An option's value is the organisation's id, or "organisation/service" for one service,
/// so a referral names the service (and so its waiting list) from the start; a family not sure
/// which service fits chooses the organisation and its staff decide.
/// </summary>
public static class ReferralOrganisations
{
    public static async Task<IReadOnlyList<Option>> OptionsAsync(AlongsideDbContext db)
    {
        var organisations = await db.Organisations
            .Where(o => o.Kind == OrganisationKind.TherapyProvider || o.Kind == OrganisationKind.OtClinic)
            .OrderBy(o => o.Name).Take(200)
            .Select(o => new { o.Id, o.Name, o.Kind }).ToListAsync();
        var ids = organisations.Select(o => o.Id).ToList();
        var services = (await db.Services.Where(s => s.ClosedAt == null && ids.Contains(s.OrganisationId))
                .Select(s => new { s.Id, s.OrganisationId, s.Name }).ToListAsync())
            .OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase).ToLookup(s => s.OrganisationId);
        var options = new List<Option>();
        foreach (var o in organisations)
        {
            var kind = Organisation.KindDisplay(o.Kind);
            var own = services[o.Id].ToList();
            options.Add(new Option(o.Id.ToString(), o.Name, own.Count == 0 ? kind : $"{kind}, not sure which service: they will help you choose"));
            options.AddRange(own.Select(s => new Option($"{o.Id}/{s.Id}", $"{o.Name}: {s.Name}", kind)));
        }
        return options;
    }

    /// <summary>The organisation and service of an option's value (one of <see cref="OptionsAsync"/>'s, checked by the caller).</summary>
    public static (Guid Organisation, Guid? Service) Parse(string value)
    {
        var parts = value.Split('/');
        return (Guid.Parse(parts[0]), parts.Length > 1 ? Guid.Parse(parts[1]) : null);
    }
}
