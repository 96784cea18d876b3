using Microsoft.Extensions.Options;

namespace Alongside.Web.Kernel.Risk;

/// <summary>
/// Raises, escalates and closes risk alerts. Raising tells the first responders at once and
/// records the alert in the caller's unit of work; <see cref="RiskEscalation"/> climbs the ladder
/// while nobody acknowledges it. Emails say where, never what.
/// </summary>
public sealed class RiskAlerts(AlongsideDbContext db, Notices notices, TimeProvider clock, IOptions<RiskOptions> options)
{
    private static readonly Role[] Answerers = [Role.Clinician, Role.Supervisor, Role.Admin];

    /// <summary>Something a family wrote: their care team first, else the admins of the organisations working with them.</summary>
    public async Task RaiseForFamilyAsync(Guid familyId, string where, string path)
    {
        var organisations = await db.FamilyOrganisations.Where(o => o.FamilyId == familyId).Select(o => o.OrganisationId).ToListAsync();
        var people = await FamilyRecipients.CareTeamAsync(db, familyId);
        if (people.Count == 0) people = await StaffAsync(organisations, Role.Admin);
        await RaiseAsync(familyId, organisations, people, where, path, people.Count == 0 ? "the organisations' admins (none found)" : "the care team");
    }

    /// <summary>
    /// Something written to one organisation before anyone there knows the family (a request for
    /// help, a peer support request, a group): <paramref name="firstResponders"/> first.
    /// </summary>
    public Task RaiseForOrganisationAsync(Guid organisationId, Guid? familyId, IReadOnlyList<Recipient> firstResponders, string firstRespondersAre, string where, string path) =>
        RaiseAsync(familyId, [organisationId], firstResponders, where, path, firstRespondersAre);

    private async Task RaiseAsync(Guid? familyId, IReadOnlyList<Guid> organisations, IReadOnlyList<Recipient> people, string where, string path, string told)
    {
        var now = clock.GetUtcNow();
        var alert = new RiskAlert
        {
            FamilyId = familyId,
            Where = where,
            Path = path,
            RaisedAt = now,
            Level = RiskLevel.FirstResponders,
            NextEscalationAt = RiskLadder.NextEscalation(RiskLevel.FirstResponders, now, Wait),
        };
        alert.Organisations.AddRange(organisations.Distinct().Select(o => new RiskAlertOrganisation { AlertId = alert.Id, OrganisationId = o }));
        alert.Steps.Add(new RiskAlertStep { AlertId = alert.Id, At = now, What = $"Raised: {told} told ({people.Count})" });
        db.RiskAlerts.Add(alert);
        await notices.SendAsync(people, new RiskAlertNotice(where, "/staff/risk"));
    }

    /// <summary>Open alerts whose wait is over climb one rung (two when a rung has nobody). Returns how many climbed.</summary>
    public async Task<int> EscalateDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var due = await db.RiskAlerts.Include(a => a.Organisations)
            .Where(a => a.AcknowledgedAt == null && a.NextEscalationAt != null && a.NextEscalationAt <= now)
            .OrderBy(a => a.NextEscalationAt).Take(100).ToListAsync(cancellationToken);
        foreach (var alert in due)
        {
            var organisations = alert.Organisations.Select(o => o.OrganisationId).ToList();
            while (RiskLadder.Next(alert.Level) is { } next)
            {
                alert.Level = next;
                var people = await StaffAsync(organisations, next == RiskLevel.DutyContacts ? Role.Supervisor : Role.Admin);
                db.RiskAlertSteps.Add(new RiskAlertStep { AlertId = alert.Id, At = now, What = $"Not acknowledged in time: {RiskLadder.Describe(next)} told ({people.Count})" });
                await notices.SendAsync(people, new RiskAlertNotice(alert.Where, "/staff/risk", Escalated: true));
                if (people.Count > 0) break;
            }
            alert.NextEscalationAt = RiskLadder.NextEscalation(alert.Level, now, Wait);
        }
        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }

    /// <summary>
    /// Alerts the person may answer: on the family's care team, or a clinician, supervisor or admin
    /// of one of its organisations; for alerts about no family (a group), its peer supporters too.
    /// </summary>
    public IQueryable<RiskAlert> VisibleTo(Guid userId) =>
        db.RiskAlerts.Where(a =>
            a.Organisations.Any(o => db.Memberships.Any(m => m.UserId == userId && m.OrganisationId == o.OrganisationId
                && (Answerers.Contains(m.Role) || (a.FamilyId == null && m.Role == Role.PeerSupporter))))
            || (a.FamilyId != null && db.CareTeamMembers.Any(c => c.FamilyId == a.FamilyId && c.UserId == userId)));

    /// <summary>A person says what they did; the alert stops climbing. False when they may not, or it is already closed.</summary>
    public async Task<bool> AcknowledgeAsync(Guid alertId, Guid userId, string actionTaken, string who)
    {
        var alert = await VisibleTo(userId).SingleOrDefaultAsync(a => a.Id == alertId && a.AcknowledgedAt == null);
        if (alert is null) return false;
        var now = clock.GetUtcNow();
        alert.AcknowledgedAt = now;
        alert.AcknowledgedByUserId = userId;
        alert.ActionTaken = actionTaken;
        alert.NextEscalationAt = null;
        db.RiskAlertSteps.Add(new RiskAlertStep { AlertId = alert.Id, At = now, What = $"Acknowledged by {who}" });
        await db.SaveChangesAsync();
        return true;
    }

    private TimeSpan Wait => TimeSpan.FromMinutes(options.Value.AcknowledgeWithinMinutes);

    private Task<List<Recipient>> StaffAsync(IReadOnlyList<Guid> organisations, Role role) =>
        db.Memberships.Where(m => organisations.Contains(m.OrganisationId) && m.Role == role && m.User!.Email != null)
            .Select(m => new Recipient(m.User!.Email!, m.User.DisplayName)).Distinct().Take(50).ToListAsync();
}
