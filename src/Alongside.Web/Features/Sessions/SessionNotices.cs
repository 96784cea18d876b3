using Alongside.Web.Features.Family;

namespace Alongside.Web.Features.Sessions;

public static class SessionNotices
{
    /// <summary>Emails each carer in the family about a booking or a change. Times only; nothing clinical.</summary>
    public static Task TellFamilyAsync(AlongsideDbContext db, Outbox outbox, HttpContext http, Guid familyId, string subject, string what) =>
        FamilyEmails.SendAsync(db, outbox, http, familyId, subject, $"{what} Times are UK time.\nSee your sessions and add them to your calendar:", "/family/sessions");
}
