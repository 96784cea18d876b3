using Alongside.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.Groups.Discussion;

/// <summary>
/// A post held for moderation may be someone asking for help. When one waits longer than
/// Risk:HeldPostAlertMinutes, the group's organisation gets a risk alert (supervisors and admins
/// first), which then climbs the ladder like any other until someone acknowledges it.
/// </summary>
public sealed class HeldPostAlerts(IServiceScopeFactory scopes, TimeProvider clock, IOptions<RiskOptions> options, ILogger<HeldPostAlerts> logger)
    : PeriodicScan(clock, logger)
{
    protected override string What => "Alerting on held group posts";

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.ScanSeconds);

    protected override Task ScanAsync(CancellationToken stoppingToken) => RaiseDueAsync(stoppingToken);

    /// <summary>Raises one alert per group with posts held too long. Returns how many groups were alerted.</summary>
    public async Task<int> RaiseDueAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlongsideDbContext>();
        var alerts = scope.ServiceProvider.GetRequiredService<RiskAlerts>();
        var now = Clock.GetUtcNow();
        var cutoff = now - TimeSpan.FromMinutes(options.Value.HeldPostAlertMinutes);
        var waiting = await db.GroupPosts
            .Where(p => p.Status == PostStatus.Held && p.PostedAt <= cutoff && p.HeldAlertRaisedAt == null)
            .OrderBy(p => p.PostedAt).Take(200).ToListAsync(cancellationToken);
        var groups = waiting.Select(p => p.GroupId).Distinct().ToList();
        var organisations = await db.PeerGroups.Where(g => groups.Contains(g.Id)).Select(g => new { g.Id, g.OrganisationId }).ToListAsync(cancellationToken);
        foreach (var group in organisations)
        {
            var staff = await FamilyRecipients.StaffAsync(db, group.OrganisationId, Role.Supervisor, Role.Admin);
            await alerts.RaiseForOrganisationAsync(group.OrganisationId, null, staff, "the organisation's supervisors and admins",
                "a group post waiting for moderation", $"/groups/{group.Id}/discussion/review");
        }
        foreach (var post in waiting) post.HeldAlertRaisedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return organisations.Count;
    }
}
