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
    public IReadOnlyList<FamilyView> Families { get; private set; } = [];
    public IReadOnlyList<FamilyReferralView> Referrals { get; private set; } = [];
    public IReadOnlyList<PlanView> Plans { get; private set; } = [];

    /// <summary>A parenting course a parent can join themselves, with its next cohort's start.</summary>
    public sealed record CourseOffer(Guid Id, string Title, string Organisation, CourseFormat Format, int Weeks, DateOnly Starts);

    /// <summary>Whether any of the family's requests for help is on a waiting list.</summary>
    public bool Waiting { get; private set; }

    /// <summary>The place the parent gave for groups near them: a district or town, never a full postcode.</summary>
    public string? Near { get; private set; }
    public IReadOnlyList<CourseOffer> Courses { get; private set; } = [];

    public const int CoursesShown = 3;

    /// <summary>The family's next booked session that has not ended, with its way in; null when none is booked.</summary>
    public sealed record NextSessionView(Guid Id, SessionKind Kind, string Clinician, DeliveryMode Mode, string? Place, string? VideoLink, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

    public NextSessionView? NextSession { get; private set; }

    public DateTimeOffset Now { get; private set; }

    /// <summary>Who is on each family's care team (they read its private records): name and organisation.</summary>
    public ILookup<Guid, (string Name, string Organisation)> CareTeams { get; private set; } = Array.Empty<(Guid, string, string)>().ToLookup(t => t.Item1, t => (t.Item2, t.Item3));

    public async Task<IActionResult> OnGetAsync()
    {
        // A full postcode goes no further than this request: only its district is kept in the address.
        if (PostcodeDistricts.DistrictOnlyUrl("/family", Request.Query) is { } districtOnly) return Redirect(districtOnly);
        Near = Request.Query["near"].ToString() is { Length: > 0 } near ? near : null;
        // One query: a family has a few carers and children, so joining both costs less than a round trip each.
        Families = await db.Families.CaredForBy(db, User.Id()).OrderBy(f => f.CreatedAt).ToView().AsSingleQuery().ToListAsync();
        Referrals = await FamilyReferrals.ForCarerAsync(db, User.Id(), clock.GetUtcNow());
        var me = User.Id();
        Plans = await PlanQueries.ToView(db.SupportPlans
                .Where(p => p.Status != Kernel.Care.PlanStatus.Superseded && db.FamilyIdsCaredForBy(me).Contains(p.FamilyId))
                .OrderByDescending(p => p.CreatedAt).Take(20))
            .AsSplitQuery().ToListAsync();
        CareTeams = (await db.CareTeamMembers.Where(c => db.FamilyIdsCaredForBy(me).Contains(c.FamilyId)).OrderBy(c => c.AddedAt).Take(50)
                .Select(c => new { c.FamilyId, c.User!.DisplayName, Organisation = db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).First() })
                .ToListAsync())
            .ToLookup(c => c.FamilyId, c => (c.DisplayName, c.Organisation));
        var now = Now = clock.GetUtcNow();
        // A session under way is still "next" until it ends, so its Join button stays on the home page.
        NextSession = await db.Sessions
            .Where(s => db.FamilyIdsCaredForBy(me).Contains(s.FamilyId) && s.Status == SessionStatus.Booked && s.EndsAt > now)
            .OrderBy(s => s.StartsAt)
            .Select(s => new NextSessionView(s.Id, s.Kind, s.Clinician!.DisplayName, s.Mode, s.Place, s.VideoLink, s.StartsAt, s.EndsAt))
            .FirstOrDefaultAsync();
        Waiting = Referrals.Any(r => r.Status == ReferralStatus.WaitingList);
        if (Waiting) Courses = await OpenCoursesAsync(me);
        return Page();
    }

    /// <summary>
    /// Up to three parenting courses the parent may join themselves, soonest first: not retired, a
    /// cohort still to start and not cancelled, any course needed first already completed, and not
    /// one they already hold or wait for a place on.
    /// </summary>
    private async Task<IReadOnlyList<CourseOffer>> OpenCoursesAsync(Guid me)
    {
        var today = clock.UkToday();
        var held = new[] { PlaceStatus.Waiting, PlaceStatus.Offered, PlaceStatus.Enrolled };
        var completed = db.CoursePlaces.Where(p => p.UserId == me && p.CompletedAt != null).Select(p => p.Cohort!.CourseId);
        var taking = db.CoursePlaces.Where(p => p.UserId == me && held.Contains(p.Status)).Select(p => p.Cohort!.CourseId);
        var upcoming = db.Cohorts.Where(h => h.CancelledAt == null && h.StartsOn > today);
        var offers = await db.Courses
            .Where(c => c.Audience == CourseAudience.ParentsAndCarers && c.SelfEnrol && c.RetiredAt == null
                        && upcoming.Any(h => h.CourseId == c.Id)
                        && (c.PrerequisiteCourseId == null || completed.Contains(c.PrerequisiteCourseId.Value))
                        && !taking.Contains(c.Id))
            .Select(c => new { c.Id, c.Title, Organisation = c.Organisation!.Name, c.Format, c.Weeks, Starts = upcoming.Where(h => h.CourseId == c.Id).Min(h => h.StartsOn) })
            .OrderBy(c => c.Starts).ThenBy(c => c.Title).Take(CoursesShown)
            .ToListAsync();
        return offers.Select(c => new CourseOffer(c.Id, c.Title, c.Organisation, c.Format, c.Weeks, c.Starts)).ToList();
    }
}
