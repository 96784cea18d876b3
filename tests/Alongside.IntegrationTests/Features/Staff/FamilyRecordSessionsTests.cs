using System.Net;
using Alongside.IntegrationTests.Support;

namespace Alongside.IntegrationTests.Features.Staff;

/// <summary>The family record's sessions (coming up and past, with attendance) and contact details: the care team's only.</summary>
public abstract class FamilyRecordSessionsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    [Fact]
    public async Task The_care_team_sees_the_familys_sessions_and_contact_details_and_nobody_else_does()
    {
        var (org, parent, familyId, clinician, staff) = await app.FamilyWithCareTeamAsync();
        var now = app.Now;
        var sessions = new[]
        {
            (now.AddDays(-14), SessionStatus.Attended),
            (now.AddDays(-7), SessionStatus.DidNotAttend),
            (now.AddDays(-2), SessionStatus.Booked),
            (now.AddDays(3), SessionStatus.CancelledByFamily),
            (now.AddDays(7), SessionStatus.Booked),
        }.Select(s => new Session
        {
            FamilyId = familyId,
            ClinicianUserId = clinician.Id,
            Kind = SessionKind.Coaching,
            StartsAt = s.Item1,
            EndsAt = s.Item1.AddHours(1),
            Mode = DeliveryMode.FaceToFace,
            Status = s.Item2,
            BookedByUserId = clinician.Id,
            CreatedAt = now,
        }).ToList();
        await app.WithDbAsync(async db => { db.Sessions.AddRange(sessions); return await db.SaveChangesAsync(); });

        var page = Html.Parse(await staff.GetPageAsync($"/staff/families/{familyId}"));
        var upcoming = page.Texts("#sessions-coming-up li");
        var past = page.Texts("#sessions-past li");
        Assert.Equal(2, upcoming.Count);
        Assert.Contains("Cancelled by the family", upcoming[0]);
        Assert.Contains("Booked", upcoming[1]);
        Assert.Equal(3, past.Count);
        Assert.Contains("attendance not recorded yet", past[0]); // latest first
        Assert.Contains("Did not attend", past[1]);
        Assert.Contains("Attended", past[2]);
        Assert.All(past, p => Assert.Contains("Parent-only coaching session", p));
        Assert.Contains($"/staff/sessions/{sessions[0].Id}/notes", page.Links());
        Assert.DoesNotContain($"/staff/sessions/{sessions[4].Id}/notes", page.Links());
        Assert.Contains(parent.Email, page.Text("#contact-details"));

        // A clinician of the same organisation, not on the care team, opens the record without either.
        var colleague = await app.CreateStaffAsync(org, Role.Clinician);
        var browser = app.NewBrowser();
        await browser.SignInAsync(colleague);
        var theirs = await browser.GetPageAsync($"/staff/families/{familyId}");
        Assert.DoesNotContain(parent.Email, theirs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("sessions-past", theirs);
        Assert.DoesNotContain($"/staff/sessions/{sessions[0].Id}", theirs);
        Assert.DoesNotContain("Contact details", theirs);

        // A clinician elsewhere gets nothing at all.
        var stranger = await app.CreateStaffAsync(await app.CreateOrganisationAsync(), Role.Clinician);
        var strangerBrowser = app.NewBrowser();
        await strangerBrowser.SignInAsync(stranger);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerBrowser.GetAsync($"/staff/families/{familyId}")).StatusCode);
    }
}

public sealed class FamilyRecordSessionsTestsOnSqlite(SqliteApp app) : FamilyRecordSessionsTests<SqliteApp>(app);

public sealed class FamilyRecordSessionsTestsOnPostgres(PostgresApp app) : FamilyRecordSessionsTests<PostgresApp>(app);
