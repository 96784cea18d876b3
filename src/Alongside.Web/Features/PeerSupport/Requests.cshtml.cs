using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.PeerSupport;

/// <summary>
/// A coordinator's peer support: parents waiting for a supporter (or for their own answer to one
/// proposed), oldest first; and the current matches to review, the longest-running first, with
/// how long each has run and when the supporter last logged a contact.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class RequestsModel(AlongsideDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(Guid Id, string Family, DateTimeOffset RequestedAt, GroupAudience Needs, string? District, bool Proposed);

    public sealed record Match(Guid Id, string Family, string Supporter, DateTimeOffset Since, int Months, DateOnly? LastContact);

    public IReadOnlyList<Row> Open { get; private set; } = [];
    public IReadOnlyList<Match> Matches { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var mine = db.CoordinatedBy(User.Id());
        Open = await db.PeerSupportRequests.Where(r => (r.Status == PeerRequestStatus.Open || r.Status == PeerRequestStatus.Proposed) && mine.Contains(r.OrganisationId))
            .OrderBy(r => r.RequestedAt).Take(100)
            .Select(r => new Row(r.Id, db.Families.Where(f => f.Id == r.FamilyId).Select(f => f.Name).First(), r.RequestedAt, r.Needs, r.District, r.Status == PeerRequestStatus.Proposed))
            .ToListAsync();
        var today = clock.UkToday();
        // A match starts when the parent says yes; matches made before parents were asked started when confirmed.
        var matches = await db.PeerSupportRequests.Where(r => r.Status == PeerRequestStatus.Matched && mine.Contains(r.OrganisationId))
            .OrderBy(r => r.AcceptedAt ?? r.MatchedAt).Take(200)
            .Select(r => new
            {
                r.Id,
                Family = db.Families.Where(f => f.Id == r.FamilyId).Select(f => f.Name).First(),
                Supporter = db.Users.Where(u => u.Id == r.SupporterUserId).Select(u => u.DisplayName).First(),
                Since = r.AcceptedAt ?? r.MatchedAt,
                LastContact = db.PeerContacts.Where(c => c.RequestId == r.Id).Max(c => (DateOnly?)c.Date),
            }).ToListAsync();
        Matches = matches.Where(m => m.Since is not null)
            .Select(m => new Match(m.Id, m.Family, m.Supporter, m.Since!.Value, MatchReview.MonthsSince(UkTime.DateOf(m.Since.Value), today), m.LastContact)).ToList();
    }
}
