using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.PeerSupport;

/// <summary>The organisation's peer supporters ranked for one parent, with the reasons; the coordinator confirms one.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class MatchModel(AlongsideDbContext db, Notices notices, Infrastructure.Auditing.AuditLog audit, TimeProvider clock) : PageModel
{
    public PeerSupportRequest Asked { get; private set; } = null!;
    public string Family { get; private set; } = "";
    public IReadOnlyList<Ranked> Ranking { get; private set; } = [];

    /// <summary>The supporter proposed and waiting for the parent's answer, if any.</summary>
    public string? ProposedName { get; private set; }

    /// <summary>The supporter the parent said no to, who is not offered again.</summary>
    public string? DeclinedName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        await audit.RecordReadAsync("PeerSupport", id, Asked.FamilyId, "Read a request for a peer supporter to match it");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid supporterId)
    {
        if (!await LoadAsync(id) || Asked.Status != PeerRequestStatus.Open) return NotFound();
        var chosen = Ranking.FirstOrDefault(r => r.Supporter.UserId == supporterId);
        if (chosen is null)
        {
            ModelState.AddModelError("", "That peer supporter cannot be proposed now: they have no room, or the parent has said no to them. Choose another.");
            return Page();
        }
        var reason = string.Join("; ", chosen.Reasons);
        reason = reason.Length > 500 ? reason[..500] : reason;
        await using var transaction = await db.Database.BeginTransactionAsync();
        // Conditional, so two coordinators choosing at once propose one supporter, not two.
        var proposed = await db.PeerSupportRequests.Where(r => r.Id == id && r.Status == PeerRequestStatus.Open)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, PeerRequestStatus.Proposed)
                .SetProperty(r => r.SupporterUserId, supporterId)
                .SetProperty(r => r.MatchedByUserId, User.Id())
                .SetProperty(r => r.MatchedAt, clock.GetUtcNow())
                .SetProperty(r => r.MatchReason, reason));
        if (proposed == 0) return NotFound();
        // The parent says yes or no first; the supporter hears only after a yes.
        await notices.SendAsync(await FamilyRecipients.CarersAsync(db, Asked.FamilyId), new SupporterProposedNotice());
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        this.Flash($"{chosen.Supporter.Name} is proposed to {Family}. They will be asked whether they would like them before anyone gets in touch.");
        return Redirect("/peer/requests");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var me = User.Id();
        var mine = db.CoordinatedBy(me);
        var request = await db.PeerSupportRequests.SingleOrDefaultAsync(r => r.Id == id && mine.Contains(r.OrganisationId));
        if (request is null) return false;
        Asked = request;
        Family = await db.Families.Where(f => f.Id == request.FamilyId).Select(f => f.Name).SingleAsync();
        var proposedId = request.Status == PeerRequestStatus.Proposed ? request.SupporterUserId : null;
        var declined = await db.PeerSupportDeclines.Where(d => d.RequestId == id).OrderBy(d => d.DeclinedAt).Select(d => d.SupporterUserId).ToListAsync();
        if (request.DeclinedSupporterUserId is { } latest && !declined.Contains(latest)) declined.Add(latest);
        var named = declined.Append(proposedId ?? Guid.Empty).ToList();
        var names = await db.Users.Where(u => named.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        ProposedName = proposedId is { } proposed ? names.GetValueOrDefault(proposed) : null;
        DeclinedName = declined.Count == 0 ? null : string.Join(" and ", declined.Select(d => names.GetValueOrDefault(d) ?? "a supporter"));
        var org = request.OrganisationId;
        var candidates = await db.PeerSupporterProfiles
            .Where(p => p.OrganisationId == org && db.Memberships.Any(m => m.UserId == p.UserId && m.OrganisationId == org && m.Role == Role.PeerSupporter))
            .Select(p => new
            {
                p.UserId,
                p.User!.DisplayName,
                p.Experience,
                p.Languages,
                p.Latitude,
                p.Longitude,
                p.OffersInPerson,
                p.OffersOnline,
                p.Capacity,
                // A proposal holds a place until the parent answers.
                Supporting = db.PeerSupportRequests.Count(r => r.SupporterUserId == p.UserId && (r.Status == PeerRequestStatus.Matched || r.Status == PeerRequestStatus.Proposed)),
            }).Take(500).ToListAsync();
        var need = new Need(request.Needs, request.Language,
            request.Latitude is { } lat && request.Longitude is { } lon ? new GeoPoint(lat, lon) : null, request.WantsInPerson, request.WantsOnline, declined);
        Ranking = MatchRules.Rank(need, candidates.Select(c => new Candidate(c.UserId, c.DisplayName, c.Experience, c.Languages,
            c.Latitude is { } a && c.Longitude is { } b ? new GeoPoint(a, b) : null, c.OffersInPerson, c.OffersOnline, c.Capacity, c.Supporting)));
        return true;
    }
}
