namespace Alongside.Web.Kernel.Courses;

public enum JoinOutcome
{
    Enrolled,
    Waiting,
    AlreadyOnIt,
    Closed,
}

public enum AcceptOutcome
{
    Enrolled,
    Expired,
    NotOffered,
}

/// <summary>
/// The one way a place on a cohort changes hands. Every step runs in a transaction whose first
/// statement writes to the cohort's row, so SQLite takes its write lock before reading and
/// PostgreSQL holds that row's lock: the steps on one cohort happen one after another. Within
/// them every change is a conditional update, so two people cannot both take the last place,
/// an offer is taken or lapses but not both, and the next person offered is always the longest waiting.
/// Notices are queued in the same transaction, so an email goes only with the change it reports.
/// </summary>
public sealed class CohortPlaces(AlongsideDbContext db, Notices notices, TimeProvider clock)
{
    /// <summary>
    /// Puts someone on a cohort: into a free place when nobody is waiting ahead of them, otherwise
    /// onto the back of the waiting list. A person who left before joins again at the back.
    /// </summary>
    public async Task<JoinOutcome> JoinAsync(Guid cohortId, Guid userId, Guid? familyId, Guid? planItemId, Guid addedBy)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await LockAsync(cohortId);
        var reserved = await ReserveAsync(cohortId);
        var cohort = await db.Cohorts.Where(c => c.Id == cohortId)
            .Select(c => new { c.StartsOn, c.StartTime, c.CancelledAt, c.Course!.Title, c.Course.OfferHours }).SingleOrDefaultAsync();
        if (cohort is null || cohort.CancelledAt is not null || CohortMeetings.StartOf(cohort.StartsOn, cohort.StartTime, 1) <= now)
        {
            await transaction.RollbackAsync();
            return JoinOutcome.Closed;
        }
        var place = await db.CoursePlaces.SingleOrDefaultAsync(p => p.CohortId == cohortId && p.UserId == userId);
        if (place is { Status: PlaceStatus.Waiting or PlaceStatus.Offered or PlaceStatus.Enrolled })
        {
            await transaction.RollbackAsync();
            return JoinOutcome.AlreadyOnIt;
        }
        if (place is null)
        {
            place = new CoursePlace { CohortId = cohortId, UserId = userId };
            db.CoursePlaces.Add(place);
        }
        (place.FamilyId, place.PlanItemId, place.AddedByUserId, place.JoinedAt) = (familyId, planItemId, addedBy, now);
        (place.OfferedAt, place.OfferExpiresAt, place.EnrolledAt, place.EndedAt, place.CompletedAt) = (null, null, null, null, null);

        var someoneWaiting = await db.CoursePlaces.AnyAsync(p => p.CohortId == cohortId && p.Status == PlaceStatus.Waiting && p.UserId != userId);
        var recipient = await RecipientAsync(userId);
        if (reserved && !someoneWaiting)
        {
            (place.Status, place.EnrolledAt) = (PlaceStatus.Enrolled, now);
            if (recipient is not null) await notices.SendAsync(recipient, new PlaceConfirmedNotice(cohort.Title, CohortMeetings.StartOf(cohort.StartsOn, cohort.StartTime, 1)));
        }
        else
        {
            place.Status = PlaceStatus.Waiting;
            if (recipient is not null) await notices.SendAsync(recipient, new WaitingListNotice(cohort.Title));
            // A free place with people waiting belongs to the first of them, not to the newcomer.
            if (reserved) await OfferNextAsync(cohortId);
        }
        return await db.TrySaveAndCommitAsync(transaction)
            ? place.Status == PlaceStatus.Enrolled ? JoinOutcome.Enrolled : JoinOutcome.Waiting
            : JoinOutcome.AlreadyOnIt;
    }

    /// <summary>Takes an offered place: only the person offered, only before the offer runs out.</summary>
    public async Task<AcceptOutcome> AcceptAsync(Guid placeId, Guid userId)
    {
        var now = clock.GetUtcNow();
        if (await CohortOfAsync(placeId) is not { } cohortId) return AcceptOutcome.NotOffered;
        await using var transaction = await db.Database.BeginTransactionAsync();
        await LockAsync(cohortId);
        var taken = await db.CoursePlaces
            .Where(p => p.Id == placeId && p.UserId == userId && p.Status == PlaceStatus.Offered && p.OfferExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PlaceStatus.Enrolled).SetProperty(p => p.EnrolledAt, now));
        if (taken == 0)
        {
            await transaction.RollbackAsync();
            var status = await db.CoursePlaces.Where(p => p.Id == placeId && p.UserId == userId).Select(p => (PlaceStatus?)p.Status).SingleOrDefaultAsync();
            // Already passed on (by the sweep, perhaps a moment ago): too late, not "never offered".
            if (status == PlaceStatus.Lapsed) return AcceptOutcome.Expired;
            if (status != PlaceStatus.Offered) return AcceptOutcome.NotOffered;
            // It ran out a moment ago and the sweep has not passed it on yet: pass it on now.
            await PassOnAsync(placeId);
            return AcceptOutcome.Expired;
        }
        var details = await db.CoursePlaces.Where(p => p.Id == placeId)
            .Select(p => new { p.Cohort!.Course!.Title, p.Cohort.StartsOn, p.Cohort.StartTime }).SingleAsync();
        if (await RecipientAsync(userId) is { } recipient)
            await notices.SendAsync(recipient, new PlaceConfirmedNotice(details.Title, CohortMeetings.StartOf(details.StartsOn, details.StartTime, 1)));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return AcceptOutcome.Enrolled;
    }

    /// <summary>
    /// Leaves the list, turns down an offer or gives up a place (the person themselves, or staff
    /// running the cohort). A place given up is offered to the next person at once.
    /// </summary>
    public async Task<bool> LeaveAsync(Guid placeId, Guid? onlyForUserId = null)
    {
        var now = clock.GetUtcNow();
        if (await CohortOfAsync(placeId) is not { } cohortId) return false;
        // Closing an account calls this inside its own transaction; otherwise it is this step's own.
        var ambient = db.Database.CurrentTransaction is not null;
        await using var transaction = ambient ? null : await db.Database.BeginTransactionAsync();
        await LockAsync(cohortId);
        var held = await db.CoursePlaces
            .Where(p => p.Id == placeId && (onlyForUserId == null || p.UserId == onlyForUserId) && (p.Status == PlaceStatus.Offered || p.Status == PlaceStatus.Enrolled))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PlaceStatus.Withdrawn).SetProperty(p => p.EndedAt, now));
        var waiting = held == 1 ? 0 : await db.CoursePlaces
            .Where(p => p.Id == placeId && (onlyForUserId == null || p.UserId == onlyForUserId) && p.Status == PlaceStatus.Waiting)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PlaceStatus.Withdrawn).SetProperty(p => p.EndedAt, now));
        if (held == 0 && waiting == 0)
        {
            if (transaction is not null) await transaction.RollbackAsync();
            return false;
        }
        if (held == 1) await OfferNextAsync(cohortId);
        await db.SaveChangesAsync();
        if (transaction is not null) await transaction.CommitAsync();
        return true;
    }

    /// <summary>
    /// The organisation cancels the dates: everyone with a place, an offer or a place in the queue
    /// is told, and every place ends. Answers false when it was already cancelled.
    /// </summary>
    public async Task<bool> CancelCohortAsync(Guid cohortId)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var cancelled = await db.Cohorts.Where(c => c.Id == cohortId && c.CancelledAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.CancelledAt, now).SetProperty(c => c.PlacesHeld, 0));
        if (cancelled == 0)
        {
            await transaction.RollbackAsync();
            return false;
        }
        var live = db.CoursePlaces.Where(p => p.CohortId == cohortId && (p.Status == PlaceStatus.Waiting || p.Status == PlaceStatus.Offered || p.Status == PlaceStatus.Enrolled));
        var people = await live.Where(p => p.User!.Email != null).Select(p => new Recipient(p.User!.Email!, p.User.DisplayName)).ToListAsync();
        await live.ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PlaceStatus.Withdrawn).SetProperty(p => p.EndedAt, now));
        var course = await db.Cohorts.Where(c => c.Id == cohortId).Select(c => new { c.Course!.Title, c.StartsOn }).SingleAsync();
        await notices.SendAsync(people, new CohortCancelledNotice(course.Title, course.StartsOn));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return true;
    }

    /// <summary>
    /// The organisation changes how many places there are: never below the places already taken or
    /// on offer. Each place added goes straight to the next person waiting. Answers false when refused.
    /// </summary>
    public async Task<bool> ChangeCapacityAsync(Guid cohortId, int capacity)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await LockAsync(cohortId);
        var changed = await db.Cohorts.Where(c => c.Id == cohortId && c.CancelledAt == null && c.PlacesHeld <= capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Capacity, capacity));
        if (changed == 0)
        {
            await transaction.RollbackAsync();
            return false;
        }
        while (await ReserveAsync(cohortId) && await OfferNextAsync(cohortId))
        {
            // Each new place is offered in turn until the places or the waiting list run out.
        }
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return true;
    }

    /// <summary>Offers that ran out pass to the next person waiting; run by the sweep every minute. Answers how many.</summary>
    public async Task<int> PassOnExpiredAsync(int max = 200)
    {
        var now = clock.GetUtcNow();
        var expired = await db.CoursePlaces.Where(p => p.Status == PlaceStatus.Offered && p.OfferExpiresAt <= now)
            .OrderBy(p => p.OfferExpiresAt).Select(p => p.Id).Take(max).ToListAsync();
        var passed = 0;
        foreach (var id in expired)
        {
            if (await PassOnAsync(id)) passed++;
        }
        return passed;
    }

    private async Task<bool> PassOnAsync(Guid placeId)
    {
        var now = clock.GetUtcNow();
        if (await CohortOfAsync(placeId) is not { } cohortId) return false;
        await using var transaction = await db.Database.BeginTransactionAsync();
        await LockAsync(cohortId);
        // Conditional: an accept in the same instant either came first (nothing lapses) or finds it lapsed.
        var lapsed = await db.CoursePlaces.Where(p => p.Id == placeId && p.Status == PlaceStatus.Offered && p.OfferExpiresAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PlaceStatus.Lapsed).SetProperty(p => p.EndedAt, now));
        if (lapsed == 0)
        {
            await transaction.RollbackAsync();
            return false;
        }
        var place = await db.CoursePlaces.Where(p => p.Id == placeId).Select(p => new { p.UserId, p.Cohort!.Course!.Title }).SingleAsync();
        if (await RecipientAsync(place.UserId) is { } recipient) await notices.SendAsync(recipient, new PlaceLapsedNotice(place.Title));
        await OfferNextAsync(cohortId);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return true;
    }

    /// <summary>
    /// Writes the cohort's row to itself: the first statement of every step, so the steps on one
    /// cohort wait for each other (and SQLite never has to upgrade a read to a write).
    /// </summary>
    private Task<int> LockAsync(Guid cohortId) =>
        db.Cohorts.Where(c => c.Id == cohortId).ExecuteUpdateAsync(s => s.SetProperty(c => c.PlacesHeld, c => c.PlacesHeld));

    /// <summary>Read before the transaction begins: a place never moves to another cohort.</summary>
    private async Task<Guid?> CohortOfAsync(Guid placeId) =>
        await db.CoursePlaces.Where(p => p.Id == placeId).Select(p => (Guid?)p.CohortId).SingleOrDefaultAsync();

    /// <summary>Takes one free place on the cohort, if there is one.</summary>
    private async Task<bool> ReserveAsync(Guid cohortId) =>
        await db.Cohorts.Where(c => c.Id == cohortId && c.CancelledAt == null && c.PlacesHeld < c.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.PlacesHeld, c => c.PlacesHeld + 1)) == 1;

    /// <summary>
    /// One place held by this transaction (just freed, or just reserved) goes to the longest
    /// waiting person, or back to the cohort when no one is waiting or the course has begun.
    /// </summary>
    private async Task<bool> OfferNextAsync(Guid cohortId)
    {
        var now = clock.GetUtcNow();
        var cohort = await db.Cohorts.Where(c => c.Id == cohortId)
            .Select(c => new { c.StartsOn, c.StartTime, c.Course!.Title, c.Course.OfferHours }).SingleAsync();
        var first = CohortMeetings.StartOf(cohort.StartsOn, cohort.StartTime, 1);
        while (PlaceRules.StillOffering(now, first))
        {
            var next = await db.CoursePlaces.Where(p => p.CohortId == cohortId && p.Status == PlaceStatus.Waiting)
                .OrderBy(p => p.JoinedAt).ThenBy(p => p.Id).Select(p => new { p.Id, p.UserId }).FirstOrDefaultAsync();
            if (next is null) break;
            var until = PlaceRules.OfferExpires(now, cohort.OfferHours, first);
            var offered = await db.CoursePlaces.Where(p => p.Id == next.Id && p.Status == PlaceStatus.Waiting)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PlaceStatus.Offered).SetProperty(p => p.OfferedAt, now).SetProperty(p => p.OfferExpiresAt, until));
            if (offered == 0) continue;
            if (await RecipientAsync(next.UserId) is { } recipient) await notices.SendAsync(recipient, new PlaceOfferedNotice(cohort.Title, until));
            return true;
        }
        await db.Cohorts.Where(c => c.Id == cohortId && c.PlacesHeld > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.PlacesHeld, c => c.PlacesHeld - 1));
        return false;
    }

    private Task<Recipient?> RecipientAsync(Guid userId) =>
        db.Users.Where(u => u.Id == userId && u.Email != null).Select(u => new Recipient(u.Email!, u.DisplayName)).SingleOrDefaultAsync();
}
