using System.Net;
using System.Text.RegularExpressions;
using Alongside.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Admin;

public abstract class InvitationTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private static Dictionary<string, string> Invite(string email, Role role, Guid? organisationId = null)
    {
        var form = new Dictionary<string, string> { ["Input.Name"] = "Alex", ["Input.Email"] = email, ["Input.Role"] = role.ToString() };
        if (organisationId is { } id) form["Input.OrganisationId"] = id.ToString();
        return form;
    }

    [Fact]
    public async Task Invited_clinician_sets_a_password_and_must_set_up_two_factor_before_staff_pages()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.CreateStaffAsync(org, Role.Admin);
        var adminBrowser = app.NewBrowser();
        await adminBrowser.SignInAsync(admin);
        var email = People.NewEmail("newclinician");

        var sent = await adminBrowser.PostFormAsync("/admin/invitations", Invite(email, Role.Clinician));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains(email, await adminBrowser.GetPageAsync("/admin/invitations"));

        var mail = await app.Mail.WaitForAsync(email, "You are invited");
        var link = Browser.FirstLink(mail.TextBody, "/account/invitation");
        var invitee = app.NewBrowser();
        Assert.Contains("Join " + org.Name, await invitee.GetPageAsync(link));

        var accepted = await invitee.PostFormAsync(link, new Dictionary<string, string>
        {
            ["Input.Password"] = "clinician long passphrase",
            ["Token"] = link.Split("token=")[1],
        });
        Assert.StartsWith("/account/two-factor", Browser.Location(accepted));

        // Staff pages send them to set up two-factor first.
        var blocked = await invitee.GetAsync("/staff");
        Assert.StartsWith("/account/two-factor", Browser.Location(blocked));

        var setup = await invitee.GetPageAsync("/account/two-factor");
        var key = Html.Parse(setup).Text("#shared-key");
        var done = await invitee.PostFormAsync("/account/two-factor?returnUrl=%2Fstaff", new Dictionary<string, string>
        {
            ["Input.Code"] = Authenticator.CurrentCode(key),
            ["ReturnUrl"] = "/staff",
        });
        var doneHtml = await done.Content.ReadAsStringAsync();
        Assert.Contains("Two-factor sign-in is on", doneHtml);
        Assert.Contains("Recovery codes", doneHtml);

        Assert.Equal(HttpStatusCode.OK, (await invitee.GetAsync("/staff")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Memberships.AnyAsync(m => m.User!.Email == email && m.OrganisationId == org.Id && m.Role == Role.Clinician)));

        // The link works once.
        Assert.Contains("This invitation has not worked", await app.NewBrowser().GetPageAsync(link));
    }

    [Fact]
    public async Task Admin_cannot_invite_into_an_organisation_they_do_not_run()
    {
        var mine = await app.CreateOrganisationAsync();
        var theirs = await app.CreateOrganisationAsync();
        var admin = await app.CreateStaffAsync(mine, Role.Admin);
        var browser = app.NewBrowser();
        await browser.SignInAsync(admin);
        var email = People.NewEmail("sneaky");

        var response = await browser.PostFormAsync("/admin/invitations", Invite(email, Role.Admin, theirs.Id));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.StaffInvitations.AnyAsync(i => i.Email == email)));
    }

    [Fact]
    public async Task Invitation_form_with_bad_input_shows_errors_and_sends_nothing()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.CreateStaffAsync(org, Role.Admin);
        var browser = app.NewBrowser();
        await browser.SignInAsync(admin);

        var response = await browser.PostFormAsync("/admin/invitations", new Dictionary<string, string>
        {
            ["Input.Name"] = "",
            ["Input.Email"] = "not-an-email",
            ["Input.Role"] = nameof(Role.ParentCarer),
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter their first name", html);
        Assert.Contains("Enter an email address in the right format", html);
        Assert.Contains("choose a staff role", html);
        Assert.False(await app.WithDbAsync(db => db.StaffInvitations.AnyAsync(i => i.Email == "not-an-email")));
    }

    [Fact]
    public async Task A_withdrawn_invitation_no_longer_works()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.CreateStaffAsync(org, Role.Admin);
        var browser = app.NewBrowser();
        await browser.SignInAsync(admin);
        var email = People.NewEmail("withdrawn");
        await browser.PostFormAsync("/admin/invitations", Invite(email, Role.PeerSupporter));
        var link = Browser.FirstLink((await app.Mail.WaitForAsync(email, "You are invited")).TextBody, "/account/invitation");
        var id = await app.WithDbAsync(db => db.StaffInvitations.Where(i => i.Email == email).Select(i => i.Id).SingleAsync());

        var revoked = await browser.PostFormAsync($"/admin/invitations?handler=Revoke&id={id}", new Dictionary<string, string>(), tokenFrom: "/admin/invitations");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Contains("This invitation has not worked", await app.NewBrowser().GetPageAsync(link));
    }

    [Fact]
    public async Task Parents_and_clinicians_cannot_use_the_invitation_page()
    {
        var org = await app.CreateOrganisationAsync();
        var (parent, _) = await app.CreateParentAsync();
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        foreach (var person in new[] { parent, clinician })
        {
            var browser = app.NewBrowser();
            await browser.SignInAsync(person);
            var response = await browser.GetAsync("/admin/invitations");
            Assert.StartsWith("/account/access-denied", Browser.Location(response));
        }
    }

    [Fact]
    public async Task Someone_who_already_has_an_account_joins_the_organisation_and_is_sent_to_sign_in()
    {
        var org = await app.CreateOrganisationAsync();
        var admin = await app.CreateStaffAsync(org, Role.Admin);
        var other = await app.CreateStaffAsync(await app.CreateOrganisationAsync(), Role.Clinician);
        var adminBrowser = app.NewBrowser();
        await adminBrowser.SignInAsync(admin);
        Assert.Equal(HttpStatusCode.Redirect, (await adminBrowser.PostFormAsync("/admin/invitations", Invite(other.Email, Role.Clinician))).StatusCode);

        var mail = await app.Mail.WaitForAsync(other.Email, "You are invited");
        var link = Browser.FirstLink(mail.TextBody, "/account/invitation");
        var accepted = await app.NewBrowser().PostFormAsync(link, new Dictionary<string, string> { ["Token"] = link.Split("token=")[1] });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/account/sign-in?ReturnUrl=%2Fstaff", Browser.Location(accepted));
        Assert.True(await app.WithDbAsync(db => db.Memberships.AnyAsync(m => m.UserId == other.Id && m.OrganisationId == org.Id && m.Role == Role.Clinician)));
    }
}

public sealed class InvitationTestsOnSqlite(SqliteApp app) : InvitationTests<SqliteApp>(app);

public sealed class InvitationTestsOnPostgres(PostgresApp app) : InvitationTests<PostgresApp>(app);
