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
    public MeasureForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid dueId) => await LoadAsync(dueId) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(Guid dueId)
    {
        var due = await LoadAsync(dueId);
        if (due is null) return NotFound();
        var (values, texts) = Form.Read(Request.Form);
        var result = await recording.RecordAsync(due, Form.Instrument, Form.Goals, values, texts, User.Id(), withClinician: null);
        switch (result.Outcome)
        {
            case RecordOutcome.AlreadyAnswered:
                this.Flash("This questionnaire has already been filled in. Thank you.");
                return Redirect("/family/measures");
            case RecordOutcome.Refused:
                Form.AddErrors(ModelState, result.Problems);
                return Page();
        }
        if (result.Risk) TempData["UrgentHelp"] = true;
        this.Flash($"Thank you. Your answers to \"{Form.Instrument.Name}\" are saved.");
        return Redirect(result.Risk ? "/family/progress" : "/family/measures");
    }

    private async Task<MeasureDue?> LoadAsync(Guid dueId)
    {
        var due = await FamilyMeasures.DueFor(db, User.Id()).SingleOrDefaultAsync(d => d.Id == dueId);
        if (due is null || await MeasureForm.ForAsync(db, instruments, due) is not { } form) return null;
        Form = form;
        return due;
    }
}
