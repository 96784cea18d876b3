using System.Text;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Groups;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Groups;

/// <summary>Group import files as spreadsheets save them: encodings, separators, Excel's dates, blank rows, the template.</summary>
public abstract class GroupImportSpreadsheetTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private const string Header = "name,description,audiences,format,recurrence,first_meeting,start_time,end_time,venue_name,venue_address,postcode,access,languages,online_link,facilitator_emails";

    [Fact]
    public async Task A_Windows_1252_file_from_Excel_keeps_its_accents_pound_signs_and_curly_quotes()
    {
        var (org, admin, facilitator) = await AdminAsync();
        var csv = Header + $"\r\nCafé group,Tea costs £2 – it’s free,AdoptiveParents,InPerson,FREQ=MONTHLY;BYDAY=2TU,13/01/2026,19:00,21:00,Église Hall,,LS1 4AP,,,,{facilitator}\r\n";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(csv);
        Assert.Contains((byte)0xE9, bytes); // é as one byte, not UTF-8

        var page = Html.Parse(await (await UploadAsync(admin, org, bytes)).Content.ReadAsStringAsync());
        Assert.Equal("1 group imported. Every row was fine. Read as Windows-1252 (Excel's default). If any letters or symbols look wrong, save the file as “CSV UTF-8” and upload it again.", page.Text("[role=status]"));
        var group = await app.WithDbAsync(db => db.PeerGroups.SingleAsync(g => g.OrganisationId == org.Id));
        Assert.Equal(("Café group", "Tea costs £2 – it’s free", "Église Hall"), (group.Name, group.Description, group.VenueName));
    }

    [Fact]
    public async Task A_semicolon_file_with_Excel_dates_and_times_imports_and_its_trailing_blank_rows_are_ignored()
    {
        var (org, admin, facilitator) = await AdminAsync();
        var csv = new StringBuilder()
            .Append(Header.Replace(',', ';')).Append("\r\n")
            .Append($"  Leeds evening  ;Evening group;\"AdoptiveParents;Trauma\";InPerson;\"FREQ=MONTHLY;BYDAY=2TU\";03/12/2026;7:00 PM;21:00;;;LS1 4AP;;;;{facilitator}\r\n")
            .Append($"Kinship online;\"Tea, talk\";KinshipCarers;Online;\"FREQ=WEEKLY;BYDAY=WE\";2/12/2026 20:00;20:00;9:30 PM;;;;;;https://video.example.test/kin;{facilitator}\r\n")
            .Append(";;;;;;;;;;;;;;\r\n\r\n")
            .Append($"Impossible date;Group;Autism;InPerson;\"FREQ=WEEKLY;BYDAY=MO\";31/02/2026;10:00;11:00;;;M1;;;;{facilitator}\r\n")
            .Append($"Far future;Group;Autism;InPerson;\"FREQ=WEEKLY;BYDAY=MO\";31/12/9999;10:00;11:00;;;M1;;;;{facilitator}\r\n")
            .Append($"Which century;Group;Autism;InPerson;\"FREQ=WEEKLY;BYDAY=MO\";07/12/26;10:00;25:00;;;M1;;;;{facilitator}\r\n")
            .Append($"Two times;Group;Autism;InPerson;\"FREQ=WEEKLY;BYDAY=MO\";07/12/2026 18:00;10:00;11:00;;;M1;;;;{facilitator}\r\n")
            .Append(";;;;;;;;;;;;;;\r\n;;;;;;;;;;;;;;\r\n  ;  ;;;;;;;;;;;;;\r\n\r\n\r\n")
            .ToString();

        var page = Html.Parse(await (await UploadAsync(admin, org, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)])).Content.ReadAsStringAsync());
        Assert.StartsWith("2 groups imported. 4 rows need changing", page.Text("[role=status]"));
        Assert.DoesNotContain("Read as", page.Text("[role=status]")); // UTF-8 needs no note
        var problems = page.TableRows().Where(r => r.Count == 2).ToDictionary(r => r[0], r => r[1]); // the problems table, not the four-column guide
        Assert.Equal(["6", "7", "8", "9"], problems.Keys); // spreadsheet row numbers, blank rows counted; the blank rows at the end are not problems
        Assert.Contains("first_meeting: “31/02/2026” is not a real date (dates are read day first", problems["6"]);
        Assert.Contains("first_meeting: “31/12/9999” is outside the years 1900 to 2199", problems["7"]);
        Assert.Contains("first_meeting: “07/12/26” has a two-digit year", problems["8"]);
        Assert.Contains("end_time: “25:00” is not a time", problems["8"]);
        Assert.Equal("first_meeting: its time 18:00 is not the start_time 10:00; leave the time out or make them the same", problems["9"]);

        var groups = await app.WithDbAsync(db => db.PeerGroups.Where(g => g.OrganisationId == org.Id).OrderBy(g => g.Name).ToListAsync());
        Assert.Equal(["Kinship online", "Leeds evening"], groups.Select(g => g.Name));
        Assert.Equal((new DateOnly(2026, 12, 2), new TimeOnly(20, 0), new TimeOnly(21, 30), "Tea, talk"), (groups[0].FirstMeeting, groups[0].StartTime, groups[0].EndTime, groups[0].Description));
        Assert.Equal((new DateOnly(2026, 12, 3), new TimeOnly(19, 0), GroupAudience.AdoptiveParents | GroupAudience.Trauma, "FREQ=MONTHLY;BYDAY=2TU"), (groups[1].FirstMeeting, groups[1].StartTime, groups[1].Audiences, groups[1].Recurrence));
    }

    [Fact]
    public async Task A_tab_separated_UTF16_file_as_Excel_saves_Unicode_text_imports()
    {
        var (org, admin, facilitator) = await AdminAsync();
        var text = Header.Replace(',', '\t') + $"\r\nŁódź parents\tSpotkanie\tAdoptiveParents\tInPerson\tFREQ=MONTHLY;BYDAY=1MO\t2026-12-07\t18:00\t19:30\t\t\tM1\t\tPolish\t\t{facilitator}\r\n";
        var page = Html.Parse(await (await UploadAsync(admin, org, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)])).Content.ReadAsStringAsync());
        Assert.StartsWith("1 group imported. Every row was fine. Read as UTF-16", page.Text("[role=status]"));
        Assert.Equal("Łódź parents", await app.WithDbAsync(db => db.PeerGroups.Where(g => g.OrganisationId == org.Id).Select(g => g.Name).SingleAsync()));
    }

    [Fact]
    public async Task A_binary_file_is_refused_with_a_message_and_nothing_is_written()
    {
        var (org, admin, _) = await AdminAsync();
        byte[] workbook = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, .. Encoding.ASCII.GetBytes(Header), 0x00, 0x00];
        var page = Html.Parse(await (await UploadAsync(admin, org, workbook)).Content.ReadAsStringAsync());
        Assert.Equal(["This is not a CSV file: it looks like a workbook, a document or a picture. In your spreadsheet choose Save As, pick “CSV UTF-8 (Comma delimited)” and upload that file."], page.Errors());
        Assert.Null(page.QuerySelector("[role=status]"));
        Assert.Equal(0, await app.WithDbAsync(db => db.PeerGroups.CountAsync(g => g.OrganisationId == org.Id)));
    }

    [Fact]
    public async Task The_template_downloads_from_the_import_page_and_its_example_row_imports_cleanly()
    {
        var (org, admin, facilitator) = await AdminAsync();
        var importPage = Html.Parse(await admin.GetPageAsync("/admin/groups/import"));
        var link = Assert.Single(importPage.Links("/admin/groups/import?handler=Template"));
        Assert.Equal(GroupImport.Columns, importPage.Texts("#columns .nhsuk-summary-list__key")); // every column described beside the link

        var response = await admin.GetAsync(link);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("groups-template.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Header, lines[0]);
        Assert.Equal(2, lines.Length);

        // The example names a made-up peer supporter: a row naming one of this organisation's imports cleanly.
        Assert.Contains(",peer.supporter@example.org", lines[1], StringComparison.Ordinal);
        var filled = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("peer.supporter@example.org", facilitator, StringComparison.Ordinal));
        var page = Html.Parse(await (await UploadAsync(admin, org, filled)).Content.ReadAsStringAsync());
        Assert.Equal("1 group imported. Every row was fine.", page.Text("[role=status]"));
        Assert.Equal(1, await app.WithDbAsync(db => db.PeerGroups.CountAsync(g => g.OrganisationId == org.Id)));
    }

    /// <summary>An organisation, its signed-in admin, and the email of a peer supporter there to name as facilitator.</summary>
    private async Task<(Organisation Org, HttpClient Admin, string Facilitator)> AdminAsync()
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var admin = app.NewBrowser();
        await admin.SignInAsync(await app.CreateStaffAsync(org, Role.Admin));
        return (org, admin, (await app.CreateStaffAsync(org, Role.PeerSupporter)).Email);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient admin, Organisation org, byte[] bytes) =>
        admin.PostMultipartAsync("/admin/groups/import", new Dictionary<string, string> { ["OrganisationId"] = org.Id.ToString() }, [("Upload", "groups.csv", bytes)]);
}

public sealed class GroupImportSpreadsheetTestsOnSqlite(SqliteApp app) : GroupImportSpreadsheetTests<SqliteApp>(app);

public sealed class GroupImportSpreadsheetTestsOnPostgres(PostgresApp app) : GroupImportSpreadsheetTests<PostgresApp>(app);
