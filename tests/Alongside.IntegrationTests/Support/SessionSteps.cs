using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Support;

/// <summary>A family ready to book: its parent and clinician signed in, and the clinician's staff browser.</summary>
public sealed record Ready(Person Parent, HttpClient Family, Person Clinician, HttpClient Staff, Guid FamilyId);

public static partial class SessionSteps
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
        await staff.PostFormAsync($"/staff/families/{familyId}?handler=Join", new Dictionary<string, string>(), tokenFrom: $"/staff/families/{familyId}");
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync("/staff/availability", AllWeek())).StatusCode);
        var clinicianId = clinician.Id;
        Assert.Equal(7, await app.WithDbAsync(db => db.WorkingHours.CountAsync(h => h.ClinicianUserId == clinicianId)));
        var form = app.PlanForm(await app.ChildIdAsync(familyId), funding: FundingRoute.SelfFunded);
        form["Input.Items[0].Sessions"] = sessions.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await staff.PostFormAsync($"/staff/families/{familyId}/plans/new", form);
        await app.WithDbAsync(async db => await db.SupportPlans.Where(p => p.FamilyId == familyId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PlanStatus.Agreed)));
        var family = app.NewBrowser();
        await family.SignInAsync(parent);
        return new Ready(parent, family, clinician, staff, familyId);
    }

    public static List<(string Clinician, long Start)> Slots(string html) =>
        SlotPattern().Matches(html)
            .Select(m => (m.Groups[1].Value, long.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();

    public static Task<HttpResponseMessage> BookAsync(HttpClient family, (string Clinician, long Start) slot, string query = "") =>
        family.PostFormAsync($"/family/sessions/book?kind=ParentingSupport{query}",
            new Dictionary<string, string> { ["clinicianId"] = slot.Clinician, ["start"] = slot.Start.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public static Task<int> UsedAsync(this AlongsideApp app, Guid familyId) =>
        app.WithDbAsync(db => db.PlanItems.Where(i => i.Kind == PlanItemKind.ParentingSupportSessions && db.SupportPlans.Any(p => p.Id == i.PlanId && p.FamilyId == familyId)).Select(i => i.SessionsUsed).SingleAsync());

    [GeneratedRegex("name=\"clinicianId\" value=\"([^\"]+)\">\\s*<input type=\"hidden\" name=\"start\" value=\"(\\d+)\"")]
    private static partial Regex SlotPattern();
}
