using Alongside.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Referrals;

public static class ReferralOrganisations
{
    /// <summary>Organisations a family can ask for help: therapy providers and OT clinics.</summary>
    public static async Task<IReadOnlyList<Option>> OptionsAsync(AlongsideDbContext db) =>
        (await db.Organisations
            .Where(o => o.Kind == OrganisationKind.TherapyProvider || o.Kind == OrganisationKind.OtClinic)
            .OrderBy(o => o.Name).Take(200)
            .Select(o => new { o.Id, o.Name, o.Kind }).ToListAsync())
        .Select(o => new Option(o.Id.ToString(), o.Name, Organisation.KindDisplay(o.Kind))).ToList();
}
