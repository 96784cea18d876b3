namespace Alongside.Web.Kernel.Measures;

/// <summary>What happened to a set of answers.</summary>
public enum RecordOutcome
{
    Saved,
    AlreadyAnswered,
    Refused,
}

/// <summary>The result of recording: any problems per item, and whether an answer signalled risk.</summary>
public sealed record Recorded(RecordOutcome Outcome, IReadOnlyList<(int Item, string Problem)> Problems, bool Risk, MeasureResponse? Response);

/// <summary>
/// Checks, scores and stores a family's answers to one due measure, item by item with the
/// instrument version. Once per due point: the unique due id on the response lets one of two
/// simultaneous answers in; the other is told it was already answered. A risk item answered above
/// its threshold raises a risk alert for the care team in the same commit.
/// </summary>
public sealed class MeasureRecording(AlongsideDbContext db, RiskAlerts riskAlerts, TimeProvider clock)
{
    public const int MaxTextLength = 2000;

    /// <param name="goals">For a goals measure, the goals' words in order; else empty.</param>
    public async Task<Recorded> RecordAsync(MeasureDue due, Instrument instrument, IReadOnlyList<string> goals,
        IReadOnlyDictionary<int, int> values, IReadOnlyDictionary<int, string> texts, Guid answeredBy, Guid? withClinician)
    {
        if (due.AnsweredAt is not null || due.WithdrawnAt is not null) return new(RecordOutcome.AlreadyAnswered, [], false, null);
        var problems = InstrumentScoring.Check(instrument, values, goals.Count).ToList();
        var freeText = instrument.Items.Where(i => i.FreeText).Select(i => i.Number).ToHashSet();
        problems.AddRange(texts.Where(t => !freeText.Contains(t.Key)).Select(t => (t.Key, "This question is not part of the measure")));
        problems.AddRange(texts.Where(t => t.Value.Length > MaxTextLength).Select(t => (t.Key, $"Your answer must be {MaxTextLength:N0} characters or fewer")));
        if (problems.Count > 0) return new(RecordOutcome.Refused, problems, false, null);

        var now = clock.GetUtcNow();
        var score = InstrumentScoring.Score(instrument, values);
        var response = new MeasureResponse
        {
            FamilyId = due.FamilyId,
            DueId = due.Id,
            PlanId = due.PlanId,
            SessionId = due.SessionId,
            InstrumentId = instrument.Id,
            InstrumentVersion = instrument.Version,
            AnsweredByUserId = answeredBy,
            WithClinicianUserId = withClinician,
            AnsweredAt = now,
            Late = await db.MeasuresDue.AnyAsync(d => d.FamilyId == due.FamilyId && d.InstrumentId == due.InstrumentId && d.DueAt > due.DueAt),
            Total = score.Total,
            Band = score.Band?.Label,
        };
        foreach (var (item, value) in values)
        {
            response.Answers.Add(new MeasureAnswer { Item = item, Value = value, Text = instrument.Kind == InstrumentKind.Goals ? goals[item - 1] : null });
        }
        foreach (var (item, text) in texts.Where(t => !string.IsNullOrWhiteSpace(t.Value)))
        {
            response.Answers.Add(new MeasureAnswer { Item = item, Text = text.Trim() });
        }
        db.MeasureResponses.Add(response);
        due.AnsweredAt = now;

        var risk = instrument.Items.Any(i => i.RiskAbove is { } above && values.TryGetValue(i.Number, out var v) && v > above);
        if (risk) await riskAlerts.RaiseForFamilyAsync(due.FamilyId, "a wellbeing questionnaire", $"/staff/families/{due.FamilyId}");
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Answered at the same moment elsewhere: the unique due id let the other one in.
            db.ChangeTracker.Clear();
            return new(RecordOutcome.AlreadyAnswered, [], false, null);
        }
        return new(RecordOutcome.Saved, [], risk, response);
    }
}
