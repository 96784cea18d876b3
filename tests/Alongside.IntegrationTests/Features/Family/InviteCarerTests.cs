using System.Net;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Family;

public abstract class InviteCarerTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    [Fact]
    public async Task A_carer_invites_a_second_carer_who_joins_and_sees_the_same_family()
    {
        var (parent, familyId) = await app.CreateParentAsync();
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent);
        var email = People.NewEmail("partner");

        var bad = await browser.PostFormAsync("/family/invite", new Dictionary<string, string> { ["Input.Name"] = "", ["Input.Email"] = "nope" });
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Enter their first name", badHtml);
        Assert.Contains("Select their relationship", badHtml);

        var sent = await browser.PostFormAsync("/family/invite", new Dictionary<string, string>
        {
            ["Input.Name"] = "Chris",
            ["Input.Email"] = email,
            ["Input.Relationship"] = nameof(CarerRelationship.SpecialGuardian),
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var link = Browser.FirstLink((await app.Mail.WaitForAsync(email, "has invited you")).TextBody, "/family/join");

        var partner = app.NewBrowser();
        var joined = await partner.PostFormAsync(link, new Dictionary<string, string>
        {
            ["Input.FirstName"] = "Chris",
            ["Input.Password"] = "partner long passphrase",
            ["Token"] = link.Split("token=")[1],
        });
        Assert.Equal("/family", Browser.Location(joined));
        Assert.Contains("Robin", await partner.GetPageAsync("/family"));
        Assert.Equal(2, await app.WithDbAsync(db => db.FamilyCarers.CountAsync(c => c.FamilyId == familyId)));
    }

    [Fact]
    public async Task An_invitation_for_one_person_cannot_be_used_by_another_signed_in_person()
    {
        var (parent, familyId) = await app.CreateParentAsync();
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent);
        var email = People.NewEmail("intended");
        await browser.PostFormAsync("/family/invite", new Dictionary<string, string>
        {
            ["Input.Name"] = "Sam",
            ["Input.Email"] = email,
            ["Input.Relationship"] = nameof(CarerRelationship.Other),
        });
        var link = Browser.FirstLink((await app.Mail.WaitForAsync(email, "has invited you")).TextBody, "/family/join");

        var (stranger, _) = await app.CreateParentAsync();
        var strangerBrowser = app.NewBrowser();
        await strangerBrowser.SignInAsync(stranger);
        Assert.Contains("This invitation is for someone else", await strangerBrowser.GetPageAsync(link));
        await strangerBrowser.PostFormAsync(link, new Dictionary<string, string> { ["Token"] = link.Split("token=")[1] });
        Assert.False(await app.WithDbAsync(db => db.FamilyCarers.AnyAsync(c => c.FamilyId == familyId && c.UserId == stranger.Id)));
    }

    [Fact]
    public async Task A_parent_sends_at_most_ten_invitations_a_day_so_the_form_cannot_send_mail_in_bulk()
    {
        var (parent, familyId) = await app.CreateParentAsync();
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 10; i++) CarerInvitations.Add(db, familyId, People.NewEmail($"earlier{i}"), "Someone", null, parent.Id, app.Now.AddHours(-1));
            return await db.SaveChangesAsync();
        });
        var browser = app.NewBrowser();
        await browser.SignInAsync(parent);
        var email = People.NewEmail("eleventh");
        var refused = await browser.PostFormAsync("/family/invite", new Dictionary<string, string> { ["Input.Name"] = "Sam", ["Input.Email"] = email, ["Input.Relationship"] = nameof(CarerRelationship.Other) });
        Assert.Contains("You can send up to 10 invitations a day", await refused.Content.ReadAsStringAsync());
        Assert.False(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.ToAddress == email)));
    }
}

public sealed class InviteCarerTestsOnSqlite(SqliteApp app) : InviteCarerTests<SqliteApp>(app);

public sealed class InviteCarerTestsOnPostgres(PostgresApp app) : InviteCarerTests<PostgresApp>(app);
