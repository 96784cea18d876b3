using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Sessions;

/// <summary>A parent invites someone to one session by email, and can take the invitation back.</summary>
[Authorize(Policy = Policies.ParentCarer)]
public sealed class GuestsModel(AlongsideDbContext db, Notices notices, TimeProvider clock) : PageModel
{
    public const int MaxGuests = 5;

    /// <summary>Guest invitations one person may send in 24 hours, across all their sessions.</summary>
    public const int InvitationsPerDay = 20;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Session? Current { get; private set; }
    public IReadOnlyList<SessionGuest> Invited { get; private set; } = [];

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter their name")]
        [StringLength(100, ErrorMessage = "Their name must be 100 characters or fewer")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Enter their email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the right format, like name@example.com")]
        [StringLength(256, ErrorMessage = "The email address must be 256 characters or fewer")]
        public string? Email { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (Invited.Count(g => g.RevokedAt is null) >= MaxGuests) ModelState.AddModelError("Input.Email", $"You can invite up to {MaxGuests} people to a session");
        var email = Input.Email?.Trim() ?? "";
        if (Invited.Any(g => g.RevokedAt is null && string.Equals(g.Email, email, StringComparison.OrdinalIgnoreCase)))
            ModelState.AddModelError("Input.Email", "You have already invited this person to this session");
        // Each invitation is an email to an address the parent typed: a daily cap stops it being used to send mail in bulk.
        var since = clock.GetUtcNow().AddDays(-1);
        var me = User.Id();
        if (await db.SessionGuests.CountAsync(g => g.InvitedByUserId == me && g.InvitedAt > since) >= InvitationsPerDay)
            ModelState.AddModelError("Input.Email", $"You can send up to {InvitationsPerDay} invitations a day. Please try again tomorrow.");
        if (!ModelState.IsValid) return Page();

        var (token, hash) = SecretTokens.New();
        var inviter = User.DisplayName();
        db.SessionGuests.Add(new SessionGuest
        {
            SessionId = id,
            Name = Input.Name!.Trim(),
            Email = email,
            TokenHash = hash,
            InvitedByUserId = User.Id(),
            InvitedAt = clock.GetUtcNow(),
        });
        await notices.SendAsync(new Recipient(email, Input.Name!.Trim()), new GuestInvitationNotice(inviter, Current!.StartsAt, token));
        await db.SaveChangesAsync();
        this.Flash($"{Input.Name!.Trim()} has been sent an invitation");
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, Guid guestId)
    {
        if (!await LoadAsync(id)) return NotFound();
        var guest = await db.SessionGuests.SingleOrDefaultAsync(g => g.Id == guestId && g.SessionId == id && g.RevokedAt == null);
        if (guest is null) return NotFound();
        guest.RevokedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        this.Flash($"{guest.Name}'s link no longer works");
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var familyIds = db.FamilyIdsCaredForBy(User.Id());
        var now = clock.GetUtcNow();
        Current = await db.Sessions.SingleOrDefaultAsync(s => s.Id == id && familyIds.Contains(s.FamilyId) && s.Status == SessionStatus.Booked && s.EndsAt > now);
        if (Current is null) return false;
        Invited = await db.SessionGuests.Where(g => g.SessionId == id).OrderBy(g => g.InvitedAt).Take(50).ToListAsync();
        return true;
    }
}
