using System.Text.Json;

namespace Alongside.Web.Features.Strategies;

/// <summary>
/// "homeStrategies" in the download: each strategy shared with the family, and every home log
/// entry for it (the family's own words, with their note for the clinician). Two queries.
/// </summary>
internal sealed class StrategyData(AlongsideDbContext db) : IPersonalDataSection
{
    public int Order => 50;

    public async Task WriteAsync(DataSubject subject, Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        var mine = db.FamilyIdsCaredForBy(subject.UserId);
        // Strategies are few and short; the log (which grows every day) is streamed.
        var strategies = await db.HomeStrategies.Where(s => mine.Contains(s.FamilyId)).OrderBy(s => s.SharedAt)
            .Select(s => new { s.Id, s.Title, s.WhatToDo, s.WhyItHelps, s.HowOften, s.SharedAt, s.StoppedAt }).ToListAsync(cancellationToken);
        json.WriteStartArray("homeStrategies");
        foreach (var s in strategies)
        {
            json.WriteStartObject();
            json.Text("title", s.Title);
            json.Text("whatToDo", s.WhatToDo);
            json.Text("whyItHelps", s.WhyItHelps);
            json.Text("howOften", s.HowOften);
            json.Instant("sharedAt", s.SharedAt);
            json.Instant("stoppedAt", s.StoppedAt);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        var titles = strategies.ToDictionary(s => s.Id, s => s.Title);
        var log = db.HomeLogEntries.Where(e => mine.Contains(e.FamilyId)).OrderBy(e => e.Date).ThenBy(e => e.CreatedAt)
            .Select(e => new { e.StrategyId, e.Date, e.WhatHappened, e.Rating, e.Note, By = e.WrittenBy!.DisplayName, e.CreatedAt })
            .AsAsyncEnumerable();
        json.WriteStartArray("homeLog");
        await foreach (var e in log.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.Text("strategy", titles.GetValueOrDefault(e.StrategyId));
            json.Date("date", e.Date);
            json.Text("whatHappened", e.WhatHappened);
            json.WriteNumber("rating", e.Rating);
            json.Text("howItWent", StrategyRatings.Describe(e.Rating));
            json.Text("noteForYourClinician", e.Note);
            json.Text("writtenBy", e.By);
            json.Instant("writtenAt", e.CreatedAt);
            json.WriteEndObject();
            await json.FlushIfFullAsync(cancellationToken);
        }
        json.WriteEndArray();
    }
}
