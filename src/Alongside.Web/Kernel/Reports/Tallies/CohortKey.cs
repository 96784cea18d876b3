using System.Text.Json;

namespace Alongside.Web.Kernel.Reports.Tallies;

/// <summary>One referral's part in a cohort: what a report's filters and a commissioner's view look at.</summary>
public sealed record CohortPart(Guid? ServiceId, FundingRoute Funding, string? LocalAuthorityCode, Guid? CommissionerOrganisationId);

/// <summary>
/// A family's cohort at one provider written as text: its referrals' parts, each once, in order,
/// so the same set always gives the same key. A family with no referral there has the key "[]".
/// </summary>
public static class CohortKey
{
    public static string Of(IEnumerable<CohortPart> parts) =>
        JsonSerializer.Serialize(parts.Distinct().OrderBy(p => p.ServiceId).ThenBy(p => p.Funding)
            .ThenBy(p => p.LocalAuthorityCode, StringComparer.Ordinal).ThenBy(p => p.CommissionerOrganisationId).ToList());

    public static IReadOnlyList<CohortPart> Parse(string key) => JsonSerializer.Deserialize<List<CohortPart>>(key) ?? [];
}
