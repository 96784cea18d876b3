using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Alongside.Web.Kernel.Care.WaitingTallies;

/// <summary>
/// Marks each organisation whose waiting list a save changes, in the same save, so a place is never
/// read from tallies that are out of date: a referral that is waiting or has left the list (before
/// or after the change) added or removed, or its organisation, service, status, priority, or the
/// times it joined or left the list changed; a service added or removed, or starting or stopping its
/// own list (which moves its referrals between lists).
/// </summary>
public sealed class WaitingListMarker : SaveChangesInterceptor
{
    private static readonly string[] Counted =
    [
        nameof(Referral.OrganisationId), nameof(Referral.ServiceId), nameof(Referral.Status), nameof(Referral.Priority),
        nameof(Referral.WaitingSince), nameof(Referral.LeftWaitingListAt),
    ];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AlongsideDbContext db) Mark(db);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AlongsideDbContext db) Mark(db);
        return result;
    }

    private static void Mark(AlongsideDbContext db)
    {
        var organisations = new HashSet<Guid>();
        foreach (var e in db.ChangeTracker.Entries<Referral>().Where(Changed))
        {
            // Only a version that is counted: waiting, or left the list. A new request, or one accepted
            // or declined without waiting, leaves the places as they were and the organisation fast.
            if (e.State != EntityState.Added && Counts(e.OriginalValues)) organisations.Add((Guid)e.OriginalValues[nameof(Referral.OrganisationId)]!);
            if (e.State != EntityState.Deleted && Counts(e.CurrentValues)) organisations.Add(e.Entity.OrganisationId);
        }
        foreach (var e in db.ChangeTracker.Entries<Service>().Where(e => e.State is EntityState.Added or EntityState.Deleted
                     || (e.State == EntityState.Modified && e.Property(s => s.OwnWaitingList).IsModified)))
        {
            organisations.Add(e.Entity.OrganisationId);
        }
        db.WaitingListMarks.AddRange(organisations.Select(o => new WaitingListMark { OrganisationId = o }));
    }

    private static bool Counts(PropertyValues referral) =>
        (ReferralStatus)referral[nameof(Referral.Status)]! == ReferralStatus.WaitingList || referral[nameof(Referral.LeftWaitingListAt)] is not null;

    private static bool Changed(EntityEntry<Referral> e) => e.State switch
    {
        EntityState.Added or EntityState.Deleted => true,
        EntityState.Modified => Counted.Any(p => e.Property(p).IsModified),
        _ => false,
    };
}
