using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Messages;

/// <summary>Starts a conversation: a carer with their care team, or a care team member with a family.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class NewModel(AlongsideDbContext db, MessageSending sending, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Attachment { get; set; }

    public Guid FamilyId { get; private set; }
    public string FamilyName { get; private set; } = "";
    public bool IsCarer { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter a subject")]
        [StringLength(120, ErrorMessage = "The subject must be 120 characters or fewer")]
        public string? Subject { get; set; }

        [Required(ErrorMessage = "Write your message")]
        [StringLength(MessageSending.MaxBodyLength, ErrorMessage = "Your message must be 8,000 characters or fewer")]
        public string? Body { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid? familyId) => await LoadAsync(familyId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid? familyId)
    {
        if (!await LoadAsync(familyId)) return NotFound();
        var attachment = await MessageSending.ReadAttachmentAsync(Attachment, ModelState, nameof(Attachment));
        if (!ModelState.IsValid) return Page();
        var now = clock.GetUtcNow();
        var thread = new MessageThread { FamilyId = FamilyId, Subject = Input.Subject!.Trim(), StartedByUserId = User.Id(), StartedAt = now, LastMessageAt = now };
        db.MessageThreads.Add(thread);
        var risk = await sending.AddAsync(thread, User.Id(), Input.Body!, attachment);
        await db.SaveChangesAsync();
        if (risk) TempData["UrgentHelp"] = true;
        this.Flash("Your message is sent");
        return Redirect($"/messages/{thread.Id}");
    }

    /// <summary>Carers write about their own family; staff only to a family whose care team they are on.</summary>
    private async Task<bool> LoadAsync(Guid? familyId)
    {
        var me = User.Id();
        var mine = await db.Families.CaredForBy(db, me).Where(f => familyId == null || f.Id == familyId)
            .OrderBy(f => f.CreatedAt).Select(f => new { f.Id, f.Name }).FirstOrDefaultAsync();
        if (mine is not null)
        {
            (FamilyId, FamilyName, IsCarer) = (mine.Id, mine.Name, true);
            return await db.CareTeamMembers.AnyAsync(c => c.FamilyId == mine.Id) || await db.FamilyOrganisations.AnyAsync(o => o.FamilyId == mine.Id);
        }
        if (familyId is null) return false;
        var theirs = await db.Families.OnCareTeam(db, me).Where(f => f.Id == familyId).Select(f => new { f.Id, f.Name }).SingleOrDefaultAsync();
        if (theirs is null) return false;
        (FamilyId, FamilyName) = (theirs.Id, theirs.Name);
        return true;
    }
}
