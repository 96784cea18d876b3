using Alongside.Web.Data;
using Alongside.Web.Features.Family;
using Alongside.Web.Infrastructure;
using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Alongside.Web.Features.Staff;

/// <summary>A family's record as staff see it. Not related: 404. Every view is audited.</summary>
[Authorize(Policy = Policies.FamilyWorker)]
public sealed class FamilyRecordModel(AlongsideDbContext db, AuditLog audit) : PageModel
{
    public FamilyView? Family { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        Family = await db.Families.Where(f => f.Id == id).WorkedWithBy(db, User.Id())
            .ToView().AsSplitQuery().SingleOrDefaultAsync();
        if (Family is null) return NotFound();
        await audit.RecordReadAsync("Family", id, id, "Opened the family record");
        return Page();
    }
}
