using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.PeerSupport;

/// <summary>A coordinator's list of parents waiting for a peer supporter, oldest first.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class RequestsModel(AlongsideDbContext db) : PageModel
{
    public sealed record Row(Guid Id, string Family, DateTimeOffset RequestedAt, GroupAudience Needs, string? District);

    public IReadOnlyList<Row> Open { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var mine = db.CoordinatedBy(User.Id());
        Open = await db.PeerSupportRequests.Where(r => r.Status == PeerRequestStatus.Open && mine.Contains(r.OrganisationId))
            .OrderBy(r => r.RequestedAt).Take(100)
            .Select(r => new Row(r.Id, db.Families.Where(f => f.Id == r.FamilyId).Select(f => f.Name).First(), r.RequestedAt, r.Needs, r.District)).ToListAsync();
    }
}
