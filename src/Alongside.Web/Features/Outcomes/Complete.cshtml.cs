using System.Globalization;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Outcomes;

/// <summary>
/// A parent fills in one due questionnaire: one group of choices per item (each a fieldset a
/// keyboard moves through), free text where asked. Out-of-range or missing answers come back
/// with a message by the item and nothing is saved; a second answer to the same point is refused.
/// </summary>
[Authorize(Policy = Policies.ParentCarer)]
public sealed class CompleteModel(AlongsideDbContext db, Instruments instruments, MeasureRecording recording) : PageModel
{
    public Instrument Instrument { get; private set; } = null!;
    public string Reason { get; private set; } = "";

    /// <summary>For a goals measure, each goal's words; they are the items.</summary>
    public IReadOnlyList<string> Goals { get; private set; } = [];
    public Dictionary<int, string> Given { get; } = [];
    public IEnumerable<(int Number, string Text, bool FreeText)> Questions => Instrument.Kind == InstrumentKind.Goals
        ? Goals.Select((g, n) => (n + 1, g, false))
        : Instrument.Items.Select(i => (i.Number, i.Text ?? $"Question {i.Number}", i.FreeText));

    public async Task<IActionResult> OnGetAsync(Guid dueId) => await LoadAsync(dueId) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(Guid dueId)
    {
        var due = await LoadAsync(dueId);
        if (due is null) return NotFound();
        var values = new Dictionary<int, int>();
        var texts = new Dictionary<int, string>();
        foreach (var (number, _, freeText) in Questions)
        {
            var raw = Request.Form[$"item-{number}"].ToString();
            Given[number] = raw;
            if (freeText) texts[number] = raw;
            else if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) values[number] = value;
            else if (raw.Length > 0) values[number] = int.MinValue; // not an answer on the scale: refused by the check
        }
        var result = await recording.RecordAsync(due, Instrument, Goals, values, texts, User.Id(), withClinician: null);
        switch (result.Outcome)
        {
            case RecordOutcome.AlreadyAnswered:
                this.Flash("This questionnaire has already been filled in. Thank you.");
                return Redirect("/family/measures");
            case RecordOutcome.Refused:
                // Each message names its question, so a list of them in the summary makes sense.
                var questions = Questions.ToDictionary(q => q.Number, q => Instrument.Kind == InstrumentKind.Goals ? $"goal {q.Number}" : $"\"{q.Text}\"");
                foreach (var (item, problem) in result.Problems)
                {
                    ModelState.AddModelError($"item-{item}", questions.TryGetValue(item, out var question) ? $"{problem} for {question}" : problem);
                }
                return Page();
        }
        if (result.Risk) TempData["UrgentHelp"] = true;
        this.Flash($"Thank you. Your answers to \"{Instrument.Name}\" are saved.");
        return Redirect(result.Risk ? "/family/progress" : "/family/measures");
    }

    private async Task<MeasureDue?> LoadAsync(Guid dueId)
    {
        var due = await FamilyMeasures.DueFor(db, User.Id()).SingleOrDefaultAsync(d => d.Id == dueId);
        if (due is null || await instruments.FindAsync(due.InstrumentId) is not { } instrument) return null;
        Instrument = instrument;
        Reason = due.Reason;
        if (instrument.Kind == InstrumentKind.Goals)
        {
            Goals = await FamilyMeasures.GoalsAsync(db, due);
            if (Goals.Count == 0) return null;
        }
        return due;
    }
}
