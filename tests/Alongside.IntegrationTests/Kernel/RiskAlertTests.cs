using System.Net;
using Alongside.IntegrationTests.Features.Groups;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Groups.Discussion;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Alongside.IntegrationTests.Kernel;

/// <summary>The app on a clock the test moves; the background scans are parked, so each test climbs the ladder itself.</summary>
public sealed class RiskClockApp : SqliteApp
{
    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("Risk:ScanSeconds", "86400"), new("Risk:AcknowledgeWithinMinutes", "60"), new("Risk:HeldPostAlertMinutes", "120")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class RiskAlertTests(RiskClockApp app) : IClassFixture<RiskClockApp>
{
    private Task<int> EscalateAsync() => app.WithScopeResultAsync(sp => sp.GetRequiredService<RiskAlerts>().EscalateDueAsync());

    private Task<List<string>> StepsAsync(Guid alertId) =>
        app.WithDbAsync(db => db.RiskAlertSteps.Where(s => s.AlertId == alertId).OrderBy(s => s.At).ThenBy(s => s.Id).Select(s => s.What).ToListAsync());

    [Fact]
    public async Task An_unacknowledged_alert_climbs_to_the_duty_contacts_then_the_admins_and_stops_when_someone_says_what_they_did()
    {
        var (org, parent, familyId, clinician, staff) = await app.FamilyWithCareTeamAsync();
        var supervisor = await app.CreateStaffAsync(org, Role.Supervisor);
        var admin = await app.CreateStaffAsync(org, Role.Admin);
        var family = app.NewBrowser();
        await family.SignInAsync(parent);
        await family.PostMultipartAsync("/messages/new", new Dictionary<string, string> { ["Input.Subject"] = "Tonight", ["Input.Body"] = "I want to end my life." }, []);
        var raised = app.Now;
        await app.Mail.WaitForAsync(clinician.Email, "a family may need urgent help");
        var alertId = await app.WithDbAsync(db => db.RiskAlerts.Where(a => a.FamilyId == familyId).Select(a => a.Id).SingleAsync());

        app.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(0, await EscalateAsync()); // not yet
        app.Clock.Advance(TimeSpan.FromMinutes(2)); // 61 minutes
        Assert.Equal(1, await EscalateAsync());
        await app.Mail.WaitForAsync(supervisor.Email, "Nobody has acted yet");
        Assert.DoesNotContain(app.Mail.Received, m => m.To.Mailboxes.Any(x => x.Address == admin.Email));

        app.Clock.Advance(TimeSpan.FromMinutes(61)); // 122 minutes
        Assert.Equal(1, await EscalateAsync());
        await app.Mail.WaitForAsync(admin.Email, "Nobody has acted yet");
        app.Clock.Advance(TimeSpan.FromHours(5));
        Assert.Equal(0, await EscalateAsync()); // the top of the ladder: no more emails

        // Saying nothing is refused; saying what was done closes it.
        var empty = await staff.PostFormAsync("/staff/risk", new Dictionary<string, string> { ["alertId"] = alertId.ToString(), ["actionTaken"] = " " });
        Assert.Contains("Say what you did", await empty.Content.ReadAsStringAsync());
        var done = await staff.PostFormAsync("/staff/risk", new Dictionary<string, string> { ["alertId"] = alertId.ToString(), ["actionTaken"] = "Called the family; safety plan agreed." });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var alert = await app.WithDbAsync(db => db.RiskAlerts.SingleAsync(a => a.Id == alertId));
        Assert.Equal((clinician.Id, "Called the family; safety plan agreed."), (alert.AcknowledgedByUserId!.Value, alert.ActionTaken!));
        Assert.Null(alert.NextEscalationAt);
        Assert.Equal(RiskLevel.Admins, alert.Level);
        var steps = await StepsAsync(alertId);
        Assert.Equal(4, steps.Count);
        Assert.StartsWith("Raised: the care team told (1)", steps[0]);
        Assert.StartsWith("Not acknowledged in time: the duty contacts (supervisors) told (1)", steps[1]);
        Assert.StartsWith("Not acknowledged in time: the organisation admins told (1)", steps[2]);
        Assert.StartsWith("Acknowledged by", steps[3]);
        Assert.Equal([raised, raised.AddMinutes(61), raised.AddMinutes(122)],
            await app.WithDbAsync(db => db.RiskAlertSteps.Where(s => s.AlertId == alertId).OrderBy(s => s.At).Take(3).Select(s => s.At).ToListAsync()));
        Assert.Contains("Called the family", await staff.GetPageAsync("/staff/risk"));
    }

    [Fact]
    public async Task A_self_referral_with_risk_words_alerts_the_triage_staff_and_shows_urgent_help_and_outsiders_cannot_answer_it()
    {
        var org = await app.CreateOrganisationAsync();
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        var (parent, _) = await app.CreateParentAsync();
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent);
        var answers = ReferralSteps.Answers(org.Id);
        answers["whats-happening"] = "He says he wants to die and I do not know what to do.";
        await browser.AnswerAllAsync(answers);
        var check = await browser.GetPageAsync("/get-help/check");
        var sent = await browser.PostFormAsync("/get-help/check", new Dictionary<string, string> { ["DraftId"] = Html.Parse(check).Value("input[name=DraftId]") });
        Assert.Contains("If you or a child are not safe, get help now", await browser.GetPageAsync(Browser.Location(sent)));
        var mail = await app.Mail.WaitForAsync(clinician.Email, "a family may need urgent help");
        Assert.DoesNotContain("wants to die", mail.TextBody);

        var triage = app.NewBrowser();
        await triage.SignInAsync(clinician);
        var queue = await triage.GetPageAsync("/staff/risk");
        Assert.Contains("a request for help", queue);
        var alertId = await app.WithDbAsync(db => db.RiskAlerts.Where(a => a.Organisations.Any(o => o.OrganisationId == org.Id)).Select(a => a.Id).SingleAsync());

        // Staff of another organisation neither see it nor can close it.
        var outsider = app.NewBrowser();
        await outsider.SignInAsync(await app.CreateStaffAsync(await app.CreateOrganisationAsync(), Role.Clinician));
        Assert.DoesNotContain("a request for help", await outsider.GetPageAsync("/staff/risk"));
        var forged = await outsider.PostFormAsync("/staff/risk", new Dictionary<string, string> { ["alertId"] = alertId.ToString(), ["actionTaken"] = "nothing" });
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.RiskAlerts.Where(a => a.Id == alertId).Select(a => a.AcknowledgedAt).SingleAsync()));
    }

    [Fact]
    public async Task A_post_held_longer_than_the_setting_alerts_the_groups_organisation_once()
    {
        var group = await app.GroupAsync();
        var supervisor = await app.CreateStaffAsync(group.Org, Role.Supervisor);
        var (_, member) = await app.MemberAsync(group, "Sam");
        await member.PostAsync(group.GroupId, "I feel suicidal tonight");
        Assert.True(await app.WithDbAsync(db => db.GroupPosts.AnyAsync(p => p.GroupId == group.GroupId && p.Status == Alongside.Web.Features.Groups.PostStatus.Held)));
        var scan = () => app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<HeldPostAlerts>().Single().RaiseDueAsync();

        app.Clock.Advance(TimeSpan.FromMinutes(119));
        Assert.Equal(0, await scan());
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await scan());
        Assert.Equal(0, await scan()); // once
        await app.Mail.WaitForAsync(supervisor.Email, "may need urgent help");
        Assert.Equal(1, await app.WithDbAsync(db => db.RiskAlerts.CountAsync(a => a.Path == $"/groups/{group.GroupId}/discussion/review")));
    }
}
