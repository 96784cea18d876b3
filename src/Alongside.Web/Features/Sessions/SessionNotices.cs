using Alongside.Web.Data;
using Alongside.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Alongside.Web.Features.Sessions;

public static class SessionNotices
{
    /// <summary>Emails each carer in the family about a booking or a change. Times only; nothing clinical.</summary>
    public static async Task TellFamilyAsync(AlongsideDbContext db, Infrastructure.Outbox.Outbox outbox, HttpContext http, Guid familyId, string subject, string what)
    {
        var carers = await db.FamilyCarers.Where(c => c.FamilyId == familyId)
            .Select(c => new { c.User!.Email, c.User.DisplayName }).ToListAsync();
        foreach (var carer in carers.Where(c => c.Email is not null))
        {
            outbox.Enqueue(carer.Email!, carer.DisplayName, subject,
                $"""
                Hello {carer.DisplayName},

                {what} Times are UK time.
                See your sessions and add them to your calendar: {Links.Absolute(http, "/family/sessions")}

                Alongside
                """);
        }
    }
}
