using Alongside.IntegrationTests.Support;
using Alongside.Web.Kernel.Care;

namespace Alongside.IntegrationTests.Features.Family;

/// <summary>
/// The family's start page lists the plans no newer version replaced, newest first, each with its
/// own goals in the order they were set, beside the requests for help of every family the person
/// cares for; nothing of another family's.
/// </summary>
public abstract class HomeTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    [Fact]
    public async Task Each_plan_shows_its_own_goals_in_order_newest_plan_first_beside_the_requests_of_both_families_cared_for()
    {
        var org = await app.CreateOrganisationAsync();
        var (parent, familyId) = await app.CreateParentAsync(workedWithBy: org);
        var (_, secondFamilyId) = await app.CreateParentAsync(workedWithBy: org);
        var (_, otherFamilyId) = await app.CreateParentAsync(workedWithBy: org);
        await app.WithDbAsync(db =>
        {
            db.FamilyCarers.Add(new FamilyCarer { FamilyId = secondFamilyId, UserId = parent.Id, Relationship = CarerRelationship.KinshipCarer });
            return db.SaveChangesAsync();
        });
        await app.CreateReferralAsync(org, familyId, ReferralStatus.WaitingList, waitingSince: app.Now.AddDays(-3)); // sent 4 days ago
        var declined = await app.CreateReferralAsync(org, familyId, ReferralStatus.Declined); // sent a day ago
        var sentByParent = await app.CreateReferralAsync(await app.CreateOrganisationAsync(), secondFamilyId);
        await app.CreateReferralAsync(org, otherFamilyId, ReferralStatus.Accepted);
        await app.WithDbAsync(async db =>
        {
            (await db.Referrals.FindAsync(declined.Id))!.DeclineReason = "We do not see children under five.";
            var own = (await db.Referrals.FindAsync(sentByParent.Id))!;
            own.SubmittedByUserId = parent.Id;
            own.SubmittedAt = app.Now.AddDays(-2);
            return await db.SaveChangesAsync();
        });
        var agreed = await PlanAsync(org, familyId, PlanStatus.Agreed, daysAgo: 20, "Calmer mornings", "Bedtime without shouting");
        await PlanAsync(org, familyId, PlanStatus.Superseded, daysAgo: 10, "A goal a newer version replaced");
        var secondFamilys = await PlanAsync(org, secondFamilyId, PlanStatus.Agreed, daysAgo: 8, "Time together after school");
        var newest = await PlanAsync(org, familyId, PlanStatus.AwaitingAgreement, daysAgo: 5);
        await PlanAsync(org, otherFamilyId, PlanStatus.Agreed, daysAgo: 1, "Another family's goal");
        var family = app.NewBrowser();
        await family.SignInAsync(parent);

        var page = Html.Parse(await family.GetPageAsync("/family"));

        Assert.Equal([$"/family/plans/{newest}", $"/family/plans/{secondFamilys}", $"/family/plans/{agreed}"], page.Links("/family/plans/"));
        var cards = page.QuerySelectorAll(".nhsuk-card").Where(c => c.QuerySelector("a[href^='/family/plans/']") is not null).ToList();
        Assert.Equal(["Waiting for the family to agree", "Agreed", "Agreed"], cards.Select(c => c.Text(".nhsuk-tag")));
        Assert.Empty(cards[0].Texts("li"));
        Assert.Equal(["Time together after school"], cards[1].Texts("li"));
        // Set second then first, so the order shown is the order kept, not the order written.
        Assert.Equal(["Bedtime without shouting", "Calmer mornings"], cards[2].Texts("li"));
        Assert.DoesNotContain("A goal a newer version replaced", page.Body!.TextContent);
        Assert.DoesNotContain("Another family's goal", page.Body.TextContent);
        // Both families' requests, newest first, each with what belongs to it; not the other family's.
        string[] requestStatuses = ["Not accepted", "Sent, waiting to be read", "On the waiting list", "Accepted"];
        Assert.Equal(["Not accepted", "Sent, waiting to be read", "On the waiting list"], page.Texts(".nhsuk-tag").Where(requestStatuses.Contains));
        Assert.Equal("We do not see children under five.", page.SummaryRows()["Why"]);
        Assert.Equal("1", page.SummaryRows()["Your place on the list"]);
        Assert.Equal([$"/get-help/requests/{sentByParent.Id}"], page.Links("/get-help/requests/"));
    }

    /// <summary>A plan for the family's child made <paramref name="daysAgo"/> days ago, its goals given in reverse of their order.</summary>
    private async Task<Guid> PlanAsync(Organisation org, Guid familyId, PlanStatus status, int daysAgo, params string[] goalsLastFirst)
    {
        var childId = await app.ChildIdAsync(familyId);
        return await app.WithDbAsync(async db =>
        {
            var plan = new SupportPlan
            {
                FamilyId = familyId,
                ChildId = childId,
                OrganisationId = org.Id,
                Status = status,
                StartDate = DateOnly.FromDateTime(app.Now.UtcDateTime),
                ReviewDate = DateOnly.FromDateTime(app.Now.UtcDateTime).AddMonths(3),
                CreatedByUserId = Guid.Empty,
                CreatedAt = app.Now.AddDays(-daysAgo),
            };
            for (var i = 0; i < goalsLastFirst.Length; i++) plan.Goals.Add(new PlanGoal { Order = goalsLastFirst.Length - i, Text = goalsLastFirst[i] });
            db.SupportPlans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });
    }
}

public sealed class HomeTestsOnSqlite(SqliteApp app) : HomeTests<SqliteApp>(app);

public sealed class HomeTestsOnPostgres(PostgresApp app) : HomeTests<PostgresApp>(app);
