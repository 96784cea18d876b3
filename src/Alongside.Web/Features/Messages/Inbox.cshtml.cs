using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Messages;

/// <summary>
/// Conversations between families and their care teams, and between parents and their peer supporters
/// (which supervisors also read), latest first, with who each is with and unread counts.
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class InboxModel(AlongsideDbContext db) : PageModel
{
    public const int PageSize = 20;

    /// <param name="PeerSupporter">The supporter's name on a peer support thread; null on a care team thread.</param>
    public sealed record Row(Guid Id, string Subject, string Family, string? PeerSupporter, DateTimeOffset LastMessageAt, int Unread);

    public IReadOnlyList<Row> Threads { get; private set; } = [];
    public int PageNumber { get; private set; }
    public bool HasMore { get; private set; }
    public bool IsCarer { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> StaffFamilies { get; private set; } = [];

    // From the query only: Razor Pages keeps the page's own path in the route value "page", which no int can read.
    public async Task OnGetAsync([FromQuery] int page = 1)
    {
        var me = User.Id();
        PageNumber = Math.Clamp(page, 1, 10_000);
        var rows = await db.ThreadsFor(me).OrderByDescending(t => t.LastMessageAt)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(t => new Row(t.Id, t.Subject, db.Families.Where(f => f.Id == t.FamilyId).Select(f => f.Name).First(),
                t.PeerSupportRequestId == null ? null
                    : db.PeerSupportRequests.Where(r => r.Id == t.PeerSupportRequestId)
                        .Select(r => db.Users.Where(u => u.Id == r.SupporterUserId).Select(u => u.DisplayName).FirstOrDefault() ?? "Former member").FirstOrDefault(),
                t.LastMessageAt,
                db.Messages.Count(m => m.ThreadId == t.Id && m.SenderUserId != me
                    && !db.MessageThreadReads.Any(r => r.ThreadId == t.Id && r.UserId == me && r.ReadUpTo >= m.SentAt))))
            .ToListAsync();
        HasMore = rows.Count > PageSize;
        Threads = rows.Take(PageSize).ToList();
        IsCarer = await db.FamilyCarers.AnyAsync(c => c.UserId == me);
        if (!IsCarer)
        {
            StaffFamilies = (await db.CareTeamMembers.Where(c => c.UserId == me).OrderBy(c => c.AddedAt).Take(100)
                .Select(c => new { c.FamilyId, Name = db.Families.Where(f => f.Id == c.FamilyId).Select(f => f.Name).First() }).ToListAsync())
                .Select(f => (f.FamilyId, f.Name)).ToList();
        }
    }
}
