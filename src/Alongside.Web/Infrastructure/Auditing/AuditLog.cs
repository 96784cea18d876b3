using System.Security.Claims;

namespace Alongside.Web.Infrastructure.Auditing;

/// <summary>
/// Records staff reads and changes of family records. Call it after the record has been
/// found through an access-checked query, so denied reads leave no entry. Each entry keeps the
/// actor's role and organisation as they were, for the family's "who has looked" page.
/// </summary>
public sealed class AuditLog(AlongsideDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    private readonly Dictionary<Guid, (Role? Role, string? Organisation)> actors = [];

    public async Task RecordReadAsync(string entityType, Guid entityId, Guid? familyId, string reason, CancellationToken cancellationToken = default)
    {
        await AddAsync("read", entityType, entityId, familyId, reason, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds an entry to the caller's unit of work; saved with the caller's change.</summary>
    public async Task AddAsync(string action, string entityType, Guid entityId, Guid? familyId, string reason, CancellationToken cancellationToken = default)
    {
        var userId = Guid.TryParse(http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;
        var (role, organisation) = await ActorAsync(userId, familyId, cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            ActorUserId = userId,
            ActorRole = role,
            ActorOrganisation = organisation,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            FamilyId = familyId,
            Reason = reason.Length > 500 ? reason[..500] : reason,
            At = clock.GetUtcNow(),
        });
    }

    /// <summary>The actor's role in an organisation that works with the family, else their first staff role.</summary>
    private async Task<(Role?, string?)> ActorAsync(Guid userId, Guid? familyId, CancellationToken cancellationToken)
    {
        if (actors.TryGetValue(familyId ?? Guid.Empty, out var known)) return known;
        var membership = await db.Memberships
            .Where(m => m.UserId == userId && m.Role != Role.ParentCarer)
            .OrderByDescending(m => db.FamilyOrganisations.Any(fo => fo.FamilyId == familyId && fo.OrganisationId == m.OrganisationId))
            .ThenBy(m => m.Role)
            .Select(m => new { m.Role, m.Organisation!.Name })
            .FirstOrDefaultAsync(cancellationToken);
        var actor = membership is null ? ((Role?)null, (string?)null) : (membership.Role, membership.Name);
        actors[familyId ?? Guid.Empty] = actor;
        return actor;
    }
}
