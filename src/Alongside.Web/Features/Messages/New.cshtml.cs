using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Messages;

/// <summary>
/// Starts a conversation: a carer with their care team, a care team member with a family, or
/// (<c>?matchId=</c>) a carer with their matched peer supporter and the supporter with the family.
/// </summary>
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

    /// <summary>The match, for a peer support conversation.</summary>
    public Guid? MatchId { get; private set; }
    public string? PeerOrganisation { get; private set; }
    public string? PeerSupporter { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter a subject")]
        [StringLength(120, ErrorMessage = "The subject must be 120 characters or fewer")]
        public string? Subject { get; set; }

        [Required(ErrorMessage = "Write your message")]
        [StringLength(MessageSending.MaxBodyLength, ErrorMessage = "Your message must be 8,000 characters or fewer")]
        public string? Body { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid? familyId, Guid? matchId) =>
        await (matchId is { } match ? LoadPeerAsync(match) : LoadAsync(familyId)) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid? familyId, Guid? matchId)
    {
        if (!await (matchId is { } match ? LoadPeerAsync(match) : LoadAsync(familyId))) return NotFound();
        var attachment = await MessageSending.ReadAttachmentAsync(Attachment, ModelState, nameof(Attachment));
        if (!ModelState.IsValid) return Page();
        var now = clock.GetUtcNow();
        var thread = new MessageThread { FamilyId = FamilyId, Subject = Input.Subject!.Trim(), StartedByUserId = User.Id(), StartedAt = now, LastMessageAt = now, PeerSupportRequestId = MatchId };
        db.MessageThreads.Add(thread);
        // A new thread: nobody has read it yet.
        var risk = await sending.AddAsync(thread, User.Id(), Input.Body!, attachment, senderHasReadMarker: false);
        await db.SaveChangesAsync();
        if (risk) TempData["UrgentHelp"] = true;
        this.Flash("Your message is sent");
        return Redirect($"/messages/{thread.Id}");
    }

    /// <summary>
    /// A peer support conversation: only while the match is on, by a carer of its family or its
    /// supporter; never a supervisor (they read, never write), anyone else 404.
    /// </summary>
    private async Task<bool> LoadPeerAsync(Guid matchId)
    {
        var me = User.Id();
        var cared = db.FamilyIdsCaredForBy(me);
        var match = await db.PeerSupportRequests.On().Where(r => r.Id == matchId && (r.SupporterUserId == me || cared.Contains(r.FamilyId)))
            .Select(r => new
            {
                r.FamilyId,
                IsCarer = cared.Contains(r.FamilyId),
                Family = db.Families.Where(f => f.Id == r.FamilyId).Select(f => f.Name).First(),
                Organisation = db.Organisations.Where(o => o.Id == r.OrganisationId).Select(o => o.Name).First(),
                Supporter = db.Users.Where(u => u.Id == r.SupporterUserId).Select(u => u.DisplayName).First(),
            })
            .SingleOrDefaultAsync();
        if (match is null) return false;
        (FamilyId, FamilyName, IsCarer, MatchId, PeerOrganisation, PeerSupporter) = (match.FamilyId, match.Family, match.IsCarer, matchId, match.Organisation, match.Supporter);
        return true;
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
