using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Referrals;

/// <summary>The organisation's referrals: new ones to triage, and the waiting list in order.</summary>
[Authorize(Policy = Policies.FamilyWorker)]
public sealed class QueueModel(AlongsideDbContext db) : PageModel
{
    public const int PageSize = 25;

    public sealed record Row(Guid Id, string Organisation, string Child, DateOnly? DateOfBirth, ReferralSource Source,
        FundingRoute Funding, DateTimeOffset SubmittedAt, int Priority, bool PossibleDuplicate);

    public string List { get; private set; } = "new";
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public bool HasMore { get; private set; }

    public async Task OnGetAsync(string? list, int? p)
    {
        List = list == "waiting" ? "waiting" : "new";
        PageNumber = Math.Clamp(p ?? 1, 1, 10_000);
        var status = List == "waiting" ? ReferralStatus.WaitingList : ReferralStatus.New;
        var query = db.Referrals.TriagedBy(User.Id()).Where(r => r.Status == status);
        query = status == ReferralStatus.WaitingList
            ? query.OrderByDescending(r => r.Priority).ThenBy(r => r.WaitingSince).ThenBy(r => r.Id)
            : query.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id);

        var page = await query
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(r => new Row(r.Id, r.Organisation!.Name, r.Child!.FirstName, r.Child.DateOfBirth, r.Source, r.FundingRoute,
                r.SubmittedAt, r.Priority,
                !r.DuplicateDismissed && db.Referrals.Any(o => o.Id != r.Id && o.OrganisationId == r.OrganisationId
                    && ((o.Child!.FirstName.ToLower() == r.Child!.FirstName.ToLower() && o.Child.DateOfBirth == r.Child.DateOfBirth)
                        || (o.CarerEmail != null && o.CarerEmail == r.CarerEmail)))))
            .ToListAsync();
        HasMore = page.Count > PageSize;
        Rows = page.Take(PageSize).ToList();
    }
}
