namespace Alongside.Web.Features.Sessions;

/// <summary>
/// Whether one time can still be booked by a family with a clinician on their care team, read in
/// one query together with what the booking then needs: the care team place (the access check),
/// the plan item it would count against, a hold on that time, and who to tell. The free-times page
/// reads a clinician's whole booking window (<see cref="ClinicianSlots.FreeAsync"/>, four queries);
/// one time needs only that day's hours and what touches that hour, and gives the same answer
/// because <see cref="SlotRules"/> decides each slot from those alone.
/// </summary>
public static class SlotCheck
{
    /// <summary>A time held from the earlier-time list, whoever it is held for.</summary>
    public sealed record Hold(Guid Id, Guid RequestId, Guid FamilyId, DateTimeOffset ExpiresAt);

    public sealed record Result(
        Guid FamilyId,
        string ClinicianName,
        bool Free,
        Hold? HeldTime,
        PlanAllowance.Taken? PlanItem,
        Recipient? Clinician,
        IReadOnlyList<Recipient> Carers)
    {
        /// <summary>A hold the family booking it was offered: the booking takes it.</summary>
        public Hold? OwnHold => HeldTime is { } h && h.FamilyId == FamilyId ? h : null;
    }

    /// <summary>
    /// Null when the clinician is on the care team of none of <paramref name="families"/> (the first
    /// such family is the one booking). <paramref name="kind"/> picks the plan item.
    /// </summary>
    public static async Task<Result?> ReadAsync(AlongsideDbContext db, IQueryable<Guid> families, Guid clinicianId, DateTimeOffset start, SessionKind kind, SessionOptions options, DateTimeOffset now)
    {
        var zone = TimeDisplay.London;
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, zone).DateTime);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var weekday = day.DayOfWeek;
        var (length, buffer) = (TimeSpan.FromMinutes(options.LengthMinutes), TimeSpan.FromMinutes(options.BufferMinutes));
        var (touchFrom, touchTo) = (start - buffer, start + length + buffer);
        // Sessions are never longer than the longest length the settings allow, so one that overlaps starts after this.
        var earliestOverlapping = touchFrom - TimeSpan.FromMinutes(SessionOptions.LongestMinutes);
        var end = start + length;
        var windowEnd = now.AddDays(options.BookingWindowDays + 2);
        var itemKind = SessionKinds.PlanItem(kind);

        // One row for each carer of the family (the one booking is one of them): a list of carers beside the
        // other lists would be a join on SQLite's right of a LEFT JOIN, which it reads whole.
        var place = db.CareTeamMembers.Where(c => families.Contains(c.FamilyId) && c.UserId == clinicianId).OrderBy(c => c.FamilyId).Take(1);
        var rows = await (
            from c in place
            join f in db.FamilyCarers on c.FamilyId equals f.FamilyId
            select new
            {
                c.FamilyId,
                c.User!.DisplayName,
                c.User.Email,
                CarerEmail = f.User!.Email,
                CarerName = f.User.DisplayName,
                Hours = db.WorkingHours.Where(h => h.ClinicianUserId == c.UserId && h.Day == weekday)
                    .Select(h => new WeeklyHours(h.Day, h.Start, h.End)).ToList(),
                Booked = db.Sessions.Where(s => s.ClinicianUserId == c.UserId && s.Status == SessionStatus.Booked
                        && s.StartsAt > earliestOverlapping && s.StartsAt < touchTo && s.EndsAt > touchFrom && s.StartsAt < windowEnd && s.EndsAt > now)
                    .Select(s => new Span(s.StartsAt, s.EndsAt)).ToList(),
                Exceptions = db.AvailabilityExceptions.Where(e => e.ClinicianUserId == c.UserId
                        && e.StartsAt < end && e.EndsAt > start && e.StartsAt < windowEnd && e.EndsAt > now)
                    .Select(e => new { e.Kind, e.StartsAt, e.EndsAt }).ToList(),
                Holds = db.EarlierTimeHolds.Where(h => h.ClinicianUserId == c.UserId && h.StartsAt == start)
                    .Select(h => new Hold(h.Id, h.RequestId, h.FamilyId, h.ExpiresAt)).ToList(),
                // As PlanAllowance.TakeOneAsync picks it: an item of this kind in an agreed plan, with a session left.
                // Two values of one row, each a lookup by the family: a list here would be joined to every family's plans.
                ItemId = (from p in db.SupportPlans
                          where p.FamilyId == c.FamilyId && p.Status == PlanStatus.Agreed
                          join i in db.PlanItems on p.Id equals i.PlanId
                          where i.Kind == itemKind && i.Sessions != null && i.Sessions > i.SessionsUsed
                          orderby i.Id
                          select (Guid?)i.Id).FirstOrDefault(),
                ItemOrganisation = (from p in db.SupportPlans
                                    where p.FamilyId == c.FamilyId && p.Status == PlanStatus.Agreed
                                    join i in db.PlanItems on p.Id equals i.PlanId
                                    where i.Kind == itemKind && i.Sessions != null && i.Sessions > i.SessionsUsed
                                    orderby i.Id
                                    select p.OrganisationId).FirstOrDefault(),
            })
            .AsSingleQuery()
            .ToListAsync();
        if (rows.Count == 0) return null;
        var read = rows[0];

        var inWindow = day >= today && day <= today.AddDays(options.BookingWindowDays);
        var spans = read.Exceptions.Select(e => (e.Kind, Span: new Span(e.StartsAt, e.EndsAt))).ToList();
        // Outside the booking window only a one-off extra stretch can offer the time, as on the free-times page.
        var slots = SlotRules.FreeSlots(new SlotQuery(read.Hours,
            [.. spans.Where(e => e.Kind == AvailabilityExceptionKind.Leave).Select(e => e.Span)],
            [.. spans.Where(e => e.Kind == AvailabilityExceptionKind.Extra).Select(e => e.Span)],
            read.Booked, length, buffer, day, inWindow ? day : day.AddDays(-1), zone, now.AddHours(1)));
        var hold = read.Holds.FirstOrDefault();
        var heldForAnother = hold is not null && hold.FamilyId != read.FamilyId && hold.ExpiresAt > now;
        return new Result(read.FamilyId, read.DisplayName, slots.Contains(start) && !heldForAnother, hold,
            read.ItemId is { } item ? new PlanAllowance.Taken(item, read.ItemOrganisation) : null,
            read.Email is null ? null : new Recipient(read.Email, read.DisplayName),
            // At most 20, as FamilyRecipients.CarersAsync sends to.
            [.. rows.Where(r => r.CarerEmail is not null).Take(20).Select(r => new Recipient(r.CarerEmail!, r.CarerName))]);
    }
}
