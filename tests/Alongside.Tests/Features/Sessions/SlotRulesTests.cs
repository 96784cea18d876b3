using Alongside.Web.Features.Sessions;

namespace Alongside.Tests.Features.Sessions;

public sealed class SlotRulesTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    private static SlotQuery Query(DateOnly from, DateOnly to, IReadOnlyList<WeeklyHours>? hours = null,
        IReadOnlyList<Span>? leave = null, IReadOnlyList<Span>? extra = null, IReadOnlyList<Span>? booked = null, TimeSpan? buffer = null) =>
        new(hours ?? [new WeeklyHours(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(12, 0)), new WeeklyHours(DayOfWeek.Monday, new TimeOnly(13, 0), new TimeOnly(15, 0))],
            leave ?? [], extra ?? [], booked ?? [], Hour, buffer ?? TimeSpan.Zero, from, to, London, DateTimeOffset.MinValue);

    private static DateTimeOffset Utc(int y, int m, int d, int h, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.Zero);

    [Fact]
    public void Working_hours_with_a_lunch_break_give_hourly_slots_around_it()
    {
        // Monday 12 January 2026: winter, London is UTC.
        var slots = SlotRules.FreeSlots(Query(new DateOnly(2026, 1, 12), new DateOnly(2026, 1, 12)));
        Assert.Equal([Utc(2026, 1, 12, 9), Utc(2026, 1, 12, 10), Utc(2026, 1, 12, 11), Utc(2026, 1, 12, 13), Utc(2026, 1, 12, 14)], slots);
    }

    [Fact]
    public void In_summer_a_9am_slot_in_London_is_8am_UTC()
    {
        var slots = SlotRules.FreeSlots(Query(new DateOnly(2026, 7, 6), new DateOnly(2026, 7, 6)));
        Assert.Equal(Utc(2026, 7, 6, 8), slots[0]);
    }

    [Fact]
    public void Across_the_last_Sunday_of_March_local_times_stay_put_and_skipped_times_are_dropped()
    {
        // Clocks go forward at 01:00 UTC on Sunday 29 March 2026: 01:00–02:00 local does not exist.
        var sunday = new[] { new WeeklyHours(DayOfWeek.Sunday, new TimeOnly(0, 0), new TimeOnly(4, 0)) };
        var slots = SlotRules.FreeSlots(Query(new DateOnly(2026, 3, 22), new DateOnly(2026, 3, 29), hours: sunday));
        Assert.Equal(
            [Utc(2026, 3, 22, 0), Utc(2026, 3, 22, 1), Utc(2026, 3, 22, 2), Utc(2026, 3, 22, 3),
             Utc(2026, 3, 29, 0), Utc(2026, 3, 29, 1), Utc(2026, 3, 29, 2)], // local 00:00, 02:00, 03:00
            slots);
    }

    [Fact]
    public void Across_the_last_Sunday_of_October_the_repeated_hour_is_offered_once()
    {
        // Clocks go back at 01:00 UTC on Sunday 25 October 2026: 01:00–02:00 local happens twice.
        var sunday = new[] { new WeeklyHours(DayOfWeek.Sunday, new TimeOnly(0, 0), new TimeOnly(3, 0)) };
        var slots = SlotRules.FreeSlots(Query(new DateOnly(2026, 10, 25), new DateOnly(2026, 10, 25), hours: sunday));
        Assert.Equal([Utc(2026, 10, 24, 23), Utc(2026, 10, 25, 0), Utc(2026, 10, 25, 2)], slots);
    }

    [Fact]
    public void Ten_am_is_ten_am_local_the_week_before_and_after_the_clocks_change()
    {
        var monday = new[] { new WeeklyHours(DayOfWeek.Monday, new TimeOnly(10, 0), new TimeOnly(11, 0)) };
        var slots = SlotRules.FreeSlots(Query(new DateOnly(2026, 10, 19), new DateOnly(2026, 10, 26), hours: monday));
        Assert.Equal([Utc(2026, 10, 19, 9), Utc(2026, 10, 26, 10)], slots);
    }

    [Fact]
    public void Leave_removes_the_slots_it_touches()
    {
        var leave = new[] { new Span(Utc(2026, 1, 12, 10, 30), Utc(2026, 1, 12, 13, 30)) };
        var slots = SlotRules.FreeSlots(Query(new DateOnly(2026, 1, 12), new DateOnly(2026, 1, 12), leave: leave));
        Assert.Equal([Utc(2026, 1, 12, 9), Utc(2026, 1, 12, 14)], slots);
    }

    [Fact]
    public void Booked_sessions_and_their_buffer_are_not_offered()
    {
        var booked = new[] { new Span(Utc(2026, 1, 12, 10), Utc(2026, 1, 12, 11)) };
        var noBuffer = SlotRules.FreeSlots(Query(new DateOnly(2026, 1, 12), new DateOnly(2026, 1, 12), booked: booked));
        Assert.DoesNotContain(Utc(2026, 1, 12, 10), noBuffer);
        Assert.Contains(Utc(2026, 1, 12, 9), noBuffer);
        Assert.Contains(Utc(2026, 1, 12, 11), noBuffer);

        var withBuffer = SlotRules.FreeSlots(Query(new DateOnly(2026, 1, 12), new DateOnly(2026, 1, 12), booked: booked, buffer: TimeSpan.FromMinutes(15)));
        Assert.Equal([Utc(2026, 1, 12, 13), Utc(2026, 1, 12, 14)], withBuffer);
    }

    [Fact]
    public void One_off_extra_time_adds_slots_on_a_day_off()
    {
        var extra = new[] { new Span(Utc(2026, 1, 14, 18), Utc(2026, 1, 14, 20)) }; // a Wednesday evening
        var slots = SlotRules.FreeSlots(Query(new DateOnly(2026, 1, 14), new DateOnly(2026, 1, 14), extra: extra));
        Assert.Equal([Utc(2026, 1, 14, 18), Utc(2026, 1, 14, 19)], slots);
    }

    [Fact]
    public void Slots_in_the_past_are_not_offered_and_the_range_is_capped()
    {
        var query = Query(new DateOnly(2026, 1, 12), new DateOnly(2030, 1, 12)) with { NotBefore = Utc(2026, 1, 12, 12) };
        var slots = SlotRules.FreeSlots(query);
        Assert.Equal(Utc(2026, 1, 12, 13), slots[0]);
        Assert.True(slots[^1] < Utc(2026, 1, 12, 0).AddDays(SlotRules.MaxDays + 1));
    }

    [Fact]
    public void The_nearest_free_slots_are_offered_when_the_wanted_one_has_gone()
    {
        var free = new[] { Utc(2026, 1, 12, 9), Utc(2026, 1, 12, 13), Utc(2026, 1, 12, 14), Utc(2026, 1, 19, 10) };
        Assert.Equal([Utc(2026, 1, 12, 9), Utc(2026, 1, 12, 13)], SlotRules.Nearest(free, Utc(2026, 1, 12, 11), 2));
    }
}
