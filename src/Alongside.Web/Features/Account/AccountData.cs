using System.Text.Json;

namespace Alongside.Web.Features.Account;

/// <summary>"account" in the download: what /account shows the person about themselves.</summary>
internal sealed class AccountData(AlongsideDbContext db) : IPersonalDataSection
{
    public int Order => 0;

    public async Task WriteAsync(DataSubject subject, Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        var me = await db.Users.Where(u => u.Id == subject.UserId)
            .Select(u => new { u.DisplayName, u.Email, u.EmailConfirmed, u.CreatedAt, u.TwoFactorEnabled })
            .SingleAsync(cancellationToken);
        var memberships = await db.Memberships.Where(m => m.UserId == subject.UserId).OrderBy(m => m.Organisation!.Name)
            .Select(m => new { Organisation = m.Organisation!.Name, m.Role, m.CreatedAt }).ToListAsync(cancellationToken);
        var emailsOff = await db.NoticeOptOuts.Where(o => o.UserId == subject.UserId).Select(o => o.Category).ToListAsync(cancellationToken);

        json.WriteStartObject("account");
        json.Text("name", me.DisplayName);
        json.Text("email", me.Email);
        json.WriteBoolean("emailConfirmed", me.EmailConfirmed);
        json.Instant("createdAt", me.CreatedAt);
        json.WriteBoolean("twoFactorSignIn", me.TwoFactorEnabled);
        json.WriteStartArray("memberships");
        foreach (var m in memberships)
        {
            json.WriteStartObject();
            json.Text("organisation", m.Organisation);
            json.Text("role", RoleNames.Display(m.Role));
            json.Instant("since", m.CreatedAt);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.Strings("emailsTurnedOff", emailsOff.Order().Select(NoticeCategories.Label));
        json.WriteEndObject();
    }
}
