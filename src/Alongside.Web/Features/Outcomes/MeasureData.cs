using System.Text.Json;

namespace Alongside.Web.Features.Outcomes;

/// <summary>
/// "questionnaires" and "questionnairesToFillIn" in the download: every measure the family
/// answered, answer by answer, with its score then, and what is still to fill in. The answers are
/// streamed in one query, so a long history costs no more queries. Two queries.
/// </summary>
internal sealed class MeasureData(AlongsideDbContext db, InstrumentCatalogue catalogue) : IPersonalDataSection
{
    public int Order => 45;

    public async Task WriteAsync(DataSubject subject, Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        var mine = db.FamilyIdsCaredForBy(subject.UserId);
        var answers = db.MeasureAnswers
            .Join(db.MeasureResponses.Where(r => mine.Contains(r.FamilyId)), a => a.ResponseId, r => r.Id, (a, r) => new { a, r })
            .OrderBy(x => x.r.AnsweredAt).ThenBy(x => x.r.Id).ThenBy(x => x.a.Item)
            .Select(x => new
            {
                x.r.Id,
                x.r.InstrumentId,
                x.r.InstrumentVersion,
                x.r.AnsweredAt,
                x.r.Late,
                x.r.Total,
                x.r.Band,
                WithClinician = x.r.WithClinicianUserId != null,
                By = db.Users.Where(u => u.Id == x.r.AnsweredByUserId).Select(u => u.DisplayName).First(),
                x.a.Item,
                x.a.Value,
                x.a.Text,
            })
            .AsAsyncEnumerable();

        json.WriteStartArray("questionnaires");
        Guid? open = null;
        await foreach (var row in answers.WithCancellation(cancellationToken))
        {
            if (row.Id != open)
            {
                if (open is not null) EndResponse(json);
                open = row.Id;
                var instrument = catalogue.Find(row.InstrumentId);
                json.WriteStartObject();
                json.Text("questionnaire", instrument?.Name ?? row.InstrumentId);
                json.WriteNumber("version", row.InstrumentVersion);
                json.Instant("answeredAt", row.AnsweredAt);
                json.Text("answeredBy", row.By);
                json.WriteBoolean("late", row.Late);
                json.WriteBoolean("withYourClinician", row.WithClinician);
                json.WriteNumber("score", row.Total);
                json.Text("band", row.Band);
                json.WriteStartArray("answers");
                await json.FlushIfFullAsync(cancellationToken);
            }
            json.WriteStartObject();
            json.WriteNumber("question", row.Item);
            json.Number("answer", row.Value);
            json.Text(row.Value is null ? "yourWords" : "about", row.Text);
            json.WriteEndObject();
        }
        if (open is not null) EndResponse(json);
        json.WriteEndArray();

        var due = await db.MeasuresDue.Open().Where(d => mine.Contains(d.FamilyId)).OrderBy(d => d.DueAt)
            .Select(d => new { d.InstrumentId, d.Reason, d.DueAt }).ToListAsync(cancellationToken);
        json.WriteStartArray("questionnairesToFillIn");
        foreach (var d in due)
        {
            json.WriteStartObject();
            json.Text("questionnaire", catalogue.Find(d.InstrumentId)?.Name ?? d.InstrumentId);
            json.Text("why", d.Reason);
            json.Instant("askedAt", d.DueAt);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void EndResponse(Utf8JsonWriter json)
    {
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
