using Alongside.Web.Data;
using Alongside.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Alongside.Web.Features.Family;

public static class FamilyEmails
{
    /// <summary>
    /// Emails each carer in the family that something has changed and where to look. Says what
    /// kind of thing, never its content: they sign in to read it.
    /// </summary>
    public static async Task SendAsync(AlongsideDbContext db, Infrastructure.Outbox.Outbox outbox, HttpContext http, Guid familyId, string subject, string what, string path)
    {
        var carers = await db.FamilyCarers.Where(c => c.FamilyId == familyId)
            .Select(c => new { c.User!.Email, c.User.DisplayName }).ToListAsync();
        foreach (var carer in carers.Where(c => c.Email is not null))
        {
            outbox.Enqueue(carer.Email!, carer.DisplayName, subject,
                $"""
                Hello {carer.DisplayName},

                {what}
                {Links.Absolute(http, path)}

                Alongside
                """);
        }
    }
}
