using Alongside.Web.Infrastructure.Security;
using Alongside.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Referrals;

/// <summary>
/// The organisation's referrals: new ones to triage, and the waiting lists in order (the shared
/// one, and one for each service that keeps its own; see <see cref="WaitingPlaces"/>).
/// </summary>
[Authorize(Policy = Policies.FamilyWorker)]
public sealed class QueueModel(AlongsideDbContext db) : PageModel
{
    public const int PageSize = 25;

    public sealed record Row(Guid Id, string Organisation, string? Service, string Child, DateOnly? DateOfBirth, ReferralSource Source,
        FundingRoute Funding, DateTimeOffset SubmittedAt, int Priority, bool PossibleDuplicate, string? Reference = null);

    public string List { get; private set; } = "new";
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public bool HasMore { get; private set; }

    /// <summary>The services of the reader's organisations that keep their own waiting list.</summary>
    public IReadOnlyList<Option> OwnLists { get; private set; } = [];

    /// <summary>The waiting list shown: null is the shared list.</summary>
    public Guid? ListService { get; private set; }

    public async Task OnGetAsync(string? list, int? p, Guid? service)
    {
        List = list == "waiting" ? "waiting" : "new";
        PageNumber = Math.Clamp(p ?? 1, 1, 10_000);
        var status = List == "waiting" ? ReferralStatus.WaitingList : ReferralStatus.New;
        var organisations = await db.TriageOrganisationsAsync(User.Id());
        var query = db.Referrals.TriagedBy(db, User.Id()).InOrganisations(organisations).Where(r => r.Status == status);
        if (status == ReferralStatus.WaitingList)
        {
            // Ids made text here, not in SQL: SQLite's text form of a Guid is upper case.
            OwnLists = (await db.Services
                .Where(s => s.OwnWaitingList && organisations.Contains(s.OrganisationId))
                .OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync()).Select(s => new Option(s.Id.ToString(), s.Name)).ToList();
            // A service the reader cannot see, or one that no longer keeps a list, shows the shared list.
            ListService = OwnLists.Any(o => o.Value == service?.ToString()) ? service : null;
            query = query.OnList(db, ListService)
                .OrderByDescending(r => r.Priority).ThenBy(r => r.WaitingSince).ThenBy(r => r.Id);
        }
        else
        {
            query = query.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id);
        }

        var page = await query
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(r => new Row(r.Id, r.Organisation!.Name, db.Services.Where(s => s.Id == r.ServiceId).Select(s => s.Name).FirstOrDefault(), r.Child!.FirstName, r.Child.DateOfBirth, r.Source, r.FundingRoute,
                r.SubmittedAt, r.Priority,
                !r.DuplicateDismissed && (
                    // Same carer email: the (organisation, carer email) index.
                    (r.CarerEmail != null && db.Referrals.Any(o => o.OrganisationId == r.OrganisationId && o.CarerEmail == r.CarerEmail && o.Id != r.Id))
                    // Same child's name and date of birth: children born that day (their index), then their referrals here.
                    || db.Children.Any(c => c.DateOfBirth == r.Child!.DateOfBirth && c.FirstName.ToLower() == r.Child.FirstName.ToLower()
                        && db.Referrals.Any(o => o.ChildId == c.Id && o.OrganisationId == r.OrganisationId && o.Id != r.Id))),
                r.Reference))
            .ToListAsync();
        HasMore = page.Count > PageSize;
        Rows = page.Take(PageSize).ToList();
    }

    /// <summary>The address of this list's page, for the pager and the list links.</summary>
    public string ListAddress(Guid? service) => service is { } s ? $"/staff/referrals?list=waiting&service={s}" : $"/staff/referrals?list={List}";
}
