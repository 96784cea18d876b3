using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Alongside.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Assessments;

/// <summary>A care team clinician records an assessment. Its findings stay within the care team.</summary>
[Authorize(Policy = Policies.FamilyWorker)]
public sealed class NewAssessmentModel(AlongsideDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Guid FamilyId { get; private set; }
    public string FamilyName { get; private set; } = "";
    public IReadOnlyList<Option> Children { get; private set; } = [];

    public sealed class InputModel
    {
        public Guid? ChildId { get; set; }

        [Required(ErrorMessage = "Select the kind of assessment")]
        public AssessmentKind? Kind { get; set; }
        public string? Day { get; set; }
        public string? Month { get; set; }
        public string? Year { get; set; }

        [Required(ErrorMessage = "Write the findings")]
        [StringLength(8000, ErrorMessage = "The findings must be 8,000 characters or fewer")]
        public string? Findings { get; set; }

        [Required(ErrorMessage = "Write what the parents want")]
        [StringLength(4000, ErrorMessage = "The parents' wishes must be 4,000 characters or fewer")]
        public string? ParentsWishes { get; set; }

        [Required(ErrorMessage = "Write your recommendations")]
        [StringLength(4000, ErrorMessage = "The recommendations must be 4,000 characters or fewer")]
        public string? Recommendations { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid familyId) => await LoadAsync(familyId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid familyId)
    {
        if (!await LoadAsync(familyId)) return NotFound();
        if (Input.ChildId is not { } childId || !Children.Any(c => c.Value == childId.ToString()))
            ModelState.AddModelError("Input.ChildId", "Select the child who was assessed");
        var today = clock.UkToday();
        var (date, dateError) = DateParts.Read(Input.Day, Input.Month, Input.Year, DateQuestion.Past("The date of the assessment", today));
        if (dateError is not null) ModelState.AddModelError("Input.Day", dateError);
        else if (date < today.AddYears(-2)) ModelState.AddModelError("Input.Day", "The date of the assessment must be in the last 2 years");
        if (!ModelState.IsValid) return Page();

        var organisationId = await db.CareTeamMembers.Where(c => c.FamilyId == familyId && c.UserId == User.Id()).Select(c => c.OrganisationId).FirstAsync();
        var assessment = new Assessment
        {
            FamilyId = familyId,
            ChildId = Input.ChildId!.Value,
            OrganisationId = organisationId,
            ClinicianUserId = User.Id(),
            Kind = Input.Kind!.Value,
            Date = date!.Value,
            Findings = Input.Findings!.Trim(),
            ParentsWishes = Input.ParentsWishes!.Trim(),
            Recommendations = Input.Recommendations!.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Assessments.Add(assessment);
        await audit.AddAsync("write", "Assessment", assessment.Id, familyId, "Recorded an assessment");
        await db.SaveChangesAsync();
        this.Flash("The assessment is saved");
        return Redirect($"/staff/families/{familyId}");
    }

    private async Task<bool> LoadAsync(Guid familyId)
    {
        var family = await db.Families.Where(f => f.Id == familyId).OnCareTeam(db, User.Id())
            .Select(f => new { f.Id, f.Name }).SingleOrDefaultAsync();
        if (family is null) return false;
        (FamilyId, FamilyName) = (family.Id, family.Name);
        Children = (await db.Children.Where(c => c.FamilyId == familyId).OrderBy(c => c.FirstName)
                .Select(c => new { c.Id, c.FirstName }).ToListAsync())
            .Select(c => new Option(c.Id.ToString(), c.FirstName)).ToList();
        return true;
    }
}
