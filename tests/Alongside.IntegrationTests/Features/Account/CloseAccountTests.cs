using System.Net;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Groups;
using Alongside.Web.Features.PeerSupport;
using Alongside.Web.Features.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alongside.IntegrationTests.Features.Account;

public abstract class CloseAccountTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private static Task<HttpResponseMessage> CloseAsync(HttpClient browser, string password) =>
        browser.PostFormAsync("/account/close", new Dictionary<string, string> { ["Input.Password"] = password });

    private Task<AppUser> UserAsync(Guid id) => app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));

    [Fact]
    public async Task A_wrong_or_missing_password_changes_nothing()
    {
        var (parent, familyId) = await app.CreateParentAsync();
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent);
        var before = await UserAsync(parent.Id);

        var empty = await (await CloseAsync(browser, "")).Content.ReadAsStringAsync();
        Assert.Contains("There is a problem", empty);
        Assert.Contains("Enter your password", empty);
        var wrong = await CloseAsync(browser, "not my password at all");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Your password is not right", await wrong.Content.ReadAsStringAsync());

        var after = await UserAsync(parent.Id);
        Assert.Equal((before.Email, before.PasswordHash, before.DisplayName, before.SecurityStamp), (after.Email, after.PasswordHash, after.DisplayName, after.SecurityStamp));
        Assert.Null(after.ClosedAt);
        Assert.True(await app.WithDbAsync(db => db.FamilyCarers.AnyAsync(c => c.UserId == parent.Id && c.FamilyId == familyId)));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/family")).StatusCode);
    }

    [Fact]
    public async Task Staff_are_told_their_organisation_closes_their_account_and_cannot_close_it_here()
    {
        var org = await app.CreateOrganisationAsync();
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        var browser = app.NewBrowser();
        await browser.SignInAsync(clinician);
        var page = await browser.GetPageAsync("/account/close");
        Assert.Contains("Your account is a staff account", page);
        Assert.Contains(org.Name, page);
        Assert.DoesNotContain("Close my account", page);

        var refused = await CloseAsync(browser, clinician.Password);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(clinician.Email, (await UserAsync(clinician.Id)).Email);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task Closing_erases_the_sign_in_ends_every_session_and_keeps_messages_audit_and_the_clinical_record()
    {
        var history = await app.FamilyWithHistoryAsync("CLOSE");
        var parent = history.Parent;
        await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            await users.ResetAuthenticatorKeyAsync((await users.FindByIdAsync(parent.Id.ToString()))!);
            var db = sp.GetRequiredService<AlongsideDbContext>();
            db.CalendarFeeds.Add(new CalendarFeed { UserId = parent.Id, TokenHash = SecretTokens.New().Hash, CreatedAt = app.Now });
            CarerInvitations.Add(db, history.FamilyId, "gran@example.test", "Gran", null, parent.Id, app.Now);
            await db.SaveChangesAsync();
        });
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent);
        var otherDevice = app.NewBrowser();
        await otherDevice.SignInAsync(parent);
        var page = await browser.GetPageAsync("/account/close");
        Assert.Contains("What we keep, and why", page);
        Assert.Contains("for 8 years", page);
        Assert.Contains("You are the only carer on your family's record", page);
        var auditBefore = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.FamilyId == history.FamilyId));
        Assert.True(auditBefore > 0);

        var closed = await CloseAsync(browser, parent.Password);
        Assert.Equal("/account/closed", Browser.Location(closed));
        Assert.Contains("Your account is closed", await browser.GetPageAsync("/account/closed"));
        await app.Mail.WaitForAsync(parent.Email, "Your Alongside account is closed");

        // Signed out here and on the other device; the old email and password open nothing.
        Assert.StartsWith("/account/sign-in", Browser.Location(await browser.GetAsync("/family")));
        Assert.StartsWith("/account/sign-in", Browser.Location(await otherDevice.GetAsync("/family")));
        var signIn = await app.NewBrowser().PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = parent.Email, ["Input.Password"] = parent.Password });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);

        var user = await UserAsync(parent.Id);
        Assert.Matches("^closed-[0-9a-f]{32}@closed\\.invalid$", user.Email);
        Assert.Equal((user.Email, "Former member"), (user.UserName, user.DisplayName));
        Assert.Null(user.PasswordHash);
        Assert.NotNull(user.ClosedAt);
        var left = await app.WithDbAsync(async db => new
        {
            Tokens = await db.UserTokens.CountAsync(t => t.UserId == parent.Id),
            OpenSessions = await db.UserSessions.CountAsync(s => s.UserId == parent.Id && s.EndedAt == null),
            Carers = await db.FamilyCarers.CountAsync(c => c.UserId == parent.Id),
            Feeds = await db.CalendarFeeds.CountAsync(f => f.UserId == parent.Id),
            Invitations = await db.CarerInvitations.CountAsync(i => i.FamilyId == history.FamilyId && i.AcceptedAt == null),
            Drafts = await db.ReferralDrafts.CountAsync(d => d.UserId == parent.Id),
            Member = await db.PeerGroupMembers.Where(m => m.UserId == parent.Id).Select(m => new { m.Status, m.DisplayName, m.Introduction }).SingleAsync(),
            Posts = await db.GroupPosts.Where(p => p.AuthorUserId == parent.Id).Select(p => p.Body).ToListAsync(),
            Mutes = await db.GroupMutes.CountAsync(m => m.UserId == parent.Id || m.MutedUserId == parent.Id),
            TopicReads = await db.GroupTopicReads.CountAsync(r => r.UserId == parent.Id),
            Sharing = await db.SharingConsents.CountAsync(c => c.FamilyId == history.FamilyId && c.RevokedAt == null),
            PeerStatus = await db.PeerSupportRequests.Where(r => r.FamilyId == history.FamilyId).Select(r => r.Status).SingleAsync(),
            Audit = await db.AuditEntries.CountAsync(a => a.FamilyId == history.FamilyId),
            Concerns = await db.SafeguardingConcerns.CountAsync(c => c.Description == "CLOSE-SAFEGUARDING"),
            Referrals = await db.Referrals.CountAsync(r => r.FamilyId == history.FamilyId),
        });
        Assert.Equal((0, 0, 0, 0, 0, 0), (left.Tokens, left.OpenSessions, left.Carers, left.Feeds, left.Invitations, left.Drafts));
        Assert.Equal((GroupMemberStatus.Left, "Former member", (string?)null), (left.Member.Status, left.Member.DisplayName, left.Member.Introduction));
        Assert.Equal(["[removed by the author]"], left.Posts);
        Assert.Equal((0, 0), (left.Mutes, left.TopicReads));
        // The last carer has gone: nothing is shared any more and peer support has ended.
        Assert.Equal((0, PeerRequestStatus.Closed), (left.Sharing, left.PeerStatus));
        // Kept: audit entries, the safeguarding record, the provider's record.
        Assert.True(left.Audit >= auditBefore);
        Assert.Equal((1, 1), (left.Concerns, left.Referrals));

        // The care team keeps the conversation; the sender is now a "Former member".
        var thread = await history.Staff.GetPageAsync($"/messages/{history.ThreadId}");
        Assert.Contains("CLOSE-MESSAGE", thread);
        Assert.Contains("Former member", thread);
        Assert.DoesNotContain(parent.Email, thread);
        Assert.Equal(HttpStatusCode.OK, (await history.Staff.GetAsync($"/staff/families/{history.FamilyId}")).StatusCode);

        // The address is free again: registering makes a new person with an empty family record.
        var again = app.NewBrowser();
        var registered = await again.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.FirstName"] = "Kim",
            ["Input.Email"] = parent.Email,
            ["Input.Password"] = People.Password,
        });
        Assert.Equal("/account/check-your-email", Browser.Location(registered));
        await app.Mail.WaitForAsync(parent.Email, "Confirm your email");
        var fresh = await app.WithDbAsync(db => db.Users.Where(u => u.Email == parent.Email).Select(u => new { u.Id, Families = db.FamilyCarers.Where(c => c.UserId == u.Id).Select(c => c.FamilyId).ToList() }).SingleAsync());
        Assert.NotEqual(parent.Id, fresh.Id);
        Assert.DoesNotContain(history.FamilyId, fresh.Families);
    }

    [Fact]
    public async Task When_another_carer_remains_the_family_record_stays_theirs()
    {
        var (first, familyId) = await app.CreateParentAsync();
        var (second, _) = await app.CreateParentAsync();
        await app.WithDbAsync(async db =>
        {
            db.FamilyCarers.Add(new FamilyCarer { FamilyId = familyId, UserId = second.Id });
            db.SharingConsents.Add(new SharingConsent { FamilyId = familyId, Audience = SharingAudience.Referrer, GivenByUserId = first.Id, From = app.Now });
            return await db.SaveChangesAsync();
        });
        var browser = app.NewBrowser();
        await browser.SignInAsync(first);
        Assert.DoesNotContain("You are the only carer", await browser.GetPageAsync("/account/close"));
        Assert.Equal("/account/closed", Browser.Location(await CloseAsync(browser, first.Password)));

        var stays = app.NewBrowser();
        await stays.SignInAsync(second);
        var family = await stays.GetPageAsync("/family");
        Assert.DoesNotContain("Former member", family);
        Assert.Equal(1, await app.WithDbAsync(db => db.SharingConsents.CountAsync(c => c.FamilyId == familyId && c.RevokedAt == null)));
        Assert.Equal([second.Id], await app.WithDbAsync(db => db.FamilyCarers.Where(c => c.FamilyId == familyId).Select(c => c.UserId).ToListAsync()));
    }
}

public sealed class CloseAccountTestsOnSqlite(SqliteApp app) : CloseAccountTests<SqliteApp>(app);

public sealed class CloseAccountTestsOnPostgres(PostgresApp app) : CloseAccountTests<PostgresApp>(app);
