using System.Security.Claims;

namespace Alongside.Web.Infrastructure.Auditing;

/// <summary>
/// Records staff reads and changes of family records. Call it after the record has been
/// found through an access-checked query, so denied reads leave no entry. Each entry keeps the
/// actor's role and organisation as they were, for the family's "who has looked" page.
/// </summary>
public sealed class AuditLog(AlongsideDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    private sealed record StaffPlace(Role Role, Guid OrganisationId, string Organisation);

    private List<StaffPlace>? places;

    public async Task RecordReadAsync(string entityType, Guid entityId, Guid? familyId, string reason, CancellationToken cancellationToken = default)
    {
        await AddAsync("read", entityType, entityId, familyId, reason, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// One read entry per record shown on a list page (concerns, shared plans), in two queries
    /// whatever the number of families, then saved.
    /// </summary>
    public async Task RecordReadsAsync(string entityType, IReadOnlyCollection<(Guid EntityId, Guid FamilyId)> records, string reason, CancellationToken cancellationToken = default)
    {
        if (records.Count == 0) return;
        var familyIds = records.Select(r => r.FamilyId).Distinct().ToList();
        var worksWith = (await db.FamilyOrganisations.Where(fo => familyIds.Contains(fo.FamilyId))
            .Select(fo => new { fo.FamilyId, fo.OrganisationId }).ToListAsync(cancellationToken)).ToLookup(fo => fo.FamilyId, fo => fo.OrganisationId);
        var mine = await PlacesAsync(cancellationToken);
        foreach (var (entityId, familyId) in records)
        {
            Add("read", entityType, entityId, familyId, reason, Pick(mine, worksWith[familyId].ToHashSet()));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds an entry to the caller's unit of work; saved with the caller's change.</summary>
    public async Task AddAsync(string action, string entityType, Guid entityId, Guid? familyId, string reason, CancellationToken cancellationToken = default)
    {
        var mine = await PlacesAsync(cancellationToken);
        var worksWith = familyId is null ? [] : (await db.FamilyOrganisations.Where(fo => fo.FamilyId == familyId)
            .Select(fo => fo.OrganisationId).ToListAsync(cancellationToken)).ToHashSet();
        Add(action, entityType, entityId, familyId, reason, Pick(mine, worksWith));
    }

    private void Add(string action, string entityType, Guid entityId, Guid? familyId, string reason, StaffPlace? actor) =>
        db.AuditEntries.Add(new AuditEntry
        {
            ActorUserId = ActorId,
            ActorRole = actor?.Role,
            ActorOrganisation = actor?.Organisation,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            FamilyId = familyId,
            Reason = reason.Length > 500 ? reason[..500] : reason,
            At = clock.GetUtcNow(),
        });

    /// <summary>The actor's place in an organisation that works with the family, else their first staff role.</summary>
    private static StaffPlace? Pick(List<StaffPlace> mine, HashSet<Guid> worksWith) =>
        mine.Where(p => worksWith.Contains(p.OrganisationId)).Concat(mine).FirstOrDefault();

    private Guid ActorId => Guid.TryParse(http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    private async Task<List<StaffPlace>> PlacesAsync(CancellationToken cancellationToken)
    {
        var me = ActorId;
        return places ??= (await db.Memberships.Where(m => m.UserId == me && m.Role != Role.ParentCarer)
                .Select(m => new { m.Role, m.OrganisationId, m.Organisation!.Name }).ToListAsync(cancellationToken))
            .OrderBy(m => m.Role).Select(m => new StaffPlace(m.Role, m.OrganisationId, m.Name)).ToList();
    }
}
