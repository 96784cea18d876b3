using System.Globalization;
using System.Net;
using AngleSharp.Dom;

namespace Alongside.IntegrationTests.Support;

/// <summary>A family ready to book: its parent and clinician signed in, and the clinician's staff browser.</summary>
public sealed record Ready(Person Parent, HttpClient Family, Person Clinician, HttpClient Staff, Guid FamilyId);

public static class SessionSteps
{
    /// <summary>Every day, 08:00 to 20:00: slots are always within reach of a test.</summary>
    public static Dictionary<string, string> AllWeek()
    {
        var form = Enumerable.Range(0, 28).ToDictionary(i => $"Times[{i}]", _ => ""); // a browser sends every box
        for (var d = 0; d < 7; d++)
        {
            form[$"Times[{d * 4}]"] = "08:00";
            form[$"Times[{(d * 4) + 1}]"] = "20:00";
        }
        return form;
    }

    /// <summary>A family with an agreed plan of <paramref name="sessions"/> parenting sessions, its clinician on the care team with hours set.</summary>
    public static async Task<Ready> ReadyToBookAsync(this AlongsideApp app, int sessions = 6, Organisation? org = null, Person? clinician = null)
    {
        org ??= await app.CreateOrganisationAsync();
        var (parent, familyId) = await app.CreateParentAsync(workedWithBy: org);
        clinician ??= await app.CreateStaffAsync(org, Role.Clinician);
        var staff = app.NewBrowser();
        await staff.SignInAsync(clinician);
        await app.JoinCareTeamAsync(familyId, clinician, org);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync("/staff/availability", AllWeek())).StatusCode);
        Assert.Equal(7, await staff.WorkingHoursStretchesAsync());
        var form = app.PlanForm(await staff.ChildIdAsync(familyId), funding: FundingRoute.SelfFunded);
        form["Input.Items[0].Sessions"] = sessions.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var planId = PlanIdFrom(await staff.PostFormAsync($"/staff/families/{familyId}/plans/new", form));
        var family = app.NewBrowser();
        await family.SignInAsync(parent);
        await family.AgreePlanAsync(planId);
        return new Ready(parent, family, clinician, staff, familyId);
    }

    /// <summary>The free times offered on a booking page: each is a form with the clinician and the start.</summary>
    public static List<(string Clinician, long Start)> Slots(string html) =>
        Html.Parse(html).QuerySelectorAll("form:has(input[name=clinicianId])")
            .Select(form => (form.Value("input[name=clinicianId]"), long.Parse(form.Value("input[name=start]"), CultureInfo.InvariantCulture)))
            .ToList();

    /// <summary>Confirms a free time on the review page, as a parent does after choosing it; <paramref name="query"/> may add "&amp;move=id".</summary>
    public static Task<HttpResponseMessage> BookAsync(HttpClient family, (string Clinician, long Start) slot, string query = "", string mode = "Online")
    {
        var review = $"/family/sessions/book/review?kind=ParentingSupport&clinicianId={slot.Clinician}&start={slot.Start.ToString(CultureInfo.InvariantCulture)}{query}";
        return family.PostFormAsync(review, new Dictionary<string, string> { ["mode"] = mode }, tokenFrom: review);
    }

    /// <summary>Cancels a session on its confirmation page, as a parent does.</summary>
    public static Task<HttpResponseMessage> CancelAsync(HttpClient family, Guid id) =>
        family.PostFormAsync($"/family/sessions/{id}/cancel", new Dictionary<string, string>(), tokenFrom: $"/family/sessions/{id}/cancel");

    /// <summary>Parenting sessions used in the family's plan, as the care team reads it on the plan page.</summary>
    public static async Task<int> UsedAsync(this HttpClient staff, Guid familyId)
    {
        var record = Html.Parse(await staff.GetPageAsync($"/staff/families/{familyId}"));
        var plans = record.Links($"/staff/families/{familyId}/plans/").Where(href => !href.EndsWith("/new", StringComparison.Ordinal)).Distinct().ToList();
        var plan = Html.Parse(await staff.GetPageAsync(Assert.Single(plans)));
        var row = Assert.Single(plan.TableRows("table:not(.app-money)"), r => r[0] == PlanChoices.Describe(PlanItemKind.ParentingSupportSessions));
        return int.Parse(row[2], CultureInfo.InvariantCulture);
    }

    /// <summary>The parent agrees to their support plan on the plan page.</summary>
    public static async Task AgreePlanAsync(this HttpClient family, Guid planId)
    {
        var agreed = await family.PostFormAsync($"/family/plans/{planId}?handler=Agree", new Dictionary<string, string>(), tokenFrom: $"/family/plans/{planId}");
        Assert.Equal(HttpStatusCode.Redirect, agreed.StatusCode);
    }

    public static Guid PlanIdFrom(HttpResponseMessage saved)
    {
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"The plan was not saved: {saved.StatusCode}");
        return Guid.Parse(Browser.Location(saved).Split("/plans/")[1][..36]);
    }

    /// <summary>The child a plan can be written for, as offered on the new-plan page.</summary>
    public static async Task<Guid> ChildIdAsync(this HttpClient staff, Guid familyId) =>
        Guid.Parse(Html.Parse(await staff.GetPageAsync($"/staff/families/{familyId}/plans/new")).Value("input[name='Input.ChildId']"));

    /// <summary>How many stretches of working hours the clinician has saved, read back from their hours page.</summary>
    public static async Task<int> WorkingHoursStretchesAsync(this HttpClient staff)
    {
        var page = Html.Parse(await staff.GetPageAsync("/staff/availability"));
        string Box(int i) => page.QuerySelector($"input[name='Times[{i}]']")?.GetAttribute("value") ?? "";
        return Enumerable.Range(0, 14).Count(stretch => Box(stretch * 2) != "" && Box((stretch * 2) + 1) != "");
    }

    public sealed record UpcomingSession(Guid Id, string When, string Details, string? VideoLink);

    public sealed record PastSession(string When, string Text);

    /// <summary>The family's sessions page: what is coming up (earliest first) and what is earlier or cancelled (latest first).</summary>
    public static async Task<(IReadOnlyList<UpcomingSession> Upcoming, IReadOnlyList<PastSession> Past)> SessionsAsync(this HttpClient family)
    {
        var page = Html.Parse(await family.GetPageAsync("/family/sessions"));
        var upcoming = page.QuerySelectorAll(".nhsuk-card:has(a[href*='handler=Calendar'])").Select(card => new UpcomingSession(
            Guid.Parse(Html.QueryValue(card.QuerySelector("a[href*='handler=Calendar']")!.GetAttribute("href")!, "id")),
            card.Text(".nhsuk-card__heading"),
            card.Text(".nhsuk-card__heading + p"),
            card.QuerySelector("a[rel~=noreferrer]")?.GetAttribute("href"))).ToList();
        var heading = page.QuerySelectorAll("h2").FirstOrDefault(h => Html.Text(h) == "Earlier and cancelled");
        var past = heading?.NextElementSibling?.Children.Select(li => Html.Text(li)).Select(text => new PastSession(text.Split(": ", 2)[0], text)).ToList() ?? [];
        return (upcoming, past);
    }

    /// <summary>When a session starts and ends, from the calendar file the family can download (plain text, so a pattern reads it).</summary>
    public static async Task<(DateTimeOffset StartsAt, DateTimeOffset EndsAt)> SessionTimesAsync(this HttpClient family, Guid id)
    {
        var ics = await family.GetPageAsync($"/family/sessions?handler=Calendar&id={id}");
        DateTimeOffset Read(string field) => DateTimeOffset.ParseExact(
            System.Text.RegularExpressions.Regex.Match(ics, $"^{field}:(\\d{{8}}T\\d{{6}})Z", System.Text.RegularExpressions.RegexOptions.Multiline).Groups[1].Value,
            "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        return (Read("DTSTART"), Read("DTEND"));
    }

    /// <summary>A row of the clinician's diary. <see cref="Status"/> is "Booked" while the session is still to be recorded.</summary>
    public sealed record DiaryRow(Guid? Id, string When, Guid FamilyId, string Session, string Status);

    /// <summary>The clinician's own sessions, earliest first, as their diary shows them.</summary>
    public static async Task<IReadOnlyList<DiaryRow>> DiaryAsync(this HttpClient staff, string url = "/staff/sessions")
    {
        var page = Html.Parse(await staff.GetPageAsync(url));
        return page.QuerySelectorAll("table tbody tr").Select(row =>
        {
            var cells = row.QuerySelectorAll("td").ToList();
            // A booked session has a way to record attendance (once started) or to change it (before); any other shows its status.
            var record = row.QuerySelector("form[action*='handler=Record']")?.GetAttribute("action");
            var change = row.QuerySelector("a[href$='/change']")?.GetAttribute("href");
            var status = row.QuerySelector(".app-session-status");
            return new DiaryRow(
                record is not null ? Guid.Parse(Html.QueryValue(record, "id")) : change is not null ? Guid.Parse(change.Split('/')[3]) : null,
                Html.CellText(cells[0]),
                Guid.Parse(cells[1].QuerySelector("a")!.GetAttribute("href")!["/staff/families/".Length..]),
                Html.CellText(cells[2]),
                status is null ? "Booked" : Html.CellText(status));
        }).ToList();
    }

    /// <summary>A session two hours ago that the family's clinician records as attended, through the diary.</summary>
    public static async Task<Guid> AttendedSessionAsync(this AlongsideApp app, Ready ready)
    {
        var session = new Session
        {
            FamilyId = ready.FamilyId,
            ClinicianUserId = ready.Clinician.Id,
            Kind = SessionKind.ParentingSupport,
            StartsAt = app.Now.AddHours(-2),
            EndsAt = app.Now.AddHours(-1),
            Mode = DeliveryMode.Online,
            BookedByUserId = ready.Clinician.Id,
            CreatedAt = app.Now.AddDays(-3),
        };
        await app.WithDbAsync(db => { db.Sessions.Add(session); return db.SaveChangesAsync(); });
        var recorded = await ready.Staff.PostFormAsync($"/staff/sessions?handler=Record&id={session.Id}&outcome=Attended", new Dictionary<string, string>(), tokenFrom: "/staff/sessions");
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        return session.Id;
    }
}
