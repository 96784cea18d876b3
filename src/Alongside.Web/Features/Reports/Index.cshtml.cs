using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Reports;

/// <summary>The reports a person may read: their own organisations' and the providers their organisation commissions.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AlongsideDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ReportAccess.Reader> Readable { get; private set; } = [];

    public async Task OnGetAsync() => Readable = await ReportAccess.ReadableAsync(db, User.Id(), clock.UkToday());
}
