
namespace Alongside.Web.Infrastructure.Security;

/// <summary>The decisions behind the named policies, as plain functions so they are unit-tested.</summary>
public static class AccessRules
{
    /// <summary>
    /// Staff must have two-factor sign-in before staff areas open to them. Only a
    /// Development host may switch this off (for the local demo).
    /// </summary>
    public static bool TwoFactorSatisfied(IReadOnlyCollection<Role> roles, bool twoFactorEnabled, bool requireSetting, bool isDevelopment)
    {
        var required = requireSetting || !isDevelopment;
        return twoFactorEnabled || !required || !roles.Any(RoleNames.IsStaff);
    }

    public static bool Allows(string policy, IReadOnlyCollection<Role> roles, bool twoFactorOk, bool platformAdmin = false) => policy switch
    {
        Policies.PlatformAdmin => twoFactorOk && platformAdmin,
        Policies.SignedIn => true,
        Policies.Member => twoFactorOk || !roles.Any(RoleNames.IsStaff),
        Policies.ParentCarer => roles.Contains(Role.ParentCarer),
        Policies.Staff => twoFactorOk && roles.Any(RoleNames.IsStaff),
        Policies.FamilyWorker => twoFactorOk && roles.Any(RoleNames.FamilyWorkerRoles.Contains),
        Policies.OrganisationAdmin => twoFactorOk && roles.Contains(Role.Admin),
        Policies.Referrer => twoFactorOk && roles.Contains(Role.Referrer),
        _ => false,
    };

    /// <summary>An admin may invite staff only into an organisation they administer, and never as parent.</summary>
    public static bool CanInvite(IEnumerable<(Guid OrganisationId, Role Role)> inviterMemberships, Guid organisationId, Role invitedRole) =>
        RoleNames.IsStaff(invitedRole)
        && inviterMemberships.Any(m => m.OrganisationId == organisationId && m.Role == Role.Admin);
}
