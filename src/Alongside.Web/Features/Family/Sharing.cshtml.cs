using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Family;

/// <summary>
/// The family decides who outside the care team sees their plan and progress. Each choice is
/// kept with when it was given and when it was taken back.
/// </summary>
[Authorize(Policy = Policies.ParentCarer)]
public sealed class SharingModel(AlongsideDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Choice(SharingAudience Audience, string Title, string Explanation, DateTimeOffset? Since);

    public IReadOnlyList<Choice> Choices { get; private set; } = [];
    public IReadOnlyList<(SharingAudience Audience, DateTimeOffset From, DateTimeOffset? RevokedAt)> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(SharingAudience audience, bool share)
    {
        if (!Enum.IsDefined(audience)) return BadRequest();
        var familyId = await FamilyIdAsync();
        if (familyId is null) return NotFound();
        var now = clock.GetUtcNow();
        var current = await db.SharingConsents.FirstOrDefaultAsync(c => c.FamilyId == familyId && c.Audience == audience && c.RevokedAt == null);
        if (share && current is null)
        {
            db.SharingConsents.Add(new SharingConsent { FamilyId = familyId.Value, Audience = audience, GivenByUserId = User.Id(), From = now });
        }
        else if (!share && current is not null)
        {
            current.RevokedAt = now;
        }
        await db.SaveChangesAsync();
        this.Flash(share ? "You are now sharing." : "You have stopped sharing.");
        return RedirectToPage();
    }

    private Task<Guid?> FamilyIdAsync() =>
        db.Families.CaredForBy(db, User.Id()).OrderBy(f => f.CreatedAt).Select(f => (Guid?)f.Id).FirstOrDefaultAsync();

    private async Task<bool> LoadAsync()
    {
        var familyId = await FamilyIdAsync();
        if (familyId is null) return false;
        var consents = await db.SharingConsents.Where(c => c.FamilyId == familyId).OrderByDescending(c => c.From).Take(50)
            .Select(c => new { c.Audience, c.From, c.RevokedAt }).ToListAsync();
        DateTimeOffset? Active(SharingAudience a) => consents.FirstOrDefault(c => c.Audience == a && c.RevokedAt == null)?.From;
        Choices =
        [
            new(SharingAudience.Referrer, "The professional who referred you",
                "They will see your child's first name, whether your plan is agreed, your goals and the review date. Never the support or its costs, assessments, session notes or anything else in your record.", Active(SharingAudience.Referrer)),
            new(SharingAudience.PeerSupporter, "Your peer supporter",
                "The peer supporter matched with you will see your child's first name, your goals and how you rate them, the kinds of support in your plan and how many sessions are left, so they can help you with it. Never costs or funding, assessments, session notes, your wellbeing questionnaires or anything else in your record.", Active(SharingAudience.PeerSupporter)),
        ];
        History = consents.Select(c => (c.Audience, c.From, c.RevokedAt)).ToList();
        return true;
    }
}
