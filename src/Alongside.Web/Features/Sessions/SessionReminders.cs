using Alongside.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.Sessions;

/// <summary>
/// Queues reminder emails for booked sessions through the outbox, each offset once (a row per
/// session and offset, written in the same transaction as the email). The text gives the time
/// and who with, never anything clinical.
/// </summary>
public sealed class SessionReminders(IServiceScopeFactory scopes, TimeProvider clock, IOptions<SessionOptions> options, ILogger<SessionReminders> logger)
    : PeriodicScan(clock, logger)
{
    protected override string What => "Queuing session reminders";

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.ReminderScanSeconds);

    protected override Task ScanAsync(CancellationToken stoppingToken) => QueueDueAsync(stoppingToken);

    /// <summary>Queues every reminder now due. Returns how many were queued.</summary>
    public async Task<int> QueueDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Clock.GetUtcNow();
        var queued = 0;
        foreach (var hours in options.Value.ReminderHours.Where(h => h > 0).Distinct())
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AlongsideDbContext>();
            var notices = scope.ServiceProvider.GetRequiredService<Notices>();
            var horizon = now.AddHours(hours);
            var due = await db.Sessions
                .Where(s => s.Status == SessionStatus.Booked && s.StartsAt > now && s.StartsAt <= horizon
                            && !db.SessionReminders.Any(r => r.SessionId == s.Id && r.HoursBefore == hours))
                .OrderBy(s => s.StartsAt).Take(200)
                .Select(s => new { s.Id, s.FamilyId, s.Kind, s.StartsAt, Clinician = s.Clinician!.DisplayName, JoinId = s.Mode == DeliveryMode.Online && s.VideoLink != null ? s.Id : (Guid?)null })
                .ToListAsync(cancellationToken);
            if (due.Count == 0) continue;
            var familyIds = due.Select(d => d.FamilyId).Distinct().ToList();
            var carers = await db.FamilyCarers.Where(c => familyIds.Contains(c.FamilyId))
                .Select(c => new { c.FamilyId, c.User!.Email, c.User.DisplayName }).ToListAsync(cancellationToken);
            foreach (var session in due)
            {
                foreach (var carer in carers.Where(c => c.FamilyId == session.FamilyId && c.Email is not null))
                {
                    await notices.SendAsync(new Recipient(carer.Email!, carer.DisplayName), new SessionReminderNotice(session.Kind, session.Clinician, session.StartsAt, session.JoinId));
                }
                db.SessionReminders.Add(new SessionReminder { SessionId = session.Id, HoursBefore = hours, QueuedAt = now });
                queued++;
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        return queued;
    }

}
