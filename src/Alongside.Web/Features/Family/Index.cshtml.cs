using Alongside.Web.Infrastructure.Security;
using Alongside.Web.Kernel.Courses;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Family;

/// <summary>
/// The family portal's start page: requests for help, plans, the care team. While a request waits
/// for a place, a "while you wait" panel offers support now: peer support groups near the place
/// the parent gives (<c>?near=</c>, the Groups feature's view component, called by name), a peer
/// supporter, and parenting courses they can join themselves.
/// </summary>
[Authorize(Policy = Policies.ParentCarer)]
public sealed class IndexModel(AlongsideDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<FamilyHome.HomeFamily> Families { get; private set; } = [];
    public IReadOnlyList<FamilyReferralView> Referrals { get; private set; } = [];
    public IReadOnlyList<FamilyHome.HomePlan> Plans { get; private set; } = [];

    /// <summary>Whether any of the family's requests for help is on a waiting list.</summary>
    public bool Waiting { get; private set; }

    /// <summary>The place the parent gave for groups near them: a district or town, never a full postcode.</summary>
    public string? Near { get; private set; }
    public IReadOnlyList<FamilyHome.CourseOffer> Courses { get; private set; } = [];

    public const int CoursesShown = FamilyHome.CoursesShown;

    /// <summary>The family's next booked session that has not ended, with its way in; null when none is booked.</summary>
    public sealed record NextSessionView(Guid Id, SessionKind Kind, string Clinician, DeliveryMode Mode, string? Place, string? VideoLink, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

    public NextSessionView? NextSession { get; private set; }

    /// <summary>Questionnaires the families have to fill in, read with them and handed to the Outcomes link so it need not count again.</summary>
    public int MeasuresDue { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        // A full postcode goes no further than this request: only its district is kept in the address.
        if (PostcodeDistricts.DistrictOnlyUrl("/family", Request.Query) is { } districtOnly) return Redirect(districtOnly);
        Near = Request.Query["near"].ToString() is { Length: > 0 } near ? near : null;
        var me = User.Id();
        var now = Now = clock.GetUtcNow();
        var families = await FamilyHome.FamiliesAsync(db, me, now, clock.UkToday());
        Families = families;
        NextSession = families.SelectMany(f => f.NextSession).OrderBy(s => s.StartsAt).FirstOrDefault();
        MeasuresDue = families.Sum(f => f.MeasuresDue);
        // A person who cares for no family has no requests or plans to read.
        if (families.Count == 0) return Page();
        var (referrals, plans) = await FamilyHome.RequestsAsync(db, me, now);
        Referrals = referrals.Select(r => FamilyReferrals.View(r, me)).ToList();
        Plans = plans;
        Waiting = Referrals.Any(r => r.Status == ReferralStatus.WaitingList);
        // Each family carries the same courses (see FamilyHome.HomeFamily.Courses); none unless a request waits.
        if (Waiting) Courses = families[0].Courses;
        return Page();
    }
}
