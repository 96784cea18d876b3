using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Alongside.Web.Kernel.Reports.Tallies;

/// <summary>
/// Marks the months whose tallies a save changes, in the same save, so a report never reads a
/// tally that is out of date: a session's outcome, type, mode, time, provider or family; a
/// session-feedback response or answer; a referral's service, funding route, area, commissioner,
/// provider or family (which moves the family to another cohort in every month it had sessions).
/// A month that ends more than a day from now needs no mark: it cannot have been built, and it is
/// built only once over, from the records as they are then. So a booking, or anything recorded in
/// the month it happens, writes none.
/// </summary>
public sealed class TallyMarker(TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly string[] SessionCounted =
        [nameof(Session.Status), nameof(Session.LateCancellation), nameof(Session.Kind), nameof(Session.Mode), nameof(Session.StartsAt), nameof(Session.OrganisationId), nameof(Session.FamilyId)];

    private static readonly string[] ReferralCohort =
        [nameof(Referral.OrganisationId), nameof(Referral.FamilyId), nameof(Referral.ServiceId), nameof(Referral.FundingRoute), nameof(Referral.LocalAuthorityCode), nameof(Referral.CommissionerOrganisationId)];

    private static readonly string[] ResponseCounted =
        [nameof(MeasureResponse.AnsweredAt), nameof(MeasureResponse.SessionId), nameof(MeasureResponse.FamilyId), nameof(MeasureResponse.InstrumentId)];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AlongsideDbContext db) await MarkAsync(db, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AlongsideDbContext db) MarkAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    private async Task MarkAsync(AlongsideDbContext db, CancellationToken cancellationToken)
    {
        // One pass over what the save changes: each Entries() call looks for changes again.
        var changed = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        var marks = new HashSet<(Guid Organisation, DateOnly Month)>();
        foreach (var e in changed.Where(e => e.Entity is Session && Changed(e, SessionCounted)))
        {
            foreach (var values in Versions(e))
            {
                if (values[nameof(Session.OrganisationId)] is Guid org) marks.Add((org, MonthOf((DateTimeOffset)values[nameof(Session.StartsAt)]!)));
            }
        }

        // Feedback: the month it was given, at the provider of the session it is about.
        var feedback = new List<(Guid? SessionId, DateTimeOffset AnsweredAt)>();
        foreach (var e in changed.Where(e => e.Entity is MeasureResponse && Changed(e, ResponseCounted)))
        {
            feedback.AddRange(Versions(e).Where(v => (string)v[nameof(MeasureResponse.InstrumentId)]! == MeasureSchedule.SessionFeedback)
                .Select(v => ((Guid?)v[nameof(MeasureResponse.SessionId)], (DateTimeOffset)v[nameof(MeasureResponse.AnsweredAt)]!)));
        }
        // Answers changed without their response: the response says whether they are feedback, and when.
        var responsesSaved = changed.Where(e => e.Entity is MeasureResponse && Changed(e, ResponseCounted)).Select(e => ((MeasureResponse)e.Entity).Id).ToHashSet();
        var answered = changed.Select(e => e.Entity).OfType<MeasureAnswer>().Select(a => a.ResponseId).Distinct()
            .Where(id => !responsesSaved.Contains(id)).ToList();
        if (answered.Count > 0)
        {
            feedback.AddRange((await db.MeasureResponses.AsNoTracking()
                .Where(r => answered.Contains(r.Id) && r.InstrumentId == MeasureSchedule.SessionFeedback)
                .Select(r => new { r.SessionId, r.AnsweredAt }).ToListAsync(cancellationToken)).Select(r => (r.SessionId, r.AnsweredAt)));
        }
        var sessionIds = feedback.Where(f => f.SessionId != null).Select(f => f.SessionId!.Value).Distinct().ToList();
        if (sessionIds.Count > 0)
        {
            var providers = await db.Sessions.AsNoTracking().Where(s => sessionIds.Contains(s.Id) && s.OrganisationId != null)
                .Select(s => new { s.Id, s.OrganisationId }).ToDictionaryAsync(s => s.Id, s => s.OrganisationId!.Value, cancellationToken);
            foreach (var (sessionId, at) in feedback)
            {
                if (sessionId is { } id && providers.TryGetValue(id, out var org)) marks.Add((org, MonthOf(at)));
            }
        }

        // A referral moves its family between cohorts: every month with its sessions or feedback at that provider.
        var families = changed.Where(e => e.Entity is Referral && Changed(e, ReferralCohort))
            .SelectMany(e => Versions(e).Select(v => ((Guid)v[nameof(Referral.OrganisationId)]!, (Guid)v[nameof(Referral.FamilyId)]!))).Distinct().ToList();
        foreach (var (org, family) in families)
        {
            var times = await db.Sessions.AsNoTracking().Where(s => s.FamilyId == family && s.OrganisationId == org).Select(s => s.StartsAt)
                .Concat(db.MeasureResponses.AsNoTracking().Where(r => r.FamilyId == family && r.InstrumentId == MeasureSchedule.SessionFeedback
                    && db.Sessions.Any(s => s.Id == r.SessionId && s.OrganisationId == org)).Select(r => r.AnsweredAt))
                .ToListAsync(cancellationToken);
            foreach (var at in times) marks.Add((org, MonthOf(at)));
        }

        // A day's margin: a save begun before a month ends may commit after it does.
        var open = clock.GetUtcNow().AddDays(1);
        db.TallyMarks.AddRange(marks.Where(m => UkTime.StartOfDay(m.Month.AddMonths(1)) <= open)
            .Select(m => new TallyMark { OrganisationId = m.Organisation, Month = m.Month }));
    }

    /// <summary>The month (its first day, UK time) an instant falls in.</summary>
    public static DateOnly MonthOf(DateTimeOffset at)
    {
        var day = UkTime.DateOf(at);
        return new DateOnly(day.Year, day.Month, 1);
    }

    private static bool Changed(EntityEntry e, string[] counted) => e.State switch
    {
        EntityState.Added or EntityState.Deleted => true,
        EntityState.Modified => counted.Any(p => e.Property(p).IsModified),
        _ => false,
    };

    /// <summary>The values a change affects: as they were (unless just added) and as they will be (unless deleted).</summary>
    private static IEnumerable<PropertyValues> Versions(EntityEntry e)
    {
        if (e.State != EntityState.Added) yield return e.OriginalValues;
        if (e.State != EntityState.Deleted) yield return e.CurrentValues;
    }
}
