using Microsoft.AspNetCore.Identity;

namespace Alongside.Web.Cli;

/// <summary>
/// One organisation of each kind and one account per role, so the app can be tried at once.
/// Runs only on a database with no organisations. The sign-ins are listed in the README.
/// </summary>
public static class DemoSeed
{
    public const string Password = "alongside-demo-2026";
    public const string LocalAuthorityCode = "E08000003";
    public const string PlatformAdminEmail = "admin@alongside.test";

    public static readonly (string Email, string Name, Role Role, OrganisationKind Kind)[] Accounts =
    [
        ("parent@alongside.test", "Sam", Role.ParentCarer, OrganisationKind.PeerSupportOrganisation),
        ("clinician@alongside.test", "Priya", Role.Clinician, OrganisationKind.TherapyProvider),
        ("ot@alongside.test", "Morgan", Role.Clinician, OrganisationKind.OtClinic),
        ("peer@alongside.test", "Jo", Role.PeerSupporter, OrganisationKind.PeerSupportOrganisation),
        ("supervisor@alongside.test", "Chris", Role.Supervisor, OrganisationKind.PeerSupportOrganisation),
        ("referrer@alongside.test", "Dana", Role.Referrer, OrganisationKind.LocalAuthority),
        ("commissioner@alongside.test", "Lee", Role.Commissioner, OrganisationKind.LocalAuthority),
        ("admin@alongside.test", "Ash", Role.Admin, OrganisationKind.TherapyProvider),
        ("trainer@alongside.test", "Rowan", Role.Admin, OrganisationKind.TrainingBody),
    ];

    public static async Task<bool> SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlongsideDbContext>();
        if (await db.Organisations.AnyAsync()) return false;

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var env = scope.ServiceProvider.GetRequiredService<IWebHostEnvironment>();

        var organisations = new Dictionary<OrganisationKind, Organisation>
        {
            [OrganisationKind.TherapyProvider] = new() { Name = "Brightwater Family Therapy", Kind = OrganisationKind.TherapyProvider, CreatedAt = now },
            [OrganisationKind.OtClinic] = new() { Name = "Little Steps OT Clinic", Kind = OrganisationKind.OtClinic, CreatedAt = now },
            [OrganisationKind.PeerSupportOrganisation] = new() { Name = "Parents Together", Kind = OrganisationKind.PeerSupportOrganisation, CreatedAt = now },
            [OrganisationKind.LocalAuthority] = LocalAuthority(env.ContentRootPath, now),
            [OrganisationKind.TrainingBody] = new() { Name = "Therapeutic Parenting Training Trust", Kind = OrganisationKind.TrainingBody, CreatedAt = now },
        };
        db.Organisations.AddRange(organisations.Values);
        await db.SaveChangesAsync();

        var people = new Dictionary<string, AppUser>();
        foreach (var (email, name, role, kind) in Accounts)
        {
            // The demo admin also runs the platform, so /platform/organisations can be tried at once.
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = now, PlatformAdmin = email == PlatformAdminEmail };
            var result = await users.CreateAsync(user, Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            }
            db.Memberships.Add(new Membership { UserId = user.Id, OrganisationId = organisations[kind].Id, Role = role, CreatedAt = now });
            people[email] = user;
        }
        DemoStory.Add(db, organisations[OrganisationKind.TherapyProvider], people, now);
        // The council commissions the therapy provider, so the demo commissioner has a report to read.
        db.Commissions.Add(new Commission
        {
            CommissionerOrganisationId = organisations[OrganisationKind.LocalAuthority].Id,
            ProviderOrganisationId = organisations[OrganisationKind.TherapyProvider].Id,
            StartsOn = new DateOnly(FundingRules.FinancialYearStart(UkTime.DateOf(now)), 4, 1),
            CreatedByUserId = people[PlatformAdminEmail].Id,
            CreatedAt = now,
        });
        DemoGroups.Add(db, organisations[OrganisationKind.PeerSupportOrganisation], people["peer@alongside.test"], now);
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>The demo council takes its name and ONS code from the bundled ONS list.</summary>
    private static Organisation LocalAuthority(string contentRoot, DateTimeOffset now)
    {
        var council = LocalAuthorities.Load(LocalAuthorities.PathIn(contentRoot)).Find(LocalAuthorityCode)!;
        return new Organisation { Name = $"{council.Name} children's services", Kind = OrganisationKind.LocalAuthority, OnsCode = council.Code, CreatedAt = now };
    }
}
