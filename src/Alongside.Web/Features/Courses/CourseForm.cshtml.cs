using Alongside.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Courses;

/// <summary>An admin adds or changes one of their organisations' courses, or retires it from the catalogue.</summary>
[Authorize(Policy = Policies.OrganisationAdmin)]
public sealed class CourseFormModel(AlongsideDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Organisations { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Title)> OtherCourses { get; private set; } = [];
    public Guid? Id { get; private set; }

    public sealed class InputModel
    {
        public Guid OrganisationId { get; set; }
        public string? Title { get; set; }
        public string? Summary { get; set; }
        public string? WhoFor { get; set; }
        public CourseAudience Audience { get; set; } = CourseAudience.ParentsAndCarers;
        public CourseFormat Format { get; set; } = CourseFormat.InPerson;
        public string? Weeks { get; set; } = "8";
        public string? CompletionMinimum { get; set; } = "6";
        public string? Cost { get; set; }
        public string? Funding { get; set; }
        public Guid? PrerequisiteCourseId { get; set; }
        public bool SelfEnrol { get; set; }
        public string? OfferHours { get; set; } = "48";
        public string? RenewalMonths { get; set; }
        public string? WeekPlan { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid? id)
    {
        await LoadAsync(id);
        if (id is null) return Page();
        var course = await FindAsync(id.Value);
        if (course is null) return NotFound();
        Input = new InputModel
        {
            OrganisationId = course.OrganisationId,
            Title = course.Title,
            Summary = course.Summary,
            WhoFor = course.WhoFor,
            Audience = course.Audience,
            Format = course.Format,
            Weeks = $"{course.Weeks}",
            CompletionMinimum = $"{course.CompletionMinimum}",
            Cost = $"{course.CostPerPlace:0.00}",
            Funding = course.Funding,
            PrerequisiteCourseId = course.PrerequisiteCourseId,
            SelfEnrol = course.SelfEnrol,
            OfferHours = $"{course.OfferHours}",
            RenewalMonths = course.RenewalMonths?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            WeekPlan = string.Join("\n", course.WeekPlan.OrderBy(w => w.Number).Select(w => $"{w.Title}: {w.Covers}")),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        await LoadAsync(id);
        var course = id is null ? null : await FindAsync(id.Value);
        if (id is not null && course is null) return NotFound();
        if (Organisations.All(o => o.Id != Input.OrganisationId)) return NotFound();
        if (!Enum.IsDefined(Input.Audience)) ModelState.AddModelError("Input.Audience", "Choose who the course is for");
        if (!Enum.IsDefined(Input.Format)) ModelState.AddModelError("Input.Format", "Choose how the course meets");
        if (Input.PrerequisiteCourseId is { } before && OtherCourses.All(c => c.Id != before)) ModelState.AddModelError("Input.PrerequisiteCourseId", "Choose one of your organisation's other courses, or none");
        if ((Input.Funding?.Length ?? 0) > 500) ModelState.AddModelError("Input.Funding", "Funding is too long (500 characters at most)");
        var values = CourseRules.Check(new CourseRules.CourseFields(Input.Title, Input.Summary, Input.WhoFor, Input.Weeks, Input.CompletionMinimum, Input.Cost, Input.OfferHours, Input.RenewalMonths, Input.WeekPlan),
            (field, message) => ModelState.AddModelError($"Input.{field}", message));
        if (values is null || !ModelState.IsValid) return Page();
        if (course is null)
        {
            course = new Course { OrganisationId = Input.OrganisationId, Title = values.Title, Summary = values.Summary, WhoFor = values.WhoFor, CreatedAt = clock.GetUtcNow() };
            db.Courses.Add(course);
        }
        else
        {
            db.CourseWeeks.RemoveRange(course.WeekPlan);
        }
        (course.Title, course.Summary, course.WhoFor, course.Audience, course.Format) = (values.Title, values.Summary, values.WhoFor, Input.Audience, Input.Format);
        (course.Weeks, course.CompletionMinimum, course.CostPerPlace, course.Funding) = (values.Weeks, values.CompletionMinimum, values.Cost, string.IsNullOrWhiteSpace(Input.Funding) ? null : Input.Funding.Trim());
        (course.PrerequisiteCourseId, course.SelfEnrol, course.OfferHours, course.RenewalMonths) = (Input.PrerequisiteCourseId, Input.SelfEnrol, values.OfferHours, values.RenewalMonths);
        course.WeekPlan = values.WeekPlan.Select((w, i) => new CourseWeek { CourseId = course.Id, Number = i + 1, Title = w.Title, Covers = w.Covers }).ToList();
        await audit.AddAsync("settings", "Course", course.Id, null, id is null ? $"Added the course {course.Title}" : $"Changed the course {course.Title}");
        await db.SaveChangesAsync();
        this.Flash($"{course.Title} is saved.");
        return Redirect("/courses/manage");
    }

    public async Task<IActionResult> OnPostRetireAsync(Guid? id)
    {
        var course = id is null ? null : await FindAsync(id.Value);
        if (course is null) return NotFound();
        course.RetiredAt ??= clock.GetUtcNow();
        await audit.AddAsync("settings", "Course", course.Id, null, $"Retired the course {course.Title}");
        await db.SaveChangesAsync();
        this.Flash($"{course.Title} no longer shows in the catalogue. Its cohorts and records stay.");
        return Redirect("/courses/manage");
    }

    private Task<Course?> FindAsync(Guid id) =>
        db.Courses.Include(c => c.WeekPlan).SingleOrDefaultAsync(c => c.Id == id && CourseStaff.OrganisationsRunBy(db, User.Id()).Contains(c.OrganisationId));

    private async Task LoadAsync(Guid? id)
    {
        Id = id;
        var me = User.Id();
        Organisations = (await db.Memberships.Where(m => m.UserId == me && m.Role == Role.Admin).OrderBy(m => m.Organisation!.Name)
            .Select(m => new { m.OrganisationId, m.Organisation!.Name }).ToListAsync()).Select(o => (o.OrganisationId, o.Name)).ToList();
        if (Input.OrganisationId == Guid.Empty && Organisations.Count > 0) Input.OrganisationId = Organisations[0].Id;
        var runs = CourseStaff.OrganisationsRunBy(db, me);
        OtherCourses = (await db.Courses.Where(c => runs.Contains(c.OrganisationId) && c.Id != id && c.RetiredAt == null).OrderBy(c => c.Title).Take(100)
            .Select(c => new { c.Id, c.Title }).ToListAsync()).Select(c => (c.Id, c.Title)).ToList();
    }
}
