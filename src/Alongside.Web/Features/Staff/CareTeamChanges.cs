using Alongside.Web.Infrastructure.Auditing;

namespace Alongside.Web.Features.Staff;

/// <summary>
/// Joining and leaving a family's care team. A clinician asks; a care team member or an admin of
/// the clinician's organisation says yes or no; an admin may add their own clinicians directly.
/// Every change is audited and the family is told who joined or left.
/// Who may do what is decided inside each query, so a forged id changes nothing.
/// </summary>
public sealed class CareTeamChanges(AlongsideDbContext db, Notices notices, AuditLog audit, TimeProvider clock)
{
    /// <summary>A clinician of an organisation that works with the family asks to join. False when they may not.</summary>
    public async Task<bool> AskAsync(Guid familyId, Guid me)
    {
        var organisationId = await ClinicianOrganisationAsync(familyId, me);
        if (organisationId is null) return false;
        if (await db.CareTeamMembers.AnyAsync(c => c.FamilyId == familyId && c.UserId == me)
            || await db.CareTeamRequests.AnyAsync(r => r.FamilyId == familyId && r.UserId == me && r.DecidedAt == null)) return true;
        db.CareTeamRequests.Add(new CareTeamRequest { FamilyId = familyId, UserId = me, OrganisationId = organisationId.Value, RequestedAt = clock.GetUtcNow() });
        await audit.AddAsync("care-team", "Family", familyId, familyId, "Asked to join the care team");
        var organisation = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync();
        var deciders = (await FamilyRecipients.CareTeamAsync(db, familyId))
            .Concat(await FamilyRecipients.StaffAsync(db, organisationId.Value, Role.Admin, Role.Admin)).DistinctBy(r => r.Email).ToList();
        await notices.SendAsync(deciders, new CareTeamRequestNotice(organisation, $"/staff/families/{familyId}"));
        await SaveAsync();
        return true;
    }

    /// <summary>A care team member, or an admin of the asker's organisation, decides an open request.</summary>
    public async Task<bool> DecideAsync(Guid familyId, Guid requestId, bool approve, Guid me)
    {
        var request = await db.CareTeamRequests
            .Where(r => r.Id == requestId && r.FamilyId == familyId && r.DecidedAt == null && r.UserId != me
                        && (db.CareTeamMembers.Any(c => c.FamilyId == familyId && c.UserId == me)
                            || db.Memberships.Any(a => a.UserId == me && a.OrganisationId == r.OrganisationId && a.Role == Role.Admin)))
            .SingleOrDefaultAsync();
        if (request is null) return false;
        request.DecidedAt = clock.GetUtcNow();
        request.DecidedByUserId = me;
        request.Approved = approve;
        if (approve) await AddMemberAsync(familyId, request.UserId, request.OrganisationId);
        else await audit.AddAsync("care-team", "Family", familyId, familyId, "Declined a request to join the care team");
        var asker = await db.Users.Where(u => u.Id == request.UserId && u.Email != null).Select(u => new Recipient(u.Email!, u.DisplayName)).SingleOrDefaultAsync();
        if (asker is not null) await notices.SendAsync(asker, new CareTeamDecisionNotice(approve, $"/staff/families/{familyId}"));
        await SaveAsync();
        return true;
    }

    /// <summary>An admin adds one of their own organisation's clinicians (the admin's yes is the approval).</summary>
    public async Task<bool> AddAsync(Guid familyId, Guid userId, Guid me)
    {
        var organisationId = await db.Memberships
            .Where(m => m.UserId == userId && m.Role == Role.Clinician
                        && db.FamilyOrganisations.Any(fo => fo.FamilyId == familyId && fo.OrganisationId == m.OrganisationId)
                        && db.Memberships.Any(a => a.UserId == me && a.OrganisationId == m.OrganisationId && a.Role == Role.Admin))
            .Select(m => (Guid?)m.OrganisationId).FirstOrDefaultAsync();
        if (organisationId is null) return false;
        if (await db.CareTeamMembers.AnyAsync(c => c.FamilyId == familyId && c.UserId == userId)) return true;
        await db.CareTeamRequests.Where(r => r.FamilyId == familyId && r.UserId == userId && r.DecidedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.DecidedAt, clock.GetUtcNow()).SetProperty(r => r.DecidedByUserId, me).SetProperty(r => r.Approved, true));
        await AddMemberAsync(familyId, userId, organisationId.Value);
        await SaveAsync();
        return true;
    }

    /// <summary>A member leaves, or an admin of the member's organisation removes them.</summary>
    public async Task<bool> RemoveAsync(Guid familyId, Guid userId, Guid me)
    {
        var member = await db.CareTeamMembers
            .Where(c => c.FamilyId == familyId && c.UserId == userId
                        && (userId == me || db.Memberships.Any(a => a.UserId == me && a.OrganisationId == c.OrganisationId && a.Role == Role.Admin)))
            .Include(c => c.User).SingleOrDefaultAsync();
        if (member is null) return false;
        db.CareTeamMembers.Remove(member);
        await audit.AddAsync("care-team", "Family", familyId, familyId, userId == me ? "Left the care team" : "Removed a clinician from the care team");
        await TellFamilyAsync(familyId, member.User!.DisplayName, member.OrganisationId, joined: false);
        await SaveAsync();
        return true;
    }

    private async Task AddMemberAsync(Guid familyId, Guid userId, Guid organisationId)
    {
        db.CareTeamMembers.Add(new CareTeamMember { FamilyId = familyId, UserId = userId, OrganisationId = organisationId, AddedAt = clock.GetUtcNow() });
        await audit.AddAsync("care-team", "Family", familyId, familyId, "Added a clinician to the care team");
        var name = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync();
        await TellFamilyAsync(familyId, name, organisationId, joined: true);
    }

    private async Task TellFamilyAsync(Guid familyId, string clinician, Guid organisationId, bool joined)
    {
        var organisation = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync();
        await notices.SendAsync(await FamilyRecipients.CarersAsync(db, familyId), new CareTeamChangedNotice(clinician, organisation, joined));
    }

    /// <summary>
    /// Two clicks at once (ask twice, approve twice) meet the unique keys: the first wins and the
    /// second changes nothing, which is what the person meant.
    /// </summary>
    private async Task SaveAsync()
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }
    }

    private Task<Guid?> ClinicianOrganisationAsync(Guid familyId, Guid userId) =>
        db.Memberships.Where(m => m.UserId == userId && m.Role == Role.Clinician
                                  && db.FamilyOrganisations.Any(fo => fo.FamilyId == familyId && fo.OrganisationId == m.OrganisationId))
            .Select(m => (Guid?)m.OrganisationId).FirstOrDefaultAsync();
}
