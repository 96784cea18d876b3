using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Family;

/// <summary>A carer keeps their child's details up to date: name, date of birth, legal status, school and needs.</summary>
[Authorize(Policy = Policies.ParentCarer)]
public sealed class ChildModel(AlongsideDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter their first name")]
        [StringLength(100, ErrorMessage = "The first name must be 100 characters or fewer")]
        public string? FirstName { get; set; }

        [StringLength(100, ErrorMessage = "The last name must be 100 characters or fewer")]
        public string? LastName { get; set; }
        public string? Day { get; set; }
        public string? Month { get; set; }
        public string? Year { get; set; }
        public LegalStatus? LegalStatus { get; set; }

        [StringLength(200, ErrorMessage = "The school must be 200 characters or fewer")]
        public string? School { get; set; }

        [StringLength(2000, ErrorMessage = "This must be 2,000 characters or fewer")]
        public string? Needs { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var child = await FindAsync(id);
        if (child is null) return NotFound();
        Input = new InputModel
        {
            FirstName = child.FirstName,
            LastName = child.LastName,
            LegalStatus = child.LegalStatus,
            School = child.School,
            Needs = child.Needs,
            Day = child.DateOfBirth?.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Month = child.DateOfBirth?.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Year = child.DateOfBirth?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var child = await FindAsync(id);
        if (child is null) return NotFound();
        var (date, dateError) = DateParts.Read(Input.Day, Input.Month, Input.Year, DateQuestion.DateOfBirth(clock.UkToday()));
        if (dateError is not null) ModelState.AddModelError("Input.Day", dateError);
        if (!ModelState.IsValid) return Page();
        child.FirstName = Input.FirstName!.Trim();
        child.LastName = string.IsNullOrWhiteSpace(Input.LastName) ? null : Input.LastName.Trim();
        child.DateOfBirth = date;
        child.LegalStatus = Input.LegalStatus;
        child.School = string.IsNullOrWhiteSpace(Input.School) ? null : Input.School.Trim();
        child.Needs = string.IsNullOrWhiteSpace(Input.Needs) ? null : Input.Needs.Trim();
        await db.SaveChangesAsync();
        return Redirect("/family");
    }

    // The carer check is in the query: another family's child is simply not found.
    private Task<Child?> FindAsync(Guid id)
    {
        var me = User.Id();
        return db.Children.SingleOrDefaultAsync(c => c.Id == id && db.FamilyCarers.Any(f => f.FamilyId == c.FamilyId && f.UserId == me));
    }
}
