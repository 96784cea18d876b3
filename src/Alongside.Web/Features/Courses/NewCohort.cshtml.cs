using Alongside.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Courses;

/// <summary>An admin puts dates on a course: a cohort meeting weekly at a UK time, where, for how many, and who runs it.</summary>
[Authorize(Policy = Policies.OrganisationAdmin)]
public sealed class NewCohortModel(AlongsideDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Course Course { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Name)> Staff { get; private set; } = [];

    public sealed class InputModel
    {
        public string? StartsOn { get; set; }
        public string? StartTime { get; set; } = "19:00";
        public string? EndTime { get; set; } = "21:00";
        public string? Capacity { get; set; } = "12";
        public string? VenueName { get; set; }
        public string? VenueAddress { get; set; }
        public string? AccessInformation { get; set; }
        public string? OnlineLink { get; set; }
        public List<Guid> Facilitators { get; set; } = [];
    }

    public async Task<IActionResult> OnGetAsync(Guid courseId) => await LoadAsync(courseId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid courseId)
    {
        if (!await LoadAsync(courseId)) return NotFound();
        var values = CourseRules.Check(new CourseRules.CohortFields(Input.StartsOn, Input.StartTime, Input.EndTime, Input.Capacity, Input.VenueName, Input.VenueAddress, Input.AccessInformation, Input.OnlineLink),
            Course.Format, clock.UkToday(), (field, message) => ModelState.AddModelError($"Input.{field}", message));
        if (Input.Facilitators.Count == 0) ModelState.AddModelError("Input.Facilitators", "Choose who runs it: at least one facilitator");
        if (Input.Facilitators.Any(f => Staff.All(s => s.Id != f))) ModelState.AddModelError("Input.Facilitators", "Choose facilitators from your organisation's staff");
        if (values is null || !ModelState.IsValid) return Page();
        var cohort = new Cohort
        {
            CourseId = Course.Id,
            OrganisationId = Course.OrganisationId,
            StartsOn = values.StartsOn,
            StartTime = values.StartTime,
            EndTime = values.EndTime,
            Capacity = values.Capacity,
            VenueName = values.VenueName,
            VenueAddress = values.VenueAddress,
            AccessInformation = values.AccessInformation,
            OnlineLink = values.OnlineLink,
            CreatedAt = clock.GetUtcNow(),
        };
        cohort.Facilitators = Input.Facilitators.Distinct().Select(f => new CohortFacilitator { CohortId = cohort.Id, UserId = f }).ToList();
        db.Cohorts.Add(cohort);
        await audit.AddAsync("settings", "Cohort", cohort.Id, null, $"Added dates for {Course.Title} from {values.StartsOn:d MMMM yyyy}");
        await db.SaveChangesAsync();
        this.Flash($"{Course.Title} now has dates from {values.StartsOn:d MMMM yyyy}.");
        return Redirect($"/courses/cohorts/{cohort.Id}");
    }

    private async Task<bool> LoadAsync(Guid courseId)
    {
        var course = await db.Courses.SingleOrDefaultAsync(c => c.Id == courseId && c.RetiredAt == null && CourseStaff.OrganisationsRunBy(db, User.Id()).Contains(c.OrganisationId));
        if (course is null) return false;
        Course = course;
        Staff = await StaffOfAsync(db, course.OrganisationId);
        return true;
    }

    /// <summary>Who may run a cohort: the organisation's staff who work with families or peers, not its parents, referrers or commissioners.</summary>
    public static async Task<IReadOnlyList<(Guid Id, string Name)>> StaffOfAsync(AlongsideDbContext db, Guid organisationId) =>
        (await db.Memberships.Where(m => m.OrganisationId == organisationId && m.Role != Role.ParentCarer && m.Role != Role.Referrer && m.Role != Role.Commissioner)
            .Select(m => new { m.UserId, m.User!.DisplayName }).Distinct().OrderBy(m => m.DisplayName).Take(200).ToListAsync())
            .Select(m => (m.UserId, m.DisplayName)).ToList();
}

/// <summary>What the shared cohort fields need: the answers so far, the course's format and the staff who may run it.</summary>
public sealed record CohortFieldsView(NewCohortModel.InputModel Input, CourseFormat Format, IReadOnlyList<(Guid Id, string Name)> Staff);
