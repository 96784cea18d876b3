using System.Net;
using Alongside.IntegrationTests.Support;

namespace Alongside.IntegrationTests.Features.Reports;

/// <summary>
/// The benchmark floor of bench/reports.sh: with Benchmark:Floors on it counts the same report as
/// the page, for the same readers and filters, and denies everyone else as the page does.
/// </summary>
public sealed class ReportFloorTests(ReportFloorTests.FloorsApp app) : IClassFixture<ReportFloorTests.FloorsApp>
{
    public sealed class FloorsApp : SqliteApp
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Benchmark:Floors", "true")];
    }

    [Fact]
    public async Task The_report_floor_counts_what_the_page_counts_and_denies_whom_the_page_denies()
    {
        var provider = await app.CreateOrganisationAsync();
        var admin = await app.CreateStaffAsync(provider, Role.Admin);
        await app.WithDbAsync(db =>
        {
            var when = app.Now.AddDays(-10);
            for (var n = 0; n < 6; n++)
            {
                var family = new Alongside.Web.Kernel.Families.Family { Name = $"Floor family {n}", CreatedAt = when };
                var child = new Child { FirstName = "Robin", DateOfBirth = new DateOnly(2016, 1, 1) };
                family.Children.Add(child);
                db.Families.Add(family);
                db.Referrals.Add(new Referral
                {
                    OrganisationId = provider.Id,
                    FamilyId = family.Id,
                    ChildId = child.Id,
                    Source = ReferralSource.Self,
                    SubmittedByUserId = admin.Id,
                    WhatIsHappening = "Sleep",
                    WhatHasBeenTried = "Routines",
                    Hopes = "Calm",
                    FundingRoute = n < 5 ? FundingRoute.Asgsf : FundingRoute.SelfFunded,
                    SubmittedAt = when,
                    Status = ReferralStatus.Accepted,
                    DecidedAt = when.AddDays(1),
                });
                db.Sessions.Add(new Session
                {
                    FamilyId = family.Id,
                    ClinicianUserId = admin.Id,
                    OrganisationId = provider.Id,
                    Kind = SessionKind.Coaching,
                    StartsAt = when.AddHours(n + 2),
                    EndsAt = when.AddHours(n + 3),
                    Mode = DeliveryMode.Online,
                    Status = SessionStatus.Attended,
                    BookedByUserId = admin.Id,
                    CreatedAt = when,
                });
            }
            return db.SaveChangesAsync();
        });
        var staff = app.NewBrowser();
        await staff.SignInAsync(admin);

        // Six referrals, one self-funded: that one hides, and with it the five ASGSF ones (6 − 5 = 1).
        Assert.Equal("6 referrals, 6 sessions, 12 tables (1 hiding a number)", await staff.GetPageAsync($"/bench/floor/reports/{provider.Id}"));
        Assert.StartsWith("5 referrals, 5 sessions,", await staff.GetPageAsync($"/bench/floor/reports/{provider.Id}?funding=Asgsf"), StringComparison.Ordinal);
        var csv = await staff.GetPageAsync($"/reports/{provider.Id}?handler=Csv&funding=Asgsf");
        Assert.Contains("Referrals by source,Total,5,", csv, StringComparison.Ordinal);
        Assert.Contains("What happened to each session,Total,5,", csv, StringComparison.Ordinal);

        var elsewhere = app.NewBrowser();
        await elsewhere.SignInAsync(await app.CreateStaffAsync(await app.CreateOrganisationAsync(), Role.Admin));
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/bench/floor/reports/{provider.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync($"/bench/floor/reports/{provider.Id}?from=2026-06-01&to=2026-05-01")).StatusCode);
    }
}
