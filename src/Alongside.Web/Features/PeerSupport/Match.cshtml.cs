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
            ModelState.AddModelError("", "That peer supporter has no room now. Choose another.");
            return Page();
        }
        (Asked.Status, Asked.SupporterUserId, Asked.MatchedByUserId, Asked.MatchedAt) = (PeerRequestStatus.Matched, supporterId, User.Id(), clock.GetUtcNow());
        var reason = string.Join("; ", chosen.Reasons);
        Asked.MatchReason = reason.Length > 500 ? reason[..500] : reason;
        var people = await db.Users.Where(u => u.Id == supporterId || u.Id == Asked.RequestedByUserId).Select(u => new { u.Id, u.Email, u.DisplayName }).ToListAsync();
        foreach (var person in people.Where(p => p.Email is not null))
        {
            notices.Send(new Recipient(person.Email!, person.DisplayName),
                person.Id == supporterId ? new SupporterMatchedNotice(id) : new ParentMatchedNotice(chosen.Supporter.Name));
        }
        await db.SaveChangesAsync();
        this.Flash($"{chosen.Supporter.Name} will support {Family}");
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
                Supporting = db.PeerSupportRequests.Count(r => r.SupporterUserId == p.UserId && r.Status == PeerRequestStatus.Matched),
            }).Take(500).ToListAsync();
        var need = new Need(request.Needs, request.Language,
            request.Latitude is { } lat && request.Longitude is { } lon ? new GeoPoint(lat, lon) : null, request.WantsInPerson, request.WantsOnline);
        Ranking = MatchRules.Rank(need, candidates.Select(c => new Candidate(c.UserId, c.DisplayName, c.Experience, c.Languages,
            c.Latitude is { } a && c.Longitude is { } b ? new GeoPoint(a, b) : null, c.OffersInPerson, c.OffersOnline, c.Capacity, c.Supporting)));
        return true;
    }
}
