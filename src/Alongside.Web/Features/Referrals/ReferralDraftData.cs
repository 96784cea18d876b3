using System.Linq.Expressions;
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

/// <summary>Closing an account deletes the person's unsent request for help.</summary>
internal sealed class ReferralDraftErasure(AlongsideDbContext db) : IAccountErasure
{
    public Task EraseAsync(ClosingAccount account, CancellationToken cancellationToken) =>
        db.ReferralDrafts.Where(d => d.UserId == account.UserId).ExecuteDeleteAsync(cancellationToken);
}

/// <summary>Unsent requests for help not changed for <c>Retention:SelfReferralDraftDays</c> are deleted, signed in or not.</summary>
internal sealed class ReferralDraftRetention : IRetentionSweep
{
    public string What => "unsent requests for help";

    public static Expression<Func<ReferralDraft, bool>> Expired(RetentionCutoffs cutoffs)
    {
        var before = cutoffs.SelfReferralDrafts;
        return d => d.UpdatedAt < before;
    }

    public Task<int> DeleteBatchAsync(AlongsideDbContext db, RetentionCutoffs cutoffs, int batchSize, CancellationToken cancellationToken)
    {
        var batch = db.ReferralDrafts.Where(Expired(cutoffs)).OrderBy(d => d.UpdatedAt).Take(batchSize).Select(d => d.Id);
        return db.ReferralDrafts.Where(d => batch.Contains(d.Id)).ExecuteDeleteAsync(cancellationToken);
    }
}
