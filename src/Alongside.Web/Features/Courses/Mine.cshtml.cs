using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Courses;

/// <summary>
/// The person's own courses: places with every week's date, what it covers and whether they were
/// there; offers to take or turn down before they run out; their place in each queue; and
/// completion records to print.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class MineModel(AlongsideDbContext db, CohortPlaces places, MeasureSchedule schedule, TimeProvider clock) : PageModel
{
    public sealed record Week(int Number, DateTimeOffset Starts, string? Title, string? Covers, bool? Attended);

    public sealed record PlaceView(Guid Id, Guid CourseId, string Course, string Organisation, PlaceStatus Status, DateOnly StartsOn, TimeOnly StartTime, TimeOnly EndTime,
        int Weeks, int CompletionMinimum, string? VenueName, string? VenueAddress, string? AccessInformation, string? OnlineLink, DateTimeOffset? OfferExpiresAt,
        DateTimeOffset JoinedAt, DateTimeOffset? CompletedAt, IReadOnlyList<Week> WeekList, int QueuePosition);

    public IReadOnlyList<PlaceView> Places { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAcceptAsync(Guid placeId)
    {
        var outcome = await places.AcceptAsync(placeId, User.Id());
        if (outcome == AcceptOutcome.NotOffered) return NotFound();
        if (outcome == AcceptOutcome.Expired)
        {
            this.Flash("That offer ran out, so the place has gone to the next person waiting. You can join the waiting list again from the course's page.");
            return RedirectToPage();
        }
        var place = await db.CoursePlaces.Where(p => p.Id == placeId)
            .Select(p => new { p.FamilyId, p.CohortId, p.Cohort!.OrganisationId, p.Cohort.Course!.Title }).SingleAsync();
        if (place.FamilyId is { } family)
        {
            await schedule.CohortJoinedAsync(family, place.OrganisationId, place.CohortId, place.Title);
            await db.SaveChangesAsync();
        }
        this.Flash($"The place on {place.Title} is yours.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostLeaveAsync(Guid placeId)
    {
        if (!await places.LeaveAsync(placeId, User.Id())) return NotFound();
        this.Flash("Done. If you held a place, it has been offered to the next person waiting.");
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var me = User.Id();
        Now = clock.GetUtcNow();
        var rows = await db.CoursePlaces.Where(p => p.UserId == me && p.Status != PlaceStatus.Lapsed && p.Status != PlaceStatus.Withdrawn)
            .OrderByDescending(p => p.Cohort!.StartsOn).Take(50)
            .Select(p => new
            {
                p.Id,
                p.Status,
                p.JoinedAt,
                p.OfferExpiresAt,
                p.CompletedAt,
                p.CohortId,
                Cohort = new { p.Cohort!.StartsOn, p.Cohort.StartTime, p.Cohort.EndTime, p.Cohort.VenueName, p.Cohort.VenueAddress, p.Cohort.AccessInformation, p.Cohort.OnlineLink },
                Course = new { p.Cohort.Course!.Id, p.Cohort.Course.Title, Organisation = p.Cohort.Course.Organisation!.Name, p.Cohort.Course.Weeks, p.Cohort.Course.CompletionMinimum },
                Plan = p.Cohort.Course.WeekPlan.Select(w => new { w.Number, w.Title, w.Covers }).ToList(),
                Attendance = p.Attendance.Select(a => new { a.Week, a.Attended }).ToList(),
                Ahead = db.CoursePlaces.Count(q => q.CohortId == p.CohortId && q.Status == PlaceStatus.Waiting && q.JoinedAt < p.JoinedAt),
            }).ToListAsync();
        Places = rows.Select(r => new PlaceView(r.Id, r.Course.Id, r.Course.Title, r.Course.Organisation, r.Status, r.Cohort.StartsOn, r.Cohort.StartTime, r.Cohort.EndTime,
            r.Course.Weeks, r.Course.CompletionMinimum, r.Cohort.VenueName, r.Cohort.VenueAddress, r.Cohort.AccessInformation,
            r.Status == PlaceStatus.Enrolled ? r.Cohort.OnlineLink : null, r.OfferExpiresAt, r.JoinedAt, r.CompletedAt,
            Enumerable.Range(1, r.Course.Weeks).Select(n => new Week(n, CohortMeetings.StartOf(r.Cohort.StartsOn, r.Cohort.StartTime, n),
                r.Plan.FirstOrDefault(w => w.Number == n)?.Title, r.Plan.FirstOrDefault(w => w.Number == n)?.Covers,
                r.Attendance.FirstOrDefault(a => a.Week == n)?.Attended)).ToList(),
            r.Ahead + 1)).ToList();
    }
}
