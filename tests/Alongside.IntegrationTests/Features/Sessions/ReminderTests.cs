using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Sessions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Alongside.IntegrationTests.Features.Sessions;

/// <summary>The app on a clock the test moves.</summary>
public sealed class ClockedApp : SqliteApp
{
    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    // The background scan is parked far in the fake future: each test queues reminders itself.
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("App:PublicBaseUrl", "https://alongside.example"), new("Sessions:ReminderScanSeconds", "2000000")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class ReminderTests(ClockedApp app) : IClassFixture<ClockedApp>
{
    private async Task<(Person Parent, Session Session)> BookedAsync(DateTimeOffset startsAt, SessionStatus status = SessionStatus.Booked)
    {
        var org = await app.CreateOrganisationAsync();
        var (parent, familyId) = await app.CreateParentAsync(workedWithBy: org);
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        var session = new Session
        {
            FamilyId = familyId,
            ClinicianUserId = clinician.Id,
            Kind = SessionKind.Coaching,
            StartsAt = startsAt,
            EndsAt = startsAt.AddHours(1),
            Mode = DeliveryMode.Online,
            VideoLink = "https://video.example.test/room-reminded",
            Status = status,
            BookedByUserId = parent.Id,
            CreatedAt = app.Clock.GetUtcNow(),
        };
        await app.WithDbAsync(async db => { db.Sessions.Add(session); return await db.SaveChangesAsync(); });
        return (parent, session);
    }

    private Task<int> QueueAsync() => app.Services.GetRequiredService<SessionReminders>().QueueDueAsync();

    [Fact]
    public async Task Reminders_go_48_hours_and_2_hours_before_once_each_with_nothing_clinical()
    {
        _ = app.Server;
        var (parent, _) = await BookedAsync(app.Clock.GetUtcNow().AddDays(3));
        Assert.Equal(0, await QueueAsync());

        app.Clock.Advance(TimeSpan.FromHours(25)); // now 47 hours before
        Assert.Equal(1, await QueueAsync());
        Assert.Equal(0, await QueueAsync());
        var first = await app.Mail.WaitForAsync(parent.Email, "Reminder: your session");
        Assert.Contains("parent-only coaching session", first.TextBody);
        Assert.Contains("https://alongside.example/family/sessions", first.TextBody);
        Assert.Contains("Join the video call here from 10 minutes before it starts:", first.TextBody);
        Assert.Contains("https://alongside.example/family/sessions?handler=Join&id=", first.TextBody); // the app's address, never the room itself
        Assert.DoesNotContain("room-reminded", first.TextBody);

        app.Clock.Advance(TimeSpan.FromHours(46)); // now 1 hour before
        Assert.Equal(1, await QueueAsync());
        await app.Mail.WaitForAsync(m => m.To.ToString().Contains(parent.Email, StringComparison.OrdinalIgnoreCase)
                                         && (m.Subject ?? "").StartsWith("Reminder", StringComparison.Ordinal) && m != first);
        Assert.Equal(0, await QueueAsync());

        app.Clock.Advance(TimeSpan.FromHours(2)); // after the session: nothing more
        Assert.Equal(0, await QueueAsync());
        Assert.Equal(2, app.Mail.Received.Count(m => m.To.ToString().Contains(parent.Email, StringComparison.OrdinalIgnoreCase) && (m.Subject ?? "").StartsWith("Reminder", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Cancelled_sessions_get_no_reminder()
    {
        _ = app.Server;
        var (parent, _) = await BookedAsync(app.Clock.GetUtcNow().AddHours(10), SessionStatus.CancelledByFamily);
        await QueueAsync();
        await Task.Delay(500);
        Assert.DoesNotContain(app.Mail.Received, m => m.To.ToString().Contains(parent.Email, StringComparison.OrdinalIgnoreCase));
    }
}
