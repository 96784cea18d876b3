using System.Text.Json;

namespace Alongside.Web.Features.Sessions;

/// <summary>
/// "sessions" in the download: every session of the family as /family/sessions shows it, with the
/// summary written for the parents. The clinician's private notes are never selected: they belong
/// to the provider's clinical record. One query.
/// </summary>
internal sealed class SessionData(AlongsideDbContext db) : IPersonalDataSection
{
    public int Order => 40;

    public async Task WriteAsync(DataSubject subject, Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        var mine = db.FamilyIdsCaredForBy(subject.UserId);
        var sessions = db.Sessions.Where(s => mine.Contains(s.FamilyId)).OrderBy(s => s.StartsAt)
            .Select(s => new
            {
                s.Kind,
                s.StartsAt,
                s.EndsAt,
                Clinician = s.Clinician!.DisplayName,
                s.Status,
                s.LateCancellation,
                s.Mode,
                s.VideoLink,
                s.Place,
                Summary = db.SessionNotes.Where(n => n.SessionId == s.Id && n.ParentSummary != "").Select(n => n.ParentSummary).FirstOrDefault(),
            })
            .AsAsyncEnumerable();
        json.WriteStartArray("sessions");
        await foreach (var s in sessions.WithCancellation(cancellationToken))
        {
            var upcoming = s.Status == SessionStatus.Booked && s.StartsAt >= subject.At;
            json.WriteStartObject();
            json.Text("what", SessionKinds.Describe(s.Kind));
            json.Instant("startsAt", s.StartsAt);
            json.Instant("endsAt", s.EndsAt);
            json.Text("with", s.Clinician);
            json.Text("status", MineModel.Status(s.Status, s.LateCancellation));
            json.Text("how", s.Mode == DeliveryMode.Online ? "Online" : "Face to face");
            // As on the sessions page: how to join is shown for sessions still to come.
            json.Text("place", upcoming ? s.Place : null);
            json.Text("videoLink", upcoming ? s.VideoLink : null);
            json.Text("summaryForYou", s.Summary);
            json.WriteEndObject();
            await json.FlushIfFullAsync(cancellationToken);
        }
        json.WriteEndArray();
    }
}

/// <summary>Closing an account switches off the person's secret calendar feed.</summary>
internal sealed class SessionErasure(AlongsideDbContext db) : IAccountErasure
{
    public Task EraseAsync(ClosingAccount account, CancellationToken cancellationToken) =>
        db.CalendarFeeds.Where(f => f.UserId == account.UserId).ExecuteDeleteAsync(cancellationToken);
}
