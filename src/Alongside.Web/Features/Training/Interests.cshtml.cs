using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Training;

/// <summary>The pipeline: interest in training sent to the organisations the person is an admin or supervisor of, one step at a time.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class InterestsModel(AlongsideDbContext db) : PageModel
{
    public const int PageSize = 25;

    public sealed record Row(Guid Id, string Name, InterestRoute Route, string? ServiceName, int? HowMany, string Organisation, DateTimeOffset CreatedAt);

    public InterestStatus Status { get; private set; } = InterestStatus.New;
    public IReadOnlyDictionary<InterestStatus, int> Counts { get; private set; } = new Dictionary<InterestStatus, int>();
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public bool HasMore { get; private set; }
    public bool SeveralOrganisations { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? status, int? p)
    {
        var mine = db.InterestOrganisationsOf(User.Id());
        var organisations = await mine.Distinct().CountAsync();
        if (organisations == 0) return NotFound();
        SeveralOrganisations = organisations > 1;
        Status = InterestSteps.FromSlug(status) ?? InterestStatus.New;
        PageNumber = Math.Clamp(p ?? 1, 1, 10_000);

        var received = db.TrainingInterests.Where(i => mine.Contains(i.OrganisationId));
        Counts = (await received.GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync())
            .ToDictionary(g => g.Key, g => g.Count);
        var page = await received.Where(i => i.Status == Status)
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(i => new Row(i.Id, i.Name, i.Route, i.ServiceName, i.HowMany,
                db.Organisations.Where(o => o.Id == i.OrganisationId).Select(o => o.Name).First(), i.CreatedAt))
            .ToListAsync();
        HasMore = page.Count > PageSize;
        Rows = page.Take(PageSize).ToList();
        return Page();
    }

    public int Count(InterestStatus status) => Counts.TryGetValue(status, out var n) ? n : 0;
}
