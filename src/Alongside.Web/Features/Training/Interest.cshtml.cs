using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Alongside.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Training;

/// <summary>
/// One interest in training, for the receiving organisation's admins and supervisors: the details,
/// staff notes, and moving it on a step (the person is emailed a short notice of each move, never the note).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class InterestModel(AlongsideDbContext db, Notices notices, AuditLog audit, TimeProvider clock) : PageModel
{
    public sealed record NoteRow(string Author, string Text, InterestStatus? MovedTo, DateTimeOffset At);

    public TrainingInterest Interest { get; private set; } = null!;
    public string Organisation { get; private set; } = "";
    public IReadOnlyList<NoteRow> Notes { get; private set; } = [];

    /// <summary>The note form; bound only by its handler, so the move form is not checked against it.</summary>
    public NoteInput Note { get; set; } = new();

    public MoveInput Move { get; set; } = new();

    public IReadOnlyList<Option> Moves => InterestSteps.MovesFrom(Interest.Status)
        .Select(s => new Option(s.ToString(), InterestSteps.Display(s))).ToList();

    public sealed class NoteInput
    {
        [Required(ErrorMessage = "Write the note")]
        [StringLength(2000, ErrorMessage = "The note must be 2,000 characters or fewer")]
        public string? Text { get; set; }
    }

    public sealed class MoveInput
    {
        [Required(ErrorMessage = "Select the step to move to")]
        public InterestStatus? To { get; set; }

        [StringLength(2000, ErrorMessage = "The note must be 2,000 characters or fewer")]
        public string? Note { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostNoteAsync(Guid id, [Bind(Prefix = nameof(Note))] NoteInput note)
    {
        Note = note;
        if (!await LoadAsync(id)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var now = clock.GetUtcNow();
        db.TrainingInterestNotes.Add(new TrainingInterestNote { InterestId = id, AuthorUserId = User.Id(), Text = note.Text!.Trim(), CreatedAt = now });
        Interest.UpdatedAt = now;
        await audit.AddAsync("write", "TrainingInterest", id, null, "Added a note to an interest in training");
        await db.SaveChangesAsync();
        this.Flash("Note added");
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, [Bind(Prefix = nameof(Move))] MoveInput move)
    {
        Move = move;
        if (!await LoadAsync(id)) return NotFound();
        if (move.To is { } to && !InterestSteps.CanMove(Interest.Status, to))
            ModelState.AddModelError("Move.To", $"Select a step other than {InterestSteps.Display(Interest.Status)}");
        if (!ModelState.IsValid) return Page();

        var step = move.To!.Value;
        var now = clock.GetUtcNow();
        (Interest.Status, Interest.UpdatedAt) = (step, now);
        db.TrainingInterestNotes.Add(new TrainingInterestNote { InterestId = id, AuthorUserId = User.Id(), Text = move.Note?.Trim() ?? "", MovedTo = step, CreatedAt = now });
        await notices.SendAsync(new Recipient(Interest.Email, Interest.Name), new InterestStepNotice(Organisation, step));
        await audit.AddAsync("write", "TrainingInterest", id, null, $"Moved an interest in training to {InterestSteps.Display(step)}");
        await db.SaveChangesAsync();
        this.Flash($"Moved to {InterestSteps.Display(step)}. {Interest.Name} has been emailed.");
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var mine = db.InterestOrganisationsOf(User.Id());
        var found = await db.TrainingInterests.Where(i => i.Id == id && mine.Contains(i.OrganisationId))
            .Select(i => new { Interest = i, Organisation = db.Organisations.Where(o => o.Id == i.OrganisationId).Select(o => o.Name).First() })
            .SingleOrDefaultAsync();
        if (found is null) return false;
        (Interest, Organisation) = (found.Interest, found.Organisation);
        Notes = await db.TrainingInterestNotes.Where(n => n.InterestId == id)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Select(n => new NoteRow(db.Users.Where(u => u.Id == n.AuthorUserId).Select(u => u.DisplayName).FirstOrDefault() ?? "Former member", n.Text, n.MovedTo, n.CreatedAt))
            .ToListAsync();
        return true;
    }
}
