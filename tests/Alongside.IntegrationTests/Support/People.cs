using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Alongside.IntegrationTests.Support;

public sealed record Person(Guid Id, string Email, string Password, string? AuthenticatorKey)
{
    public string CurrentCode() => Authenticator.CurrentCode(AuthenticatorKey ?? throw new InvalidOperationException("No 2FA"));
}

/// <summary>Intents for setting up who is there: parents with families, staff in organisations.</summary>
public static class People
{
    public const string Password = "correct walrus lantern pie";

    public static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.test"[..Math.Min(60, who.Length + 46)];

    public static async Task<Organisation> CreateOrganisationAsync(this AlongsideApp app, OrganisationKind kind = OrganisationKind.TherapyProvider)
    {
        var org = new Organisation { Name = $"Test org {Guid.NewGuid():N}"[..20], Kind = kind, CreatedAt = app.Now };
        await app.WithDbAsync(async db => { db.Organisations.Add(org); return await db.SaveChangesAsync(); });
        return org;
    }

    /// <summary>A confirmed parent with a family record (and a child), optionally worked with by an organisation.</summary>
    public static async Task<(Person Parent, Guid FamilyId)> CreateParentAsync(this AlongsideApp app, Organisation? workedWithBy = null)
    {
        var person = await app.CreateUserAsync("parent", twoFactor: false);
        var family = new Family { Name = "Family " + Guid.NewGuid().ToString("N")[..6], CreatedAt = app.Now };
        family.Carers.Add(new FamilyCarer { UserId = person.Id, Relationship = CarerRelationship.SpecialGuardian });
        family.Children.Add(new Child { FirstName = "Robin", DateOfBirth = new DateOnly(2015, 3, 2) });
        if (workedWithBy is not null)
        {
            family.Organisations.Add(new FamilyOrganisation { OrganisationId = workedWithBy.Id, Since = app.Now });
        }
        await app.WithDbAsync(async db => { db.Families.Add(family); return await db.SaveChangesAsync(); });
        return (person, family.Id);
    }

    /// <summary>Another confirmed carer of an existing family (as if they had accepted a carer's invitation).</summary>
    public static async Task<Person> AddCarerAsync(this AlongsideApp app, Guid familyId)
    {
        var person = await app.CreateUserAsync("carer", twoFactor: false);
        await app.WithDbAsync(async db =>
        {
            db.FamilyCarers.Add(new FamilyCarer { FamilyId = familyId, UserId = person.Id, Relationship = CarerRelationship.Other });
            return await db.SaveChangesAsync();
        });
        return person;
    }

    public static async Task<Person> CreateStaffAsync(this AlongsideApp app, Organisation organisation, Role role, bool twoFactor = true)
    {
        var person = await app.CreateUserAsync(role.ToString().ToLowerInvariant(), twoFactor);
        await app.WithDbAsync(async db =>
        {
            db.Memberships.Add(new Membership { UserId = person.Id, OrganisationId = organisation.Id, Role = role, CreatedAt = app.Now });
            return await db.SaveChangesAsync();
        });
        return person;
    }

    private static async Task<Person> CreateUserAsync(this AlongsideApp app, string who, bool twoFactor)
    {
        Person? person = null;
        await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var email = NewEmail(who);
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = who, CreatedAt = app.Now };
            Check(await users.CreateAsync(user, Password));
            string? key = null;
            if (twoFactor)
            {
                Check(await users.ResetAuthenticatorKeyAsync(user));
                key = await users.GetAuthenticatorKeyAsync(user);
                Check(await users.SetTwoFactorEnabledAsync(user, true));
            }
            person = new Person(user.Id, email, Password, key);
        });
        return person!;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}

public static class Authenticator
{
    public static string CurrentCode(string base32Key) =>
        new OtpNet.Totp(Base32Encoding.ToBytes(base32Key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())).ComputeTotp();
}
