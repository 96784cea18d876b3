using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Alongside.IntegrationTests.Features.Sessions;

/// <summary>
/// Confirming a booking asks whether one time is free (<see cref="SlotCheck"/>, one query), where the
/// free-times page works out the clinician's whole booking window: both must agree on every time.
/// </summary>
public abstract class SlotCheckTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private static DateTimeOffset London(DateTimeOffset day, int hour, int minute = 0)
    {
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(day, TimeDisplay.London).DateTime);
        return SlotRules.ToInstant(date, new TimeOnly(hour, minute), TimeDisplay.London)!.Value;
    }

    [Fact]
    public async Task One_time_is_free_exactly_when_the_free_times_page_lists_it()
    {
        var ready = await app.ReadyToBookAsync();
        var (_, otherFamily) = await app.CreateParentAsync();
        var options = app.Services.GetRequiredService<IOptions<SessionOptions>>().Value;
        var now = app.Now;
        var clinician = ready.Clinician.Id;
        var (day2, day3, day4) = (now.AddDays(2), now.AddDays(3), now.AddDays(4));
        var beyond = now.AddDays(options.BookingWindowDays + 1);
        var ownHeld = London(day4, 10);
        await app.WithDbAsync(async db =>
        {
            // Time off in the middle of a day, and extra times after hours: one beyond the booking window, one off the hour.
            db.AvailabilityExceptions.AddRange(
                new AvailabilityException { ClinicianUserId = clinician, Kind = AvailabilityExceptionKind.Leave, StartsAt = London(day3, 10), EndsAt = London(day3, 13) },
                new AvailabilityException { ClinicianUserId = clinician, Kind = AvailabilityExceptionKind.Extra, StartsAt = London(day2, 20, 30), EndsAt = London(day2, 23) },
                new AvailabilityException { ClinicianUserId = clinician, Kind = AvailabilityExceptionKind.Extra, StartsAt = London(beyond, 21), EndsAt = London(beyond, 23) });
            // Another family's session off the hour, so its buffer closes the times either side of it.
            db.Sessions.Add(new Session
            {
                FamilyId = otherFamily,
                ClinicianUserId = clinician,
                Kind = SessionKind.ParentingSupport,
                StartsAt = London(day2, 11, 50),
                EndsAt = London(day2, 12, 50),
                Mode = DeliveryMode.Online,
                BookedByUserId = clinician,
                CreatedAt = now,
            });
            // Times held off the earlier-time list: for another family, for this one, and one whose hold has run out.
            foreach (var (family, start, expires) in new[] { (otherFamily, London(day4, 9), now.AddHours(1)), (ready.FamilyId, ownHeld, now.AddHours(1)), (otherFamily, London(day4, 11), now.AddMinutes(-1)) })
            {
                var request = new EarlierTimeRequest { FamilyId = family, ClinicianUserId = clinician, Kind = SessionKind.ParentingSupport, Beat = start.AddDays(7), RequestedByUserId = ready.Parent.Id, CreatedAt = now, Status = EarlierTimeStatus.Offered };
                db.EarlierTimeRequests.Add(request);
                db.EarlierTimeHolds.Add(new EarlierTimeHold { RequestId = request.Id, FamilyId = family, ClinicianUserId = clinician, StartsAt = start, ExpiresAt = expires });
                await db.SaveChangesAsync();
                // One waiting-or-offered request per family and clinician: the next is another's.
                if (family == otherFamily) request.Status = EarlierTimeStatus.Expired;
            }
            return await db.SaveChangesAsync();
        });

        var disagreements = await app.WithDbAsync(async db =>
        {
            var families = db.FamilyIdsCaredForBy(ready.Parent.Id);
            var free = (await ClinicianSlots.FreeAsync(db, clinician, options, now, families.Where(id => id == ready.FamilyId))).ToHashSet();
            // Every half hour of the days with something on them, the first hours from now, and the edges of the window.
            var days = new[] { 0, 1, 2, 3, 4, options.BookingWindowDays, options.BookingWindowDays + 1 };
            var candidates = days.SelectMany(d => Enumerable.Range(0, 48).Select(h => London(now.AddDays(d), 0).AddMinutes(30 * h)))
                .Concat(free).Append(London(day2, 11, 50)).Distinct().ToList();
            var wrong = new List<string>();
            foreach (var start in candidates)
            {
                var check = await SlotCheck.ReadAsync(db, families, clinician, start, SessionKind.ParentingSupport, options, now);
                Assert.NotNull(check);
                if (check.Free != free.Contains(start)) wrong.Add($"{start:u}: one time says {check.Free}, the page {free.Contains(start)}");
            }
            Assert.Contains(ownHeld, free);
            Assert.DoesNotContain(London(day4, 9), free);
            Assert.Contains(London(day4, 11), free);
            Assert.Contains(London(day2, 21, 30), free);
            // The hour after it starts ten minutes after it ends: inside the buffer when there is one.
            Assert.Equal(options.BufferMinutes < 10, free.Contains(London(day2, 13)));
            Assert.DoesNotContain(London(day2, 12), free);
            return wrong;
        });
        Assert.Empty(disagreements);

        var own = await app.WithDbAsync(db => SlotCheck.ReadAsync(db, db.FamilyIdsCaredForBy(ready.Parent.Id), clinician, ownHeld, SessionKind.ParentingSupport, options, now));
        Assert.NotNull(own!.OwnHold);
        Assert.NotNull(own.PlanItem);
        Assert.Equal([ready.Parent.Email], own.Carers.Select(c => c.Email));
        // Someone not on the family's care team is not found, whatever the time.
        var outsider = await app.CreateStaffAsync(await app.CreateOrganisationAsync(), Role.Clinician);
        Assert.Null(await app.WithDbAsync(db => SlotCheck.ReadAsync(db, db.FamilyIdsCaredForBy(ready.Parent.Id), outsider.Id, ownHeld, SessionKind.ParentingSupport, options, now)));
    }
}

public sealed class SlotCheckTestsOnSqlite(SqliteApp app) : SlotCheckTests<SqliteApp>(app);

public sealed class SlotCheckTestsOnPostgres(PostgresApp app) : SlotCheckTests<PostgresApp>(app);
