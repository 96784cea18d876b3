
namespace Alongside.Web.Kernel.Families;

public static class FamilyEmails
{
    /// <summary>
    /// Emails each carer in the family that something has changed and where to look. Says what
    /// kind of thing, never its content: they sign in to read it.
    /// </summary>
    public static async Task SendAsync(AlongsideDbContext db, Outbox outbox, HttpContext http, Guid familyId, string subject, string what, string path)
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

public static class FamilyNotices
{
    /// <summary>Emails each carer in the family that their request has changed. Never says what it says: they sign in.</summary>
    public static Task TellFamilyAsync(AlongsideDbContext db, Outbox outbox, HttpContext http, Guid familyId, string organisationName) =>
        FamilyEmails.SendAsync(db, outbox, http, familyId, $"There is news about your request to {organisationName}",
            $"{organisationName} has updated your request for help. Sign in to see what has changed:", "/family");
}
