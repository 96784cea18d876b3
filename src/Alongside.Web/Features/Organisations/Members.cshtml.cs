using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Alongside.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Organisations;

/// <summary>
/// An organisation's admin sees its staff and their roles, gives a member another role, takes one
/// away, or removes a member. Parents and carers are not listed: they belong to families, not staff.
/// </summary>
[Authorize(Policy = Policies.OrganisationAdmin)]
public sealed class MembersModel(AlongsideDbContext db, AuditLog audit, UserSessions sessions, TimeProvider clock) : PageModel
{
    public const string LastAdmin = "An organisation must keep at least one admin. Give someone else the admin role first.";

    public sealed record Member(Guid UserId, string Name, string? Email, IReadOnlyList<Role> Roles);

    public RunOrganisation Org { get; private set; } = null!;
    public IReadOnlyList<Member> All { get; private set; } = [];

    public IReadOnlyList<Option> StaffRoles { get; } = RoleNames.StaffRoles.Select(r => new Option(r.ToString(), RoleNames.Display(r))).ToList();

    public async Task<IActionResult> OnGetAsync(Guid? organisation) =>
        await LoadAsync(organisation) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddRoleAsync(Guid? organisation, Guid userId, Role? role)
    {
        if (!await LoadAsync(organisation) || Find(userId) is not { } member) return NotFound();
        if (role is not { } r || !RoleNames.IsStaff(r))
        {
            ModelState.AddModelError($"role-{userId}", $"Select a staff role to give {member.Name}");
            return Page();
        }
        if (member.Roles.Contains(r))
        {
            this.Flash($"{member.Name} is already {RoleNames.Display(r).ToLowerInvariant()}.");
            return Redirect(Org.Link("/admin/members"));
        }
        db.Memberships.Add(new Membership { UserId = userId, OrganisationId = Org.Id, Role = r, CreatedAt = clock.GetUtcNow() });
        await audit.AddAsync("settings", "Member", userId, null, $"Gave {member.Name} the role {RoleNames.Display(r)} in {Org.Name}");
        await db.SaveChangesAsync();
        this.Flash($"{member.Name} is now also {RoleNames.Display(r).ToLowerInvariant()}. They see it when they next sign in.");
        return Redirect(Org.Link("/admin/members"));
    }

    public async Task<IActionResult> OnPostRemoveRoleAsync(Guid? organisation, Guid userId, Role role)
    {
        if (!await LoadAsync(organisation) || Find(userId) is not { } member || !member.Roles.Contains(role)) return NotFound();
        var leaves = member.Roles.Count == 1;
        var done = await ChangeAsync(userId, [role],
            leaves ? $"Removed {member.Name} from {Org.Name} (their only role was {RoleNames.Display(role)})" : $"Took the role {RoleNames.Display(role)} in {Org.Name} from {member.Name}");
        if (!done) return Page();
        this.Flash(leaves ? $"{member.Name} is no longer a member of {Org.Name}." : $"{member.Name} is no longer {RoleNames.Display(role).ToLowerInvariant()}.");
        return Redirect(Org.Link("/admin/members"));
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid? organisation, Guid userId)
    {
        if (!await LoadAsync(organisation) || Find(userId) is not { } member) return NotFound();
        if (!await ChangeAsync(userId, member.Roles, $"Removed {member.Name} from {Org.Name}")) return Page();
        this.Flash($"{member.Name} is no longer a member of {Org.Name}.");
        return Redirect(Org.Link("/admin/members"));
    }

    /// <summary>
    /// Takes the roles away in one transaction, refusing to leave the organisation without an
    /// admin; the person is signed out everywhere, so their cookie's old roles stop working at once.
    /// </summary>
    private async Task<bool> ChangeAsync(Guid userId, IReadOnlyCollection<Role> roles, string reason)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        // Writing the organisation's row first makes two admins changing its members take turns,
        // so two admins removing each other cannot both pass the last-admin check.
        await db.Organisations.Where(o => o.Id == Org.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Name, o => o.Name));
        if (roles.Contains(Role.Admin)
            && !await db.Memberships.AnyAsync(m => m.OrganisationId == Org.Id && m.Role == Role.Admin && m.UserId != userId))
        {
            ModelState.AddModelError("", LastAdmin);
            return false;
        }
        await db.Memberships.Where(m => m.OrganisationId == Org.Id && m.UserId == userId && roles.Contains(m.Role)).ExecuteDeleteAsync();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, Guid.NewGuid().ToString("N")));
        await sessions.EndAllAsync(userId);
        await audit.AddAsync("settings", "Member", userId, null, reason);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return true;
    }

    private Member? Find(Guid userId) => All.FirstOrDefault(m => m.UserId == userId);

    private async Task<bool> LoadAsync(Guid? organisation)
    {
        if (await RunOrganisation.FindAsync(db, User.Id(), organisation) is not { } org) return false;
        Org = org;
        var rows = await db.Memberships.Where(m => m.OrganisationId == org.Id && m.Role != Role.ParentCarer)
            .Select(m => new { m.UserId, m.User!.DisplayName, m.User.Email, m.Role }).ToListAsync();
        All = rows.GroupBy(r => r.UserId)
            .Select(g => new Member(g.Key, g.First().DisplayName, g.First().Email, g.Select(r => r.Role).Order().ToList()))
            .OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(m => m.Email, StringComparer.Ordinal).ToList();
        return true;
    }
}
