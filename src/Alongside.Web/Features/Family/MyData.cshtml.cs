using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Family;

/// <summary>
/// "Download my data": everything Alongside holds about the person and their family, in one zip
/// written straight onto the response (see Kernel/Rights/PersonalDataExport).
/// </summary>
[Authorize(Policy = Policies.ParentCarer)]
public sealed class MyDataModel(AlongsideDbContext db, PersonalDataExport export, TimeProvider clock, ILogger<MyDataModel> logger) : PageModel
{
    public DateTimeOffset? LastDownloadedAt { get; private set; }

    public async Task OnGetAsync()
    {
        var me = User.Id();
        LastDownloadedAt = await db.Users.Where(u => u.Id == me).Select(u => u.DataDownloadedAt).SingleAsync();
    }

    /// <summary>A POST with the form's token, so no other site can start a download in the person's name.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var me = User.Id();
        var now = clock.GetUtcNow();
        // Kept so the person can see when their data was last downloaded (someone else on their account would show).
        await db.Users.Where(u => u.Id == me).ExecuteUpdateAsync(s => s.SetProperty(u => u.DataDownloadedAt, now));
        logger.LogInformation("Personal data downloaded by {UserId}", me);

        Response.ContentType = "application/zip";
        Response.Headers.ContentDisposition = $"attachment; filename={PersonalDataExport.FileName(now)}";
        Response.Headers.CacheControl = PrivateResponses.NoStore;
        await export.WriteZipAsync(new DataSubject(me, now), Response.Body, HttpContext.RequestAborted);
        return new EmptyResult();
    }
}
