using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Sessions;

/// <summary>After a session, its clinician (or anyone on the family's care team) writes private notes and a summary for the parents.</summary>
[Authorize(Policy = Policies.FamilyWorker)]
public sealed class NotesModel(AlongsideDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string Heading { get; private set; } = "";

    public sealed class InputModel
    {
        [StringLength(8000, ErrorMessage = "The private notes must be 8,000 characters or fewer")]
        public string? PrivateNotes { get; set; }

        [StringLength(4000, ErrorMessage = "The summary must be 4,000 characters or fewer")]
        public string? ParentSummary { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var session = await FindAsync(id);
        if (session is null) return NotFound();
        var note = await db.SessionNotes.SingleOrDefaultAsync(n => n.SessionId == id);
        Input = new InputModel { PrivateNotes = note?.PrivateNotes, ParentSummary = note?.ParentSummary };
        await audit.RecordReadAsync("SessionNote", id, session.FamilyId, "Opened session notes");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var session = await FindAsync(id);
        if (session is null) return NotFound();
        if (string.IsNullOrWhiteSpace(Input.PrivateNotes) && string.IsNullOrWhiteSpace(Input.ParentSummary))
            ModelState.AddModelError("Input.PrivateNotes", "Write the notes, the summary for the parents, or both");
        if (!ModelState.IsValid) return Page();
        var note = await db.SessionNotes.SingleOrDefaultAsync(n => n.SessionId == id);
        if (note is null)
        {
            note = new SessionNote { SessionId = id };
            db.SessionNotes.Add(note);
        }
        note.PrivateNotes = Input.PrivateNotes?.Trim() ?? "";
        note.ParentSummary = Input.ParentSummary?.Trim() ?? "";
        note.WrittenByUserId = User.Id();
        note.UpdatedAt = clock.GetUtcNow();
        await audit.AddAsync("write", "SessionNote", id, session.FamilyId, "Wrote session notes");
        await db.SaveChangesAsync();
        this.Flash("Notes saved");
        return Redirect("/staff/sessions");
    }

    private async Task<Session?> FindAsync(Guid id)
    {
        var me = User.Id();
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == id
            && (s.ClinicianUserId == me || db.CareTeamMembers.Any(c => c.FamilyId == s.FamilyId && c.UserId == me)));
        if (session is not null) Heading = $"{SessionKinds.Describe(session.Kind)}, {TimeDisplay.Format(session.StartsAt)}";
        return session;
    }
}
