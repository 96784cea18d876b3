using Alongside.Web.Kernel.Reports;

namespace Alongside.Web.Features.PeerSupport;

/// <summary>For reports: requests for a peer supporter made in the period and where they stand, and contacts by how they happened.</summary>
public sealed class PeerSupportReportSection : IReportSection
{
    public int Order => 50;

    public async Task<RawSection> CountAsync(AlongsideDbContext db, ReportScope scope, CancellationToken cancellationToken)
    {
        var (start, end, org) = (scope.Start, scope.End, scope.OrganisationId);
        var requests = db.PeerSupportRequests.Where(r => r.OrganisationId == org);
        if (scope.FamilyIds(db) is { } families) requests = requests.Where(r => families.Contains(r.FamilyId));
        var made = await requests.Where(r => r.RequestedAt >= start && r.RequestedAt < end)
            .GroupBy(r => new { r.Status, Matched = r.AcceptedAt != null, Ended = r.EndedAt != null })
            .Select(g => new { g.Key.Status, g.Key.Matched, g.Key.Ended, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var startDay = scope.From;
        var endDay = scope.To;
        var contacts = await db.PeerContacts.Where(c => c.Date >= startDay && c.Date <= endDay && requests.Any(r => r.Id == c.RequestId))
            .GroupBy(c => c.Mode).Select(g => new { Mode = g.Key, Count = g.LongCount() }).ToListAsync(cancellationToken);

        var requestTable = new RawTable("peer-requests", "Requests for a peer supporter made in the period, as they stand now", "requests",
        [
            new("Matched, support going on", made.Where(m => m.Matched && !m.Ended).Sum(m => m.Count)),
            new("Matched, support ended", made.Where(m => m.Matched && m.Ended).Sum(m => m.Count)),
            new("Waiting for a match or for the parent to say yes", made.Where(m => !m.Matched && m.Status is PeerRequestStatus.Open or PeerRequestStatus.Proposed or PeerRequestStatus.Matched).Sum(m => m.Count)),
            new("Closed without a match", made.Where(m => !m.Matched && m.Status == PeerRequestStatus.Closed).Sum(m => m.Count)),
        ]);
        var contactTable = new RawTable("peer-contacts", "Contacts between peer supporters and parents in the period", "contacts",
            [.. Enum.GetValues<ContactMode>().Select(mode => new RawRow(Label(mode), contacts.Where(c => c.Mode == mode).Sum(c => c.Count)))]);
        return new RawSection("Peer support", [requestTable, contactTable], []);
    }

    private static string Label(ContactMode mode) => mode switch
    {
        ContactMode.Phone => "Phone",
        ContactMode.VideoCall => "Video call",
        ContactMode.InPerson => "In person",
        _ => "Messages",
    };
}
