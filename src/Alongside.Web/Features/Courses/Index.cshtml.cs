using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Courses;

/// <summary>The catalogue: every organisation's courses, open to anyone, parents' courses and training apart.</summary>
[AllowAnonymous]
public sealed class IndexModel(AlongsideDbContext db, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyDictionary<string, CourseAudience> Audiences = new Dictionary<string, CourseAudience>
    {
        ["parents"] = CourseAudience.ParentsAndCarers,
        ["peer-supporters"] = CourseAudience.PeerSupporterTraining,
        ["supervisors"] = CourseAudience.SupervisorTraining,
    };

    [BindProperty(SupportsGet = true)]
    public string? For { get; set; }

    public IReadOnlyList<CourseCard> Courses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        CourseAudience? audience = null;
        if (!string.IsNullOrEmpty(For))
        {
            if (!Audiences.TryGetValue(For, out var chosen)) return BadRequest();
            audience = chosen;
        }
        Courses = await CourseCatalogue.ListAsync(db, clock.UkToday(), audience, null);
        return Page();
    }
}
