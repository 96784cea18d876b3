using System.Security.Claims;

namespace Alongside.Web.Infrastructure.Auditing;

/// <summary>
/// Records staff reads and changes of family records. Call it after the record has been
/// found through an access-checked query, so denied reads leave no entry.
/// </summary>
public sealed class AuditLog(AlongsideDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    public async Task RecordReadAsync(string entityType, Guid entityId, Guid? familyId, string reason, CancellationToken cancellationToken = default)
    {
        Add("read", entityType, entityId, familyId, reason);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds an entry to the caller's unit of work; saved with the caller's change.</summary>
    public void Add(string action, string entityType, Guid entityId, Guid? familyId, string reason)
    {
        var userId = http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
        db.AuditEntries.Add(new AuditEntry
        {
            ActorUserId = Guid.TryParse(userId, out var id) ? id : Guid.Empty,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            FamilyId = familyId,
            Reason = reason.Length > 500 ? reason[..500] : reason,
            At = clock.GetUtcNow(),
        });
    }
}
