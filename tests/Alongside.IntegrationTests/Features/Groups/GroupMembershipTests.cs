using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Groups;

public abstract class GroupMembershipTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    [Fact]
    public async Task A_parent_asks_to_join_the_facilitator_welcomes_them_and_they_see_the_link_and_say_they_are_coming()
    {
        var group = await app.GroupAsync();
        var page = $"/groups/{group.GroupId}";
        var anonymous = await app.NewBrowser().GetPageAsync(page);
        Assert.Contains("Every Monday, 7pm to 9pm", anonymous);
        Assert.Contains("Sign in</a> or <a href=\"/account/register\">create an account</a> to ask to join", anonymous);
        Assert.DoesNotContain("adopters-members-only", anonymous);

        var (parent, _) = await app.CreateParentAsync();
        var family = app.NewBrowser();
        await family.SignInAsync(parent);
        var empty = await family.PostFormAsync($"{page}?handler=Join", new Dictionary<string, string> { ["Join.DisplayName"] = " ", ["Join.Introduction"] = "" });
        Assert.Contains("Enter the name other members will see", await empty.Content.ReadAsStringAsync());
        await family.PostFormAsync($"{page}?handler=Join", new Dictionary<string, string> { ["Join.DisplayName"] = "Robin", ["Join.Introduction"] = "We adopted two years ago." });
        await app.Mail.WaitForAsync(group.Facilitator.Email, "Someone has asked to join Adopters' evening");
        Assert.Contains("You have asked to join", await family.GetPageAsync(page));
        Assert.DoesNotContain("adopters-members-only", await family.GetPageAsync(page));
        // Not yet welcomed: told the request is waiting, and shown nothing of the discussion.
        Assert.Contains("Your request to join is waiting for the group", await family.GetPageAsync($"{page}/discussion"));

        var manage = await group.FacilitatorBrowser.GetPageAsync($"{page}/manage");
        Assert.Contains("We adopted two years ago.", manage);
        Assert.DoesNotContain(parent.Email, manage); // the facilitator sees the chosen name, not the address
        await group.FacilitatorBrowser.PostFormAsync($"{page}/manage?handler=Decide&userId={parent.Id}&welcome=true", new Dictionary<string, string>(), tokenFrom: $"{page}/manage");
        await app.Mail.WaitForAsync(parent.Email, "Welcome to Adopters' evening");

        var member = await family.GetPageAsync(page);
        Assert.Contains("adopters-members-only", member);
        var meeting = Html.QueryValue(Html.Parse(member).QuerySelector("form[action*='handler=Respond']")!.GetAttribute("action")!, "meeting");
        await family.PostFormAsync($"{page}?handler=Respond&meeting={meeting}&coming=true", new Dictionary<string, string>(), tokenFrom: page);
        Assert.Contains("you are coming", await family.GetPageAsync(page));
        var startsAt = new DateTimeOffset(long.Parse(meeting, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.Zero);
        Assert.True(await app.WithDbAsync(db => db.GroupMeetingResponses.AnyAsync(r => r.GroupId == group.GroupId && r.UserId == parent.Id && r.Coming && r.MeetingStartsAt == startsAt)));

        // A meeting not on the group's schedule cannot be answered; a tick count that is no date at all is refused.
        var offSchedule = startsAt.AddMinutes(1).UtcTicks;
        var bogus = await family.PostFormAsync($"{page}?handler=Respond&meeting={offSchedule}&coming=true", new Dictionary<string, string>(), tokenFrom: page);
        Assert.Equal(HttpStatusCode.NotFound, bogus.StatusCode);
        var forged = await family.PostFormAsync($"{page}?handler=Respond&meeting=12345&coming=true", new Dictionary<string, string>(), tokenFrom: page);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task Only_the_people_who_run_a_group_manage_it()
    {
        var group = await app.GroupAsync();
        var (_, member) = await app.MemberAsync(group, "Sam");
        var otherOrg = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var otherFacilitator = app.NewBrowser();
        await otherFacilitator.SignInAsync(await app.CreateStaffAsync(otherOrg, Role.PeerSupporter));
        Assert.Equal(HttpStatusCode.NotFound, (await otherFacilitator.GetAsync($"/groups/{group.GroupId}/manage")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await member.GetAsync($"/groups/{group.GroupId}/manage")).StatusCode);
        var admin = app.NewBrowser();
        await admin.SignInAsync(await app.CreateStaffAsync(group.Org, Role.Admin));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/groups/{group.GroupId}/manage")).StatusCode);
    }

    [Fact]
    public async Task Attendance_and_feedback_are_recorded_for_the_last_meeting()
    {
        var group = await app.GroupAsync();
        var (parent, member) = await app.MemberAsync(group, "Alex");
        var manage = await group.FacilitatorBrowser.GetPageAsync($"/groups/{group.GroupId}/manage");
        var meeting = Html.QueryValue(Html.Parse(manage).QuerySelector("form[action*='handler=Attendance']")!.GetAttribute("action")!, "meeting");
        Assert.NotEmpty(meeting);
        await group.FacilitatorBrowser.PostFormAsync($"/groups/{group.GroupId}/manage?handler=Attendance&meeting={meeting}", new Dictionary<string, string> { ["came"] = parent.Id.ToString() }, tokenFrom: $"/groups/{group.GroupId}/manage");
        Assert.True(await app.WithDbAsync(db => db.GroupMeetingResponses.AnyAsync(r => r.GroupId == group.GroupId && r.UserId == parent.Id && r.Attended == true)));

        var page = await member.GetPageAsync($"/groups/{group.GroupId}");
        Assert.Contains("How was the meeting on", page);
        var bad = await member.PostFormAsync($"/groups/{group.GroupId}?handler=Feedback&meeting={meeting}", new Dictionary<string, string> { ["rating"] = "9", ["feedback"] = "" }, tokenFrom: $"/groups/{group.GroupId}");
        Assert.Contains("Choose how the meeting was, from 1 to 5", await bad.Content.ReadAsStringAsync());
        // Feedback is only for a meeting the group had: a past time off its schedule is not found, and nothing is kept.
        var offSchedule = long.Parse(meeting, System.Globalization.CultureInfo.InvariantCulture) - TimeSpan.TicksPerMinute;
        var stray = await member.PostFormAsync($"/groups/{group.GroupId}?handler=Feedback&meeting={offSchedule}", new Dictionary<string, string> { ["rating"] = "5", ["feedback"] = "" }, tokenFrom: $"/groups/{group.GroupId}");
        Assert.Equal(HttpStatusCode.NotFound, stray.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.GroupMeetingResponses.AnyAsync(r => r.GroupId == group.GroupId && r.Rating != null)));
        var sent = await member.PostFormAsync($"/groups/{group.GroupId}?handler=Feedback&meeting={meeting}", new Dictionary<string, string> { ["rating"] = "5", ["feedback"] = "Felt heard." }, tokenFrom: $"/groups/{group.GroupId}");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.GroupMeetingResponses.AnyAsync(r => r.GroupId == group.GroupId && r.UserId == parent.Id && r.Rating == 5)));
        var after = await group.FacilitatorBrowser.GetPageAsync($"/groups/{group.GroupId}/manage");
        Assert.Contains("5.0 out of 5 from 1", after);
        Assert.Contains("Felt heard.", after);
    }
}

public sealed class GroupMembershipTestsOnSqlite(SqliteApp app) : GroupMembershipTests<SqliteApp>(app);

public sealed class GroupMembershipTestsOnPostgres(PostgresApp app) : GroupMembershipTests<PostgresApp>(app);
