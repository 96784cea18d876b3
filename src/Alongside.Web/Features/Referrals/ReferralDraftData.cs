using System.Text.Json;

namespace Alongside.Web.Features.Referrals;

/// <summary>"requestForHelpNotSent" in the download: the answers of a request for help the person started and has not sent. One query.</summary>
internal sealed class ReferralDraftData(AlongsideDbContext db) : IPersonalDataSection
{
    public int Order => 20;

    public async Task WriteAsync(DataSubject subject, Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        var draft = await db.ReferralDrafts.Where(d => d.UserId == subject.UserId).OrderByDescending(d => d.UpdatedAt).FirstOrDefaultAsync(cancellationToken);
        json.WritePropertyName("requestForHelpNotSent");
        if (draft is null)
        {
            json.WriteNullValue();
            return;
        }
        json.WriteStartObject();
        json.Instant("lastChangedAt", draft.UpdatedAt);
        json.WriteStartObject("answers");
        foreach (var (question, answer) in SelfReferralDrafts.Answers(draft)) json.WriteString(question, answer);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
