using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Alongside.Web.Infrastructure.Auditing;

/// <summary>
/// Audit entries are only ever added. A change or delete through the app fails before it reaches
/// the database; bulk updates that skip the change tracker are stopped by the database's triggers.
/// </summary>
public static class AuditEntryGuard
{
    public static void RefuseChanges(ChangeTracker tracker)
    {
        if (tracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit entries cannot be changed or deleted.");
        }
    }
}
