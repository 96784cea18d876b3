using Alongside.Web.Kernel.Reports;

namespace Alongside.Web.Features.Reports;

/// <summary>Whose report a person may read, and how much of it: decided in the query, so anyone else gets 404.</summary>
public static class ReportAccess
{
    /// <summary>The roles whose holders read their own organisation's service report in full (still with small numbers hidden).</summary>
    private static readonly Role[] ServiceStaff = [Role.Admin, Role.Clinician, Role.Supervisor];

    /// <summary>A provider the person may report on; null when they may not.</summary>
    public sealed record Reader(Guid OrganisationId, string Name, CommissionerScope? Commissioner);

    public static async Task<Reader?> ForAsync(AlongsideDbContext db, Guid userId, Guid organisationId, DateOnly today) =>
        await ReadableAsync(db, userId, today, organisationId) is [var reader, ..] ? reader : null;

    /// <summary>Every provider the person may report on: their own organisations, then those their organisation commissions.</summary>
    public static async Task<IReadOnlyList<Reader>> ReadableAsync(AlongsideDbContext db, Guid userId, DateOnly today, Guid? only = null)
    {
        var own = await db.Memberships
            .Where(m => m.UserId == userId && ServiceStaff.Contains(m.Role) && (only == null || m.OrganisationId == only))
            .Select(m => new { m.OrganisationId, m.Organisation!.Name }).Distinct().ToListAsync();
        var commissions = await db.Memberships.Where(m => m.UserId == userId && m.Role == Role.Commissioner)
            .Join(db.Commissions.Where(c => c.StartsOn <= today && (c.EndsOn == null || c.EndsOn >= today) && (only == null || c.ProviderOrganisationId == only)),
                m => m.OrganisationId, c => c.CommissionerOrganisationId,
                (m, c) => new { c.CommissionerOrganisationId, m.Organisation!.OnsCode, c.ProviderOrganisationId, c.ServiceId })
            .Join(db.Organisations, x => x.ProviderOrganisationId, o => o.Id, (x, o) => new { x.CommissionerOrganisationId, x.OnsCode, x.ProviderOrganisationId, x.ServiceId, o.Name })
            .ToListAsync();
        var readers = own.Select(o => new Reader(o.OrganisationId, o.Name, null)).ToList();
        foreach (var provider in commissions.GroupBy(c => new { c.ProviderOrganisationId, c.CommissionerOrganisationId }))
        {
            // One commissioner organisation's running commissions with this provider make its view;
            // a provider already readable (as its staff, or through another commissioner) stays as it is.
            var first = provider.First();
            if (readers.Any(r => r.OrganisationId == first.ProviderOrganisationId)) continue;
            readers.Add(new Reader(first.ProviderOrganisationId, first.Name, new CommissionerScope(
                first.CommissionerOrganisationId, first.OnsCode, provider.Any(c => c.ServiceId == null),
                [.. provider.Where(c => c.ServiceId != null).Select(c => c.ServiceId!.Value)])));
        }
        return [.. readers.OrderBy(r => r.Name, StringComparer.Ordinal)];
    }
}
