using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Admin;

/// <summary>An organisation admin invites staff and sees the latest invitations.</summary>
[Authorize(Policy = Policies.OrganisationAdmin)]
public sealed class InvitationsModel(AlongsideDbContext db, Notices notices, TimeProvider clock) : PageModel
{
    private const int ListSize = 50;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Organisations { get; private set; } = [];
    public IReadOnlyList<InvitationRow> Recent { get; private set; } = [];
    public string? Sent { get; private set; }

    /// <summary><c>Training</c>: for a peer supporter, their completed peer supporter training on Alongside, if any.</summary>
    public sealed record InvitationRow(Guid Id, string Organisation, string Name, string Email, Role Role, DateTimeOffset CreatedAt, string Status, bool CanRevoke, string? Training = null);

    public const string NoTraining = "No completed peer supporter training on Alongside";

    public sealed class InputModel
    {
        public Guid? OrganisationId { get; set; }

        [Required(ErrorMessage = "Enter their first name")]
        [StringLength(100, ErrorMessage = "The name must be 100 characters or fewer")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Enter their email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the right format, like name@example.com")]
        [StringLength(256, ErrorMessage = "The email address must be 256 characters or fewer")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Select their role")]
        public Role? Role { get; set; }
    }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var organisationId = Input.OrganisationId ?? (Organisations.Count == 1 ? Organisations[0].Id : null);
        if (organisationId is null)
        {
            ModelState.AddModelError("Input.OrganisationId", "Select the organisation they will join");
        }
        if (Input.Role is { } role && !RoleNames.IsStaff(role))
        {
            ModelState.AddModelError("Input.Role", "Parents and carers create their own accounts; choose a staff role");
        }
        if (!ModelState.IsValid) return Page();

        // The admin check is in the query: an organisation id from the form counts only if this admin runs it.
        var me = User.Id();
        var organisation = await db.Organisations
            .Where(o => o.Id == organisationId && o.Members.Any(m => m.UserId == me && m.Role == Role.Admin))
            .Select(o => new { o.Id, o.Name }).SingleOrDefaultAsync();
        if (organisation is null) return NotFound();

        var invitation = await StaffInvitations.AddAsync(db, notices, organisation.Id, organisation.Name, Input.Email!, Input.Name!, Input.Role!.Value, me, clock.GetUtcNow());
        await db.SaveChangesAsync();
        TempData["Sent"] = $"Invitation sent to {invitation.Email}";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        var me = User.Id();
        var now = clock.GetUtcNow();
        var revoked = await db.StaffInvitations
            .Where(i => i.Id == id && i.AcceptedAt == null && i.RevokedAt == null
                        && i.Organisation!.Members.Any(m => m.UserId == me && m.Role == Role.Admin))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.RevokedAt, now));
        if (revoked == 0) return NotFound();
        TempData["Sent"] = "Invitation withdrawn";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var me = User.Id();
        var now = clock.GetUtcNow();
        Sent = TempData["Sent"] as string;
        Organisations = (await db.Memberships.Where(m => m.UserId == me && m.Role == Role.Admin)
                .OrderBy(m => m.Organisation!.Name)
                .Select(m => new { m.OrganisationId, m.Organisation!.Name }).ToListAsync())
            .Select(o => (o.OrganisationId, o.Name)).ToList();
        var rows = await db.StaffInvitations
            .Where(i => i.Organisation!.Members.Any(m => m.UserId == me && m.Role == Role.Admin))
            .OrderByDescending(i => i.CreatedAt)
            .Take(ListSize)
            .Select(i => new { i.Id, Org = i.Organisation!.Name, i.DisplayName, i.Email, i.Role, i.CreatedAt, i.AcceptedAt, i.RevokedAt, i.ExpiresAt })
            .ToListAsync();
        var training = await PeerSupporterTrainingAsync(rows.Where(r => r.Role == Role.PeerSupporter).Select(r => r.Email).ToList());
        Recent = rows.Select(r => new InvitationRow(r.Id, r.Org, r.DisplayName, r.Email, r.Role, r.CreatedAt,
                r.AcceptedAt is not null ? "Accepted" : r.RevokedAt is not null ? "Withdrawn" : r.ExpiresAt <= now ? "Expired" : "Waiting",
                r.AcceptedAt is null && r.RevokedAt is null && r.ExpiresAt > now,
                r.Role == Role.PeerSupporter ? training.GetValueOrDefault(Normalise(r.Email), NoTraining) : null))
            .ToList();
    }

    /// <summary>
    /// For the addresses invited as peer supporters that belong to an account: that person's best
    /// completed peer supporter training, described. An address without an account reads the same
    /// as one without training, so the list does not say who has an account. The admin decides.
    /// </summary>
    private async Task<Dictionary<string, string>> PeerSupporterTrainingAsync(IReadOnlyCollection<string> emails)
    {
        var normalised = emails.Select(Normalise).Distinct().ToList();
        if (normalised.Count == 0) return [];
        var accounts = await db.Users.Where(u => u.NormalizedEmail != null && normalised.Contains(u.NormalizedEmail))
            .Select(u => new { u.Id, u.NormalizedEmail }).ToListAsync();
        var records = (await TrainingRecords.ForAsync(db, accounts.Select(a => a.Id).ToList(), CourseAudience.PeerSupporterTraining)).ToLookup(r => r.UserId);
        var today = clock.UkToday();
        return accounts.ToDictionary(a => a.NormalizedEmail!, a =>
            TrainingRecords.Best(records[a.Id], CourseAudience.PeerSupporterTraining, today) is { } best
                ? (best.IsCurrent(today) ? "Current peer supporter training: " : "Peer supporter training no longer current: ") + TrainingRecords.Describe(best, today, NoTraining)
                : NoTraining);
    }

    private static string Normalise(string email) => email.Trim().ToUpperInvariant();
}
