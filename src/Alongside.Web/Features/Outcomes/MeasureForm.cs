using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Alongside.Web.Features.Outcomes;

/// <summary>
/// One due questionnaire as a form, for the parent filling it in or a clinician filling it in with
/// them: its questions (for goals, the plan's goals), what was given, and the reading of a post.
/// </summary>
public sealed class MeasureForm(Instrument instrument, string reason, IReadOnlyList<string> goals)
{
    public Instrument Instrument { get; } = instrument;
    public string Reason { get; } = reason;
    public IReadOnlyList<string> Goals { get; } = goals;
    public Dictionary<int, string> Given { get; } = [];
    public string SubmitLabel { get; init; } = "Save my answers";

    public IEnumerable<(int Number, string Text, bool FreeText)> Questions => Instrument.Kind == InstrumentKind.Goals
        ? Goals.Select((g, n) => (n + 1, g, false))
        : Instrument.Items.Select(i => (i.Number, i.Text ?? $"Question {i.Number}", i.FreeText));

    /// <summary>The posted answers: numbers on the scale and free text, keeping what was given to show again.</summary>
    public (Dictionary<int, int> Values, Dictionary<int, string> Texts) Read(IFormCollection form)
    {
        var values = new Dictionary<int, int>();
        var texts = new Dictionary<int, string>();
        foreach (var (number, _, freeText) in Questions)
        {
            var raw = form[$"item-{number}"].ToString();
            Given[number] = raw;
            if (freeText) texts[number] = raw;
            else if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) values[number] = value;
            else if (raw.Length > 0) values[number] = int.MinValue; // not an answer on the scale: refused by the check
        }
        return (values, texts);
    }

    /// <summary>Each problem by its question, named so that a list of them in the summary makes sense.</summary>
    public void AddErrors(ModelStateDictionary state, IEnumerable<(int Item, string Problem)> problems)
    {
        var questions = Questions.ToDictionary(q => q.Number, q => Instrument.Kind == InstrumentKind.Goals ? $"goal {q.Number}" : $"\"{q.Text}\"");
        foreach (var (item, problem) in problems)
        {
            state.AddModelError($"item-{item}", questions.TryGetValue(item, out var question) ? $"{problem} for {question}" : problem);
        }
    }

    /// <summary>The form for a due measure the caller may see, or null when its instrument or goals are gone.</summary>
    public static async Task<MeasureForm?> ForAsync(AlongsideDbContext db, Instruments instruments, MeasureDue due)
    {
        if (await instruments.FindAsync(due.InstrumentId) is not { } instrument) return null;
        var goals = instrument.Kind == InstrumentKind.Goals ? await FamilyMeasures.GoalsAsync(db, due) : [];
        return instrument.Kind == InstrumentKind.Goals && goals.Count == 0 ? null : new MeasureForm(instrument, due.Reason, goals);
    }
}
