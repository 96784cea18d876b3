using System.Net;
using System.Text;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Groups;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Groups;

public abstract class GroupImportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private const string Header = "name,description,audiences,format,recurrence,first_meeting,start_time,end_time,venue_name,venue_address,postcode,access,languages,online_link,facilitator_emails";

    [Fact]
    public async Task An_admin_imports_a_file_good_rows_are_saved_and_each_bad_row_is_reported_by_number()
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var facilitator = await app.CreateStaffAsync(org, Role.PeerSupporter);
        var admin = app.NewBrowser();
        await admin.SignInAsync(await app.CreateStaffAsync(org, Role.Admin));
        var csv = new StringBuilder().AppendLine(Header)
            .AppendLine($"Leeds adopters,Evening group,AdoptiveParents;Trauma,InPerson,FREQ=MONTHLY;BYDAY=2TU,2026-01-13,19:00,21:00,The Hub,Leeds,LS1 4AP,StepFree;Free,,,{facilitator.Email}")
            .AppendLine($"\"Online kinship, weekly\",\"Quotes, commas and all\",KinshipCarers,Online,FREQ=WEEKLY;BYDAY=WE,2026-01-07,20:00,21:00,,,,Evening,Polish,https://video.example.test/kin,{facilitator.Email}")
            .AppendLine($"Bad postcode,Group,AdoptiveParents,InPerson,FREQ=MONTHLY;BYDAY=2TU,2026-01-13,19:00,21:00,Hall,,ZZ99 9ZZ,,,,{facilitator.Email}")
            .AppendLine($"Bad rule,Group,Unicorns,Hybrid,every tuesday,31/02/2026,21:00,19:00,Hall,,M1,,,,{facilitator.Email}")
            .AppendLine($"Unknown facilitator,Group,Autism,InPerson,FREQ=WEEKLY;BYDAY=MO,2026-01-05,10:00,11:00,Hall,,M1 1AA,,,,someone@example.test")
            .AppendLine("No facilitator,Group,Autism,InPerson,FREQ=WEEKLY;BYDAY=MO,2026-01-05,10:00,11:00,Hall,,M1 1AA,,,,")
            .ToString();

        var response = await admin.PostMultipartAsync("/admin/groups/import", new Dictionary<string, string> { ["OrganisationId"] = org.Id.ToString() }, [("Upload", "groups.csv", Encoding.UTF8.GetBytes(csv))]);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("2 groups imported", page);
        Assert.Contains("4 rows need changing", page);
        Assert.Contains("postcode must be a GB postcode or district", page);
        Assert.Contains("audiences: “Unicorns” is not one of", page);
        Assert.Contains("recurrence must be a weekly or monthly iCalendar rule", page);
        Assert.Contains("first_meeting: “31/02/2026” is not a real date", page);
        Assert.Contains("end_time must be after start_time", page);
        Assert.Contains("someone@example.test is not a peer supporter of this organisation", page);
        Assert.Contains(Html.Parse(page).TableRows(), row => row[0] == "7" && row[1].Contains("a group needs at least one facilitator", StringComparison.Ordinal));
        Assert.Contains(Html.Parse(page).TableRows(), row => row[0] == "4"); // the row number of a problem

        var groups = await app.WithDbAsync(db => db.PeerGroups.Where(g => g.OrganisationId == org.Id).OrderBy(g => g.Name).ToListAsync());
        Assert.Equal(["Leeds adopters", "Online kinship, weekly"], groups.Select(g => g.Name));
        Assert.Equal("LS1", groups[0].District); // only the district of the postcode is kept
        Assert.Equal(GroupAudience.AdoptiveParents | GroupAudience.Trauma, groups[0].Audiences);
        Assert.Equal(GroupAccess.StepFree | GroupAccess.Free, groups[0].Access);
        Assert.Null(groups[1].Latitude);
        Assert.Equal(2, await app.WithDbAsync(db => db.PeerGroupFacilitators.CountAsync(f => f.UserId == facilitator.Id)));
        Assert.Contains("Leeds adopters", await app.NewBrowser().GetPageAsync("/groups?near=Leeds"));
    }

    [Fact]
    public async Task A_file_without_the_columns_or_without_a_file_is_refused_and_only_admins_may_import()
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var admin = app.NewBrowser();
        await admin.SignInAsync(await app.CreateStaffAsync(org, Role.Admin));
        var noFile = await admin.PostMultipartAsync("/admin/groups/import", new Dictionary<string, string> { ["OrganisationId"] = org.Id.ToString() }, []);
        Assert.Contains("Choose a CSV file to upload", await noFile.Content.ReadAsStringAsync());
        var wrong = await admin.PostMultipartAsync("/admin/groups/import", new Dictionary<string, string> { ["OrganisationId"] = org.Id.ToString() }, [("Upload", "x.csv", "a,b\n1,2\n"u8.ToArray())]);
        Assert.Contains("The first row must name these columns", await wrong.Content.ReadAsStringAsync());
        var otherOrg = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var elsewhere = await admin.PostMultipartAsync("/admin/groups/import", new Dictionary<string, string> { ["OrganisationId"] = otherOrg.Id.ToString() }, [("Upload", "x.csv", Encoding.UTF8.GetBytes(Header + "\n"))]);
        Assert.Contains("Choose one of your organisations", await elsewhere.Content.ReadAsStringAsync());

        var peer = app.NewBrowser();
        await peer.SignInAsync(await app.CreateStaffAsync(org, Role.PeerSupporter));
        Assert.NotEqual(HttpStatusCode.OK, (await peer.GetAsync("/admin/groups/import")).StatusCode);
    }

    [Fact]
    public async Task An_admin_publishes_one_group_with_the_same_checks_as_an_import()
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var facilitator = await app.CreateStaffAsync(org, Role.PeerSupporter);
        var admin = app.NewBrowser();
        await admin.SignInAsync(await app.CreateStaffAsync(org, Role.Admin));
        var form = new Dictionary<string, string>
        {
            ["Input.OrganisationId"] = org.Id.ToString(),
            ["Input.Name"] = "Dads' group",
            ["Input.Description"] = "For dads and male carers",
            ["Input.Audiences"] = "Dads",
            ["Input.Format"] = "InPerson",
            ["Input.Repeat"] = "monthly",
            ["Input.Week"] = "-1",
            ["Input.Day"] = "Friday",
            ["Input.FirstMeeting"] = "2026-01-30",
            ["Input.StartTime"] = "18:00",
            ["Input.EndTime"] = "20:00",
            ["Input.VenueName"] = "The Hub",
            ["Input.VenueAddress"] = "",
            ["Input.Postcode"] = "",
            ["Input.Languages"] = "",
            ["Input.OnlineLink"] = "",
            ["Input.Facilitators"] = facilitator.Id.ToString(),
        };
        var bad = await admin.PostFormAsync("/admin/groups/new", form);
        Assert.Contains("postcode must be a GB postcode or district", await bad.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.PeerGroups.CountAsync(g => g.OrganisationId == org.Id)));

        form["Input.Postcode"] = "SK1 3XE";
        // Nobody to welcome members or look after the discussion: not published.
        form.Remove("Input.Facilitators");
        Assert.Contains("Choose at least one facilitator", await (await admin.PostFormAsync("/admin/groups/new", form)).Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.PeerGroups.CountAsync(g => g.OrganisationId == org.Id)));

        form["Input.Facilitators"] = facilitator.Id.ToString();
        var published = await admin.PostFormAsync("/admin/groups/new", form);
        var page = await admin.GetPageAsync(Browser.Location(published));
        Assert.Contains("Last Friday of the month, 6pm to 8pm", page);
        var group = await app.WithDbAsync(db => db.PeerGroups.SingleAsync(g => g.OrganisationId == org.Id));
        Assert.Equal(("SK1", "FREQ=MONTHLY;BYDAY=-1FR"), (group.District, group.Recurrence));
        Assert.True(await app.WithDbAsync(db => db.PeerGroupFacilitators.AnyAsync(f => f.GroupId == group.Id && f.UserId == facilitator.Id)));
    }
}

public sealed class GroupImportTestsOnSqlite(SqliteApp app) : GroupImportTests<SqliteApp>(app);

public sealed class GroupImportTestsOnPostgres(PostgresApp app) : GroupImportTests<PostgresApp>(app);
