using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Strategies;

public abstract class HomeStrategyTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private static Dictionary<string, string> Strategy(string title) => new()
    {
        ["Input.Title"] = title,
        ["Input.WhatToDo"] = "Give a five-minute warning before bath time, with the sand timer.",
        ["Input.WhyItHelps"] = "Changes feel less like a threat when they can be seen coming.",
        ["Input.HowOften"] = "Every evening",
    };

    private Dictionary<string, string> Log(string what, int rating, int daysAgo = 0) => new()
    {
        ["Input.Date"] = DateOnly.FromDateTime(app.Now.UtcDateTime).AddDays(-daysAgo).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Input.WhatHappened"] = what,
        ["Input.Rating"] = rating.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Note"] = "",
    };

    /// <summary>Where the family notes how the one strategy shared with them went: the link on their page.</summary>
    private static async Task<string> LogPageAsync(HttpClient family) =>
        Assert.Single(Html.Parse(await family.GetPageAsync("/family/strategies")).Links("/family/strategies/"), href => href.EndsWith("/log", StringComparison.Ordinal));

    [Fact]
    public async Task A_clinician_shares_a_strategy_the_parent_logs_tries_and_the_clinician_reads_the_log_since_the_last_session()
    {
        var (org, parent, familyId, clinician, staff) = await app.FamilyWithCareTeamAsync();
        var page = $"/staff/families/{familyId}/strategies";
        var missing = await staff.PostFormAsync(page, new Dictionary<string, string> { ["Input.Title"] = "", ["Input.WhatToDo"] = "", ["Input.WhyItHelps"] = "", ["Input.HowOften"] = "" });
        Assert.Contains("Say why it helps", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync(page, Strategy("Five-minute warning"))).StatusCode);
        await app.Mail.WaitForAsync(parent.Email, "A new strategy to try at home");

        var family = app.NewBrowser();
        await family.SignInAsync(parent);
        var list = await family.GetPageAsync("/family/strategies");
        Assert.Contains("Five-minute warning", list);
        Assert.Contains("Changes feel less like a threat", list);

        var logPage = await LogPageAsync(family);
        var future = await family.PostFormAsync(logPage, Log("Tried it", 4, daysAgo: -2));
        Assert.Contains("today or in the past", await future.Content.ReadAsStringAsync());
        var unrated = Log("Tried it", 4);
        unrated["Input.Rating"] = "9";
        Assert.Contains("Choose how it went, from 1 to 5", await (await family.PostFormAsync(logPage, unrated)).Content.ReadAsStringAsync());
        Assert.Empty(Html.Parse(await family.GetPageAsync("/family/strategies")).QuerySelectorAll(".nhsuk-card:has(a[href$='/log']) li")); // no notes logged

        Assert.Equal("/family/strategies", Browser.Location(await family.PostFormAsync(logPage, Log("OLD-ENTRY before the session", 2, daysAgo: 3))));
        // Arranged in the database: the app cannot backdate an entry or hold a session in the past.
        var threeDaysAgo = app.Now.AddDays(-3);
        await app.WithDbAsync(db => db.HomeLogEntries.Where(e => e.FamilyId == familyId).ExecuteUpdateAsync(s => s.SetProperty(e => e.CreatedAt, threeDaysAgo)));
        // A session is attended between the two entries.
        await app.WithDbAsync(async db =>
        {
            db.Sessions.Add(new Session { FamilyId = familyId, ClinicianUserId = clinician.Id, Kind = SessionKind.ParentingSupport, StartsAt = app.Now.AddHours(-3), EndsAt = app.Now.AddHours(-2), Status = SessionStatus.Attended, BookedByUserId = clinician.Id, CreatedAt = app.Now });
            return await db.SaveChangesAsync();
        });
        await family.PostFormAsync(logPage, Log("NEW-ENTRY: calmer bath time, she set the timer herself", 5));
        Assert.Contains("calmer bath time", await family.GetPageAsync("/family/strategies"));

        var since = await staff.GetPageAsync(page);
        Assert.Contains("Home log since the last session", since);
        Assert.Contains("NEW-ENTRY", since);
        Assert.Contains("went very well (5 out of 5)", since);
        Assert.DoesNotContain("OLD-ENTRY", since);
        Assert.Contains("OLD-ENTRY", await staff.GetPageAsync(page + "?all=true"));
        // The audit trail has no page of its own.
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.FamilyId == familyId && a.ActorUserId == clinician.Id && a.EntityType == "HomeLog")));

        // Only the care team reads the log; only the family logs.
        var colleague = app.NewBrowser();
        await colleague.SignInAsync(await app.CreateStaffAsync(org, Role.Clinician));
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync(page)).StatusCode);
        var stranger = app.NewBrowser();
        await stranger.SignInAsync((await app.CreateParentAsync()).Parent);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(logPage)).StatusCode);
        Assert.DoesNotContain("Five-minute warning", await stranger.GetPageAsync("/family/strategies"));
    }

    [Fact]
    public async Task Risk_words_in_the_home_log_show_urgent_help_alert_the_care_team_and_keep_the_entry()
    {
        var (_, parent, familyId, clinician, staff) = await app.FamilyWithCareTeamAsync();
        await staff.PostFormAsync($"/staff/families/{familyId}/strategies", Strategy("Calm corner"));
        var family = app.NewBrowser();
        await family.SignInAsync(parent);
        var logPage = await LogPageAsync(family);

        var calm = await family.PostFormAsync(logPage, Log("She used the calm corner and it helped.", 4));
        Assert.DoesNotContain("get help now", await family.GetPageAsync(Browser.Location(calm)));

        var saved = await family.PostFormAsync(logPage, Log("He said he wants to KILL himself... and he has been self  harming.", 1));
        var shown = await family.GetPageAsync(Browser.Location(saved));
        Assert.Contains("If you or a child are not safe, get help now", shown);
        Assert.Contains("Samaritans", shown);
        var alert = await app.Mail.WaitForAsync(clinician.Email, "a family may need urgent help");
        Assert.DoesNotContain("self", alert.TextBody, StringComparison.OrdinalIgnoreCase); // where, never what
        var log = Html.Parse(await staff.GetPageAsync($"/staff/families/{familyId}/strategies?all=true"));
        Assert.Contains(log.QuerySelectorAll("li"), e => e.QuerySelector(".nhsuk-tag--red") is not null && Html.Text(e).Contains("harming", StringComparison.Ordinal)); // kept, and flagged
        Assert.Contains("May need urgent attention", await staff.GetPageAsync($"/staff/families/{familyId}/strategies"));
    }
}

public sealed class HomeStrategyTestsOnSqlite(SqliteApp app) : HomeStrategyTests<SqliteApp>(app);

public sealed class HomeStrategyTestsOnPostgres(PostgresApp app) : HomeStrategyTests<PostgresApp>(app);
