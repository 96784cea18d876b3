using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Outcomes;

public abstract class FeedbackTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    /// <summary>A session of the clinician's with the family, and the family's answered feedback on it.</summary>
    private Task<int> AnsweredAsync(Guid familyId, Person clinician, Person parent, int rating, string? words) => app.WithDbAsync(db =>
    {
        var session = new Session
        {
            FamilyId = familyId,
            ClinicianUserId = clinician.Id,
            Kind = SessionKind.ParentingSupport,
            StartsAt = app.Now.AddDays(-3),
            EndsAt = app.Now.AddDays(-3).AddHours(1),
            Mode = DeliveryMode.Online,
            BookedByUserId = clinician.Id,
            CreatedAt = app.Now.AddDays(-10),
            Status = SessionStatus.Attended,
        };
        var response = new MeasureResponse { FamilyId = familyId, SessionId = session.Id, InstrumentId = "session-feedback", InstrumentVersion = 1, AnsweredByUserId = parent.Id, AnsweredAt = app.Now.AddDays(-2), Total = rating };
        response.Answers.AddRange(Enumerable.Range(1, 4).Select(i => new MeasureAnswer { Item = i, Value = rating }));
        if (words is not null) response.Answers.Add(new MeasureAnswer { Item = 5, Text = words });
        db.Sessions.Add(session);
        db.MeasureResponses.Add(response);
        return db.SaveChangesAsync();
    });

    [Fact]
    public async Task A_clinician_sees_their_own_feedback_an_admin_sees_the_services_and_five_answers_are_needed_for_an_average()
    {
        var org = await app.CreateOrganisationAsync();
        var (parent, familyId) = await app.CreateParentAsync(workedWithBy: org);
        var ann = await app.CreateStaffAsync(org, Role.Clinician);
        var bo = await app.CreateStaffAsync(org, Role.Clinician);
        for (var i = 0; i < 5; i++) await AnsweredAsync(familyId, ann, parent, i < 3 ? 4 : 3, i == 0 ? "The bedtime ideas helped." : null);
        for (var i = 0; i < 2; i++) await AnsweredAsync(familyId, bo, parent, 1, i == 0 ? "Felt rushed." : null);

        var (annName, boName) = ($"Ann {Guid.NewGuid():N}"[..12], $"Bo {Guid.NewGuid():N}"[..12]);
        await app.WithDbAsync(async db => await db.Users.Where(u => u.Id == ann.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, annName))
            + await db.Users.Where(u => u.Id == bo.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, boName)));
        var familyName = await app.WithDbAsync(db => db.Families.Where(f => f.Id == familyId).Select(f => f.Name).SingleAsync());
        var annBrowser = app.NewBrowser();
        await annBrowser.SignInAsync(ann);
        var own = Html.Parse(await annBrowser.GetPageAsync("/staff/feedback"));
        var row = Assert.Single(own.TableRows(), r => r[0].EndsWith(annName, StringComparison.Ordinal));
        // (4 + 4 + 4 + 3 + 3) / 5 = 3.6 on every question.
        Assert.Contains("5", row[1]);
        Assert.Contains("3.6 out of 4", row[2]);
        Assert.Contains("The bedtime ideas helped.", own.Body!.TextContent);
        Assert.DoesNotContain(boName, own.Body!.TextContent);
        Assert.DoesNotContain("Felt rushed.", own.Body!.TextContent);
        Assert.DoesNotContain(familyName, own.Body!.TextContent);

        var admin = await app.CreateStaffAsync(org, Role.Admin);
        var adminBrowser = app.NewBrowser();
        await adminBrowser.SignInAsync(admin);
        var service = Html.Parse(await adminBrowser.GetPageAsync("/staff/feedback?months=12"));
        var boRow = Assert.Single(service.TableRows(), r => r[0].EndsWith(boName, StringComparison.Ordinal));
        Assert.Contains("fewer than 5", boRow[1]);
        Assert.All(boRow.Skip(2), cell => Assert.Contains("not shown", cell));
        Assert.Contains("Felt rushed.", service.Body!.TextContent);

        // Another organisation's admin sees none of it; a period that is not offered is refused.
        var stranger = app.NewBrowser();
        await stranger.SignInAsync(await app.CreateStaffAsync(await app.CreateOrganisationAsync(), Role.Admin));
        Assert.DoesNotContain("The bedtime ideas helped.", await stranger.GetPageAsync("/staff/feedback?months=12"));
        Assert.Equal(HttpStatusCode.BadRequest, (await adminBrowser.GetAsync("/staff/feedback?months=-1")).StatusCode);
    }

    [Fact]
    public async Task An_admin_publishes_you_said_we_did_to_the_families_it_works_with_and_takes_it_down()
    {
        var org = await app.CreateOrganisationAsync();
        var (parent, _) = await app.CreateParentAsync(workedWithBy: org);
        var (elsewhere, _) = await app.CreateParentAsync();
        var admin = await app.CreateStaffAsync(org, Role.Admin);
        var adminBrowser = app.NewBrowser();
        await adminBrowser.SignInAsync(admin);

        var blank = await adminBrowser.PostFormAsync("/staff/feedback?handler=Publish", new Dictionary<string, string> { ["Note.OrganisationId"] = org.Id.ToString(), ["Note.YouSaid"] = "Evenings are hard to make", ["Note.WeDid"] = " " }, tokenFrom: "/staff/feedback");
        Assert.Contains("Enter what you did about it", await blank.Content.ReadAsStringAsync());
        var published = await adminBrowser.PostFormAsync("/staff/feedback?handler=Publish", new Dictionary<string, string> { ["Note.OrganisationId"] = org.Id.ToString(), ["Note.YouSaid"] = "Evenings are hard to make", ["Note.WeDid"] = "Sessions now run until 8pm on Tuesdays" }, tokenFrom: "/staff/feedback");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var family = app.NewBrowser();
        await family.SignInAsync(parent);
        Assert.Contains("Sessions now run until 8pm on Tuesdays", await family.GetPageAsync("/family/measures"));
        var other = app.NewBrowser();
        await other.SignInAsync(elsewhere);
        Assert.DoesNotContain("Sessions now run until 8pm on Tuesdays", await other.GetPageAsync("/family/measures"));

        var id = await app.WithDbAsync(db => db.YouSaidWeDid.Where(n => n.OrganisationId == org.Id).Select(n => n.Id).SingleAsync());
        var strangerAdmin = app.NewBrowser();
        await strangerAdmin.SignInAsync(await app.CreateStaffAsync(await app.CreateOrganisationAsync(), Role.Admin));
        Assert.Equal(HttpStatusCode.NotFound, (await strangerAdmin.PostFormAsync($"/staff/feedback?handler=TakeDown&id={id}", new Dictionary<string, string>(), tokenFrom: "/staff/feedback")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await adminBrowser.PostFormAsync($"/staff/feedback?handler=TakeDown&id={id}", new Dictionary<string, string>(), tokenFrom: "/staff/feedback")).StatusCode);
        Assert.DoesNotContain("Sessions now run until 8pm on Tuesdays", await family.GetPageAsync("/family/measures"));
    }
}

public sealed class FeedbackTestsOnSqlite(SqliteApp app) : FeedbackTests<SqliteApp>(app);

public sealed class FeedbackTestsOnPostgres(PostgresApp app) : FeedbackTests<PostgresApp>(app);
