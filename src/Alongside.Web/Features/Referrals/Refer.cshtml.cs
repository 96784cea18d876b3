using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Alongside.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Referrals;

/// <summary>A professional refers a family, with the family's consent, on one page in five numbered parts.</summary>
[Authorize(Policy = Policies.Referrer)]
public sealed class ReferModel(AlongsideDbContext db, ProfessionalReferralSubmission submission, TimeProvider clock, LocalAuthorities authorities) : PageModel
{
    [BindProperty]
    public ReferralInput Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Documents { get; set; } = [];

    public IReadOnlyList<Option> Organisations { get; private set; } = [];
    public FundingChoices Funding { get; private set; } = new([], []);

    /// <summary>
    /// Whether the optional funding details start unfolded: when one was given or is wrong. The
    /// local authority filled in for a local authority's own referrer does not count, as the
    /// fold's summary names it.
    /// </summary>
    public bool FundingDetailsOpen =>
        new[] { Input.FundingReference, Input.AmountRequested, Input.CommissionerOrganisationId, Input.AssessedDay, Input.AssessedMonth, Input.AssessedYear }
            .Any(v => !string.IsNullOrWhiteSpace(v))
        || new[] { nameof(Input.FundingReference), nameof(Input.AmountRequested), nameof(Input.CommissionerOrganisationId), nameof(Input.LocalAuthorityCode), nameof(Input.AssessedDay) }
            .Any(k => ModelState.TryGetValue($"Input.{k}", out var entry) && entry.Errors.Count > 0);

    public async Task OnGetAsync()
    {
        Input.FormId = Guid.NewGuid();
        Organisations = await ReferralOrganisations.OptionsAsync(db);
        Funding = await FundingChoices.LoadAsync(db, authorities);
        // A referrer from a local authority usually refers children in its own area.
        var ownCode = await db.Memberships.Where(m => m.UserId == User.Id() && m.Organisation!.Kind == OrganisationKind.LocalAuthority && m.Organisation.OnsCode != null)
            .OrderBy(m => m.Organisation!.Name).Select(m => m.Organisation!.OnsCode).FirstOrDefaultAsync();
        Input.LocalAuthorityCode = authorities.UpperTierOf(ownCode);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Organisations = await ReferralOrganisations.OptionsAsync(db);
        Funding = await FundingChoices.LoadAsync(db, authorities);
        if (await db.Referrals.AnyAsync(r => r.SourceDraftId == Input.FormId)) return RedirectToPage("Mine");

        var today = clock.UkToday();
        var checkedInput = ProfessionalReferralRules.Check(Input, today, Organisations.Select(o => o.Value).ToHashSet(), Funding);
        foreach (var (key, message) in checkedInput.Errors) ModelState.AddModelError(key, message);
        var files = new List<(string Name, string Type, byte[] Bytes)>();
        if (Documents.Count > UploadRules.MaxFiles) ModelState.AddModelError(nameof(Documents), $"Attach up to {UploadRules.MaxFiles} files");
        foreach (var file in Documents.Take(UploadRules.MaxFiles))
        {
            if (file.Length > UploadRules.MaxBytes)
            {
                ModelState.AddModelError(nameof(Documents), $"{UploadRules.SafeName(file.FileName)} must be smaller than 5 MB");
                continue;
            }
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer);
            var bytes = buffer.ToArray();
            var (name, type, error) = UploadRules.Check(file.FileName, bytes);
            if (error is not null) ModelState.AddModelError(nameof(Documents), error);
            else files.Add((name!, type!, bytes));
        }
        if (!ModelState.IsValid) return Page();

        var risk = false;
        try
        {
            (_, risk) = await submission.SubmitAsync(User.Id(), Input, checkedInput, files);
        }
        catch (DbUpdateException) when (Input.FormId != Guid.Empty)
        {
            // The same form sent twice at once: the unique form id let one through.
            db.ChangeTracker.Clear();
            if (!await db.Referrals.AnyAsync(r => r.SourceDraftId == Input.FormId)) throw;
        }
        TempData["Sent"] = $"Your referral for {Input.ChildFirstName!.Trim()} has been sent."
            + (risk ? " What you wrote suggests someone may be at risk, so the service's triage staff have been alerted to read it now. If anyone is in immediate danger, call 999." : "");
        return RedirectToPage("Mine");
    }
}
