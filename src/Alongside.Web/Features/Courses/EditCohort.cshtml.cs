using Alongside.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Courses;

/// <summary>
/// An admin changes a cohort's places, venue, link and facilitators. More places are offered at
/// once to the people waiting; fewer than are already taken or offered is refused. The dates stay:
/// to move them, cancel and add new dates, so nobody holds a place on dates they did not choose.
/// </summary>
[Authorize(Policy = Policies.OrganisationAdmin)]
public sealed class EditCohortModel(AlongsideDbContext db, CohortPlaces places, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public NewCohortModel.InputModel Input { get; set; } = new();

    public Cohort Cohort { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Name)> Staff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Input = new NewCohortModel.InputModel
        {
            Capacity = $"{Cohort.Capacity}",
            VenueName = Cohort.VenueName,
            VenueAddress = Cohort.VenueAddress,
            AccessInformation = Cohort.AccessInformation,
            OnlineLink = Cohort.OnlineLink,
            Facilitators = Cohort.Facilitators.Select(f => f.UserId).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var k = Cohort;
        // The dates are not changed here, so they are checked against the cohort's own start.
        var today = clock.UkToday() < k.StartsOn ? clock.UkToday() : k.StartsOn;
        var values = CourseRules.Check(new CourseRules.CohortFields(k.StartsOn.ToString("yyyy-MM-dd"), k.StartTime.ToString("HH:mm"), k.EndTime.ToString("HH:mm"), Input.Capacity,
            Input.VenueName, Input.VenueAddress, Input.AccessInformation, Input.OnlineLink), k.Course!.Format, today, (field, message) => ModelState.AddModelError($"Input.{field}", message));
        if (Input.Facilitators.Count == 0) ModelState.AddModelError("Input.Facilitators", "Choose who runs it: at least one facilitator");
        if (Input.Facilitators.Any(f => Staff.All(s => s.Id != f))) ModelState.AddModelError("Input.Facilitators", "Choose facilitators from your organisation's staff");
        if (values is not null && values.Capacity < k.PlacesHeld)
            ModelState.AddModelError("Input.Capacity", $"{k.PlacesHeld} places are taken or on offer: there cannot be fewer places than that");
        if (values is null || !ModelState.IsValid) return Page();

        var cohort = await db.Cohorts.Include(c => c.Facilitators).SingleAsync(c => c.Id == id);
        (cohort.VenueName, cohort.VenueAddress, cohort.AccessInformation, cohort.OnlineLink) = (values.VenueName, values.VenueAddress, values.AccessInformation, values.OnlineLink);
        cohort.Facilitators.RemoveAll(f => !Input.Facilitators.Contains(f.UserId));
        cohort.Facilitators.AddRange(Input.Facilitators.Distinct().Where(f => cohort.Facilitators.All(c => c.UserId != f)).Select(f => new CohortFacilitator { CohortId = id, UserId = f }));
        await audit.AddAsync("settings", "Cohort", id, null, $"Changed the dates from {k.StartsOn:d MMMM yyyy} of {k.Course.Title}");
        await db.SaveChangesAsync();
        if (values.Capacity != k.Capacity && !await places.ChangeCapacityAsync(id, values.Capacity))
        {
            ModelState.AddModelError("Input.Capacity", "Places were taken while you were changing this. Try again.");
            await LoadAsync(id);
            return Page();
        }
        this.Flash(values.Capacity > k.Capacity ? "Saved. The new places have been offered to the people waiting, in turn." : "Saved.");
        return Redirect($"/courses/cohorts/{id}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var cohort = await db.Cohorts.AsNoTracking().Include(k => k.Course).Include(k => k.Facilitators)
            .SingleOrDefaultAsync(k => k.Id == id && k.CancelledAt == null && CourseStaff.OrganisationsRunBy(db, User.Id()).Contains(k.OrganisationId));
        if (cohort is null) return false;
        Cohort = cohort;
        Staff = await NewCohortModel.StaffOfAsync(db, cohort.OrganisationId);
        return true;
    }
}
