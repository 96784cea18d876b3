using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Outcomes;

/// <summary>
/// A care team member fills in a due questionnaire with the parent during a session; the answer
/// is marked as filled in with them. Feedback and experience questionnaires are not offered here:
/// what a family says about the service is theirs to say without the clinician at their side.
/// </summary>
[Authorize(Policy = Policies.FamilyWorker)]
public sealed class WithFamilyModel(AlongsideDbContext db, Instruments instruments, InstrumentCatalogue catalogue, MeasureRecording recording, AuditLog audit) : PageModel
{
    public sealed record Row(Guid Id, string Name, string Reason, DateTimeOffset DueAt, bool ParentOnly);

    public Guid FamilyId { get; private set; }
    public string FamilyName { get; private set; } = "";
    public IReadOnlyList<Row> Due { get; private set; } = [];
    public MeasureForm? Form { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid familyId, Guid? dueId)
    {
        if (!await LoadFamilyAsync(familyId)) return NotFound();
        if (dueId is { } id) return await LoadDueAsync(id) is null ? NotFound() : Page();
        var due = await db.MeasuresDue.Open().Where(d => d.FamilyId == familyId).OrderBy(d => d.DueAt).ThenBy(d => d.InstrumentId).Take(50)
            .Select(d => new { d.Id, d.InstrumentId, d.Reason, d.DueAt }).ToListAsync();
        Due = due.Select(d => catalogue.Find(d.InstrumentId) is { } i ? new Row(d.Id, i.Name, d.Reason, d.DueAt, i.Kind == InstrumentKind.Feedback) : null)
            .OfType<Row>().ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid familyId, Guid? dueId)
    {
        if (!await LoadFamilyAsync(familyId) || dueId is null) return NotFound();
        var due = await LoadDueAsync(dueId.Value);
        if (due is null || Form is null) return NotFound();
        var (values, texts) = Form.Read(Request.Form);
        var me = User.Id();
        var result = await recording.RecordAsync(due, Form.Instrument, Form.Goals, values, texts, me, withClinician: me);
        switch (result.Outcome)
        {
            case RecordOutcome.AlreadyAnswered:
                this.Flash("This questionnaire has already been filled in.");
                return Redirect($"/staff/families/{familyId}/measures");
            case RecordOutcome.Refused:
                Form.AddErrors(ModelState, result.Problems);
                return Page();
        }
        await audit.AddAsync("write", "MeasureResponse", result.Response!.Id, familyId, $"Filled in {Form.Instrument.Name} with the family");
        await db.SaveChangesAsync();
        this.Flash($"Saved: {Form.Instrument.Name}, filled in with the family.{(result.Risk ? " An answer showed risk: the care team has been alerted. Follow your safeguarding procedure now." : "")}");
        return Redirect($"/staff/families/{familyId}/measures");
    }

    /// <summary>Only the family's care team, decided in the query.</summary>
    private async Task<bool> LoadFamilyAsync(Guid familyId)
    {
        var family = await db.Families.Where(f => f.Id == familyId).OnCareTeam(db, User.Id()).Select(f => new { f.Id, f.Name }).SingleOrDefaultAsync();
        if (family is null) return false;
        (FamilyId, FamilyName) = (family.Id, family.Name);
        return true;
    }

    private async Task<MeasureDue?> LoadDueAsync(Guid dueId)
    {
        var due = await db.MeasuresDue.Open().SingleOrDefaultAsync(d => d.Id == dueId && d.FamilyId == FamilyId);
        if (due is null || await MeasureForm.ForAsync(db, instruments, due) is not { } form || form.Instrument.Kind == InstrumentKind.Feedback) return null;
        Form = new MeasureForm(form.Instrument, form.Reason, form.Goals) { SubmitLabel = "Save the family's answers" };
        return due;
    }
}
