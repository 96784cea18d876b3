using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Family;

/// <summary>
/// The family's view of the audit log: which roles of which organisations read or changed their
/// record, what, and when. Staff appear as role and organisation, never by name.
/// </summary>
[Authorize(Policy = Policies.ParentCarer)]
public sealed class WhoHasLookedModel(AlongsideDbContext db) : PageModel
{
    private const int PageSize = 50;

    public sealed record Row(DateTimeOffset At, Role? Role, string? Organisation, string Action, string EntityType);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public bool HasMore { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? p)
    {
        var me = User.Id();
        var familyId = await db.Families.CaredForBy(db, me).OrderBy(f => f.CreatedAt).Select(f => (Guid?)f.Id).FirstOrDefaultAsync();
        if (familyId is null) return NotFound();
        PageNumber = Math.Clamp(p ?? 1, 1, 10_000);
        var page = await db.AuditEntries.Where(a => a.FamilyId == familyId)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(a => new Row(a.At, a.ActorRole, a.ActorOrganisation, a.Action, a.EntityType))
            .ToListAsync();
        HasMore = page.Count > PageSize;
        Rows = page.Take(PageSize).ToList();
        return Page();
    }

    /// <summary>
    /// What happened, in the family's words. Built from the kind of record, not the staff-facing
    /// reason, which can carry triage wording meant for colleagues.
    /// </summary>
    public static string Describe(string action, string entityType)
    {
        var what = entityType switch
        {
            "Family" => action == "care-team" ? "your care team" : "your family's record",
            "SupportPlan" => "a support plan",
            "Assessment" => "an assessment",
            "Referral" => "a request for help",
            "ReferralDocument" => "a document sent with a request for help",
            "SessionNote" => "notes from a session",
            "HomeLog" => "your home log of strategies",
            "MessageThread" => "a conversation in your messages",
            "MessageAttachment" => "a file sent in your messages",
            "PeerSupport" => "your peer support record",
            _ => "your family's record",
        };
        var did = action switch
        {
            "read" => "Looked at",
            "write" => "Wrote",
            "care-team" => "Changed",
            _ => "Updated",
        };
        return $"{did} {what}";
    }
}
