using System.Net;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.Family;

public abstract class WhoHasLookedTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    [Fact]
    public async Task A_parent_sees_which_roles_and_organisations_read_their_record_and_when_but_not_staff_names()
    {
        var (org, parent, familyId, clinician, staff) = await app.FamilyWithCareTeamAsync();
        var name = $"Dr Asha {Guid.NewGuid():N}"[..16];
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == clinician.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, name)));
        await staff.GetPageAsync($"/staff/families/{familyId}");
        var family = app.NewBrowser();
        await family.SignInAsync(parent);

        var page = await family.GetPageAsync("/family/who-has-looked");
        var entries = Html.Parse(page).QuerySelectorAll("main li").Select(li => li.TextContent).ToList();
        var entry = Assert.Single(entries);
        Assert.Contains($"Clinician, {org.Name}", entry);
        Assert.Contains("Looked at your family's record", entry);
        Assert.DoesNotContain(name, page);

        // Another family's parent sees only their own record's entries.
        var (stranger, _) = await app.CreateParentAsync();
        var strangerBrowser = app.NewBrowser();
        await strangerBrowser.SignInAsync(stranger);
        Assert.Contains("Nobody has looked at your family's record yet", await strangerBrowser.GetPageAsync("/family/who-has-looked"));
        Assert.StartsWith("/account/access-denied", Browser.Location(await staff.GetAsync("/family/who-has-looked")));
    }

    [Fact]
    public async Task Audit_entries_cannot_be_changed_or_deleted_through_the_app_or_the_database()
    {
        var (_, _, familyId, _, staff) = await app.FamilyWithCareTeamAsync();
        await staff.GetPageAsync($"/staff/families/{familyId}");

        await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync(a => a.FamilyId == familyId);
            entry.Reason = "nothing to see";
            return await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.FirstAsync(a => a.FamilyId == familyId));
            return await db.SaveChangesAsync();
        }));
        // Statements that skip the change tracker meet the database's triggers.
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => app.WithDbAsync(db =>
            db.AuditEntries.Where(a => a.FamilyId == familyId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Reason, "nothing to see"))));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => app.WithDbAsync(db =>
            db.AuditEntries.Where(a => a.FamilyId == familyId).ExecuteDeleteAsync()));
        Assert.Equal("Opened the family record", await app.WithDbAsync(db => db.AuditEntries.Where(a => a.FamilyId == familyId).Select(a => a.Reason).FirstAsync()));
    }
}

public sealed class WhoHasLookedTestsOnSqlite(SqliteApp app) : WhoHasLookedTests<SqliteApp>(app);

public sealed class WhoHasLookedTestsOnPostgres(PostgresApp app) : WhoHasLookedTests<PostgresApp>(app);
