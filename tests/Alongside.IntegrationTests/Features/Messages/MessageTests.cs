using System.Net;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Messages;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Messages;

public abstract class MessageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    private static Dictionary<string, string> Message(string subject, string body) => new() { ["Input.Subject"] = subject, ["Input.Body"] = body };

    [Fact]
    public async Task A_parent_and_the_care_team_write_to_each_other_with_unread_counts_and_email_notices_without_content()
    {
        var (org, parent, familyId, clinician, staff) = await app.FamilyWithCareTeamAsync();
        var family = app.NewBrowser();
        await family.SignInAsync(parent);

        var empty = await family.PostMultipartAsync("/messages/new", Message("", ""), []);
        Assert.Contains("Write your message", await empty.Content.ReadAsStringAsync());
        var sent = await family.PostMultipartAsync("/messages/new", Message("Bedtime", "SECRET-BODY: bedtime was hard again."), [("Attachment", "timetable.png", Png)]);
        var threadPath = Browser.Location(sent);
        Assert.StartsWith("/messages/", threadPath);
        var notice = await app.Mail.WaitForAsync(clinician.Email, "You have a new message");
        Assert.DoesNotContain("SECRET-BODY", notice.TextBody);
        Assert.DoesNotContain("Bedtime", notice.TextBody + notice.Subject);

        Assert.Contains("1 unread", await staff.GetPageAsync("/messages"));
        var thread = await staff.GetPageAsync(threadPath);
        Assert.Contains("SECRET-BODY", thread);
        Assert.Contains("timetable.png", thread);
        Assert.DoesNotContain("unread", await staff.GetPageAsync("/messages"));

        var reply = await staff.PostMultipartAsync(threadPath, new Dictionary<string, string> { ["Body"] = "Thank you. Let us talk about it on Tuesday." }, []);
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        await app.Mail.WaitForAsync(parent.Email, "You have a new message");
        Assert.Contains("1 unread", await family.GetPageAsync("/messages"));
        Assert.Contains("Your messages (1 unread)", await family.GetPageAsync("/family"));
        Assert.Contains("Let us talk about it on Tuesday.", await family.GetPageAsync(threadPath));

        // The attachment downloads for both sides, and for nobody else.
        var attachmentId = await app.WithDbAsync(db => db.MessageAttachments.Where(a => db.Messages.Any(m => m.Id == a.MessageId && db.MessageThreads.Any(t => t.Id == m.ThreadId && t.FamilyId == familyId))).Select(a => a.Id).SingleAsync());
        var download = $"{threadPath}?handler=Attachment&attachmentId={attachmentId}";
        Assert.Equal("image/png", (await staff.GetAsync(download)).Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await family.GetAsync(download)).StatusCode);
        // The care team's download is a read of the family's record; the family's own is not audited.
        Assert.Equal([clinician.Id], await app.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "MessageAttachment" && a.EntityId == attachmentId).Select(a => a.ActorUserId).ToListAsync()));

        var stranger = app.NewBrowser();
        await stranger.SignInAsync((await app.CreateParentAsync()).Parent);
        var colleague = app.NewBrowser();
        await colleague.SignInAsync(await app.CreateStaffAsync(org, Role.Clinician)); // same organisation, not on the care team
        foreach (var outsider in new[] { stranger, colleague })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(threadPath)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(download)).StatusCode);
            Assert.DoesNotContain("Bedtime", await outsider.GetPageAsync("/messages"));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync($"/messages/new?familyId={familyId}")).StatusCode);
    }

    [Fact]
    public async Task The_unread_count_adds_up_each_thread_after_the_readers_own_marker_and_leaves_out_their_own_messages()
    {
        var (_, parent, _, clinician, staff) = await app.FamilyWithCareTeamAsync();
        var family = app.NewBrowser();
        await family.SignInAsync(parent);
        Task<int> Unread(Guid userId) => app.WithDbAsync(db => db.UnreadCountAsync(userId));

        var first = Browser.Location(await family.PostMultipartAsync("/messages/new", Message("School", "The school rang."), []));
        var second = Browser.Location(await family.PostMultipartAsync("/messages/new", Message("Sleep", "Bedtime again."), []));
        Assert.Equal(2, await Unread(clinician.Id));
        Assert.Equal(0, await Unread(parent.Id)); // their own messages

        await staff.GetPageAsync(first); // read up to now
        Assert.Equal(1, await Unread(clinician.Id));
        await family.PostMultipartAsync(first, new Dictionary<string, string> { ["Body"] = "And again today." }, []);
        Assert.Equal(2, await Unread(clinician.Id)); // only the message after the marker

        await staff.GetPageAsync(second);
        await staff.PostMultipartAsync(second, new Dictionary<string, string> { ["Body"] = "Shall we talk on Tuesday?" }, []);
        Assert.Equal(1, await Unread(clinician.Id));
        Assert.Equal(1, await Unread(parent.Id));
        Assert.Contains("Your messages (1 unread)", await family.GetPageAsync("/family"));
    }

    [Fact]
    public async Task Attachments_are_checked_by_content_and_size_and_a_refused_one_saves_nothing()
    {
        var (_, parent, familyId, _, _) = await app.FamilyWithCareTeamAsync();
        var family = app.NewBrowser();
        await family.SignInAsync(parent);

        var disguised = await family.PostMultipartAsync("/messages/new", Message("Report", "Here it is"), [("Attachment", "report.pdf", "<script>alert(1)</script>"u8.ToArray())]);
        Assert.Contains("must be a PDF, a Word document", await disguised.Content.ReadAsStringAsync());
        var huge = new byte[(5 * 1024 * 1024) + 1];
        "%PDF-"u8.CopyTo(huge);
        var tooBig = await family.PostMultipartAsync("/messages/new", Message("Report", "Here it is"), [("Attachment", "big.pdf", huge)]);
        Assert.Contains("must be smaller than 5 MB", await tooBig.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.MessageThreads.CountAsync(t => t.FamilyId == familyId)));
    }

    [Fact]
    public async Task An_attachment_is_named_by_its_content_and_downloads_as_a_file_that_is_not_cached()
    {
        var (_, parent, familyId, _, staff) = await app.FamilyWithCareTeamAsync();
        var family = app.NewBrowser();
        await family.SignInAsync(parent);

        var sent = await family.PostMultipartAsync("/messages/new", Message("Results", "The school's results"), [("Attachment", "results.html", Documents.Png)]);
        var threadPath = Browser.Location(sent);
        Assert.StartsWith("/messages/", threadPath);
        var attachment = await app.WithDbAsync(db => db.MessageAttachments.SingleAsync(a => db.Messages.Any(m => m.Id == a.MessageId && db.MessageThreads.Any(t => t.Id == m.ThreadId && t.FamilyId == familyId))));
        Assert.Equal("results.png", attachment.FileName);
        Assert.Equal("image/png", attachment.ContentType);
        Assert.Contains("results.png", await staff.GetPageAsync(threadPath));

        var download = $"{threadPath}?handler=Attachment&attachmentId={attachment.Id}";
        var response = await staff.GetAsync(download);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("results.png", Documents.DownloadName(response));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(Documents.NoStore(response));

        // A file kept under its sender's name before names were derived still downloads by its type.
        await app.WithDbAsync(db => db.MessageAttachments.Where(a => a.Id == attachment.Id).ExecuteUpdateAsync(a => a.SetProperty(x => x.FileName, "old-results.html")));
        var old = await family.GetAsync(download);
        Assert.Equal("old-results.png", Documents.DownloadName(old));
        Assert.Equal("image/png", old.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("old-results.html", await family.GetPageAsync(threadPath));
    }

    [Fact]
    public async Task Macro_enabled_documents_and_zip_bombs_are_refused_with_a_reason_and_nothing_is_saved()
    {
        var (_, parent, familyId, _, _) = await app.FamilyWithCareTeamAsync();
        var family = app.NewBrowser();
        await family.SignInAsync(parent);

        var macros = await family.PostMultipartAsync("/messages/new", Message("Plan", "Here it is"), [("Attachment", "plan.docx", Documents.Docm())]);
        Assert.Contains("plan.docx contains macros, which can run programs on the reader's computer, so we cannot accept it.", WebUtility.HtmlDecode(await macros.Content.ReadAsStringAsync()));
        var bomb = await family.PostMultipartAsync("/messages/new", Message("Plan", "Here it is"), [("Attachment", "report.docx", Documents.ZipBomb())]);
        Assert.Contains("report.docx unpacks to more than 50 MB or has too many parts, so we cannot accept it.", await bomb.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.WithDbAsync(db => db.MessageThreads.CountAsync(t => t.FamilyId == familyId)));

        var word = await family.PostMultipartAsync("/messages/new", Message("Plan", "Here it is"), [("Attachment", "plan.docm", Documents.Docx())]);
        Assert.Equal(HttpStatusCode.Redirect, word.StatusCode);
        Assert.Equal("plan.docx", await app.WithDbAsync(db => db.MessageAttachments.Where(a => db.Messages.Any(m => m.Id == a.MessageId && db.MessageThreads.Any(t => t.Id == m.ThreadId && t.FamilyId == familyId))).Select(a => a.FileName).SingleAsync()));
    }

    [Fact]
    public async Task Risk_words_in_a_message_show_urgent_help_alert_the_care_team_and_the_message_is_kept()
    {
        var (_, parent, familyId, clinician, staff) = await app.FamilyWithCareTeamAsync();
        var family = app.NewBrowser();
        await family.SignInAsync(parent);
        var sent = await family.PostMultipartAsync("/messages/new", Message("Tonight", "I am scared I will lose control and hurt him."), []);
        var page = await family.GetPageAsync(Browser.Location(sent));
        Assert.Contains("If you or a child are not safe, get help now", page);
        Assert.Contains("Call 999", page);
        await app.Mail.WaitForAsync(clinician.Email, "a family may need urgent help");
        Assert.True(await app.WithDbAsync(db => db.Messages.AnyAsync(m => m.RiskFlagged && m.Body.Contains("lose control"))));
        Assert.Contains("May need urgent attention", await staff.GetPageAsync(Browser.Location(sent)));

        // Ordinary words do not raise the alarm; and script is shown as text.
        var calm = await family.PostMultipartAsync("/messages/new", Message("<b>Hi</b>", "<script>alert('x')</script> The skills session helped."), []);
        var calmPage = await family.GetPageAsync(Browser.Location(calm));
        Assert.DoesNotContain("get help now</h2>", calmPage);
        Assert.DoesNotContain("<script>alert", calmPage);
        Assert.Contains("&lt;script&gt;alert", calmPage);
        Assert.Equal(1, await app.WithDbAsync(db => db.Messages.CountAsync(m => m.RiskFlagged && db.MessageThreads.Any(t => t.Id == m.ThreadId && t.FamilyId == familyId))));
    }

    [Fact]
    public async Task The_inbox_shows_older_conversations_a_page_at_a_time()
    {
        var (parent, familyId) = await app.CreateParentAsync();
        var family = app.NewBrowser();
        await family.SignInAsync(parent);
        // 21 conversations, one a day: "Day 1" is the oldest and the only one past the first page.
        await app.WithDbAsync(async db =>
        {
            db.MessageThreads.AddRange(Enumerable.Range(1, 21).Select(day => new MessageThread
            {
                FamilyId = familyId,
                Subject = $"Day {day}",
                StartedByUserId = parent.Id,
                StartedAt = app.Now.AddDays(day - 30),
                LastMessageAt = app.Now.AddDays(day - 30),
            }));
            return await db.SaveChangesAsync();
        });

        var first = Html.Parse(await family.GetPageAsync("/messages"));
        Assert.Equal(20, first.QuerySelectorAll("a[href^='/messages/']").Count(a => Html.Text(a).StartsWith("Day ", StringComparison.Ordinal)));
        Assert.DoesNotContain("Day 1", first.Texts("a[href^='/messages/']"));
        var older = Assert.Single(first.Links("/messages?page="));
        var second = Html.Parse(await family.GetPageAsync(older));
        Assert.Equal(["Day 1"], second.Texts("a[href^='/messages/']").Where(t => t.StartsWith("Day ", StringComparison.Ordinal)));
    }
}

public sealed class MessageTestsOnSqlite(SqliteApp app) : MessageTests<SqliteApp>(app);

public sealed class MessageTestsOnPostgres(PostgresApp app) : MessageTests<PostgresApp>(app);
