
namespace Alongside.Tests.Infrastructure.Security;

public sealed class AccessRulesTests
{
    public static TheoryData<string, Role, bool> PolicyMatrix()
    {
        // policy × role → allowed (with two-factor set up)
        var data = new TheoryData<string, Role, bool>();
        var expected = new Dictionary<string, Role[]>
        {
            [Policies.SignedIn] = Enum.GetValues<Role>(),
            [Policies.Member] = Enum.GetValues<Role>(),
            [Policies.ParentCarer] = [Role.ParentCarer],
            [Policies.Staff] = [Role.Clinician, Role.PeerSupporter, Role.Supervisor, Role.Referrer, Role.Commissioner, Role.Admin],
            [Policies.FamilyWorker] = [Role.Clinician, Role.Supervisor, Role.Admin],
            [Policies.OrganisationAdmin] = [Role.Admin],
            [Policies.Referrer] = [Role.Referrer],
        };
        foreach (var (policy, allowed) in expected)
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                data.Add(policy, role, allowed.Contains(role));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PolicyMatrix))]
    public void Each_policy_allows_exactly_its_roles(string policy, Role role, bool allowed) =>
        Assert.Equal(allowed, AccessRules.Allows(policy, [role], twoFactorOk: true));

    [Theory]
    [InlineData(Policies.Member)]
    [InlineData(Policies.Staff)]
    [InlineData(Policies.FamilyWorker)]
    [InlineData(Policies.OrganisationAdmin)]
    [InlineData(Policies.Referrer)]
    public void Staff_policies_refuse_staff_without_two_factor(string policy) =>
        Assert.False(AccessRules.Allows(policy, [Role.Admin, Role.Clinician, Role.Referrer], twoFactorOk: false));

    [Theory]
    [InlineData(Policies.ParentCarer)]
    [InlineData(Policies.Member)]
    public void Parent_pages_do_not_need_two_factor(string policy) =>
        Assert.True(AccessRules.Allows(policy, [Role.ParentCarer], twoFactorOk: false));

    [Fact]
    public void An_unknown_policy_allows_no_one() =>
        Assert.False(AccessRules.Allows("Nonsense", Enum.GetValues<Role>(), twoFactorOk: true));

    [Theory]
    // roles, 2FA on, setting requires it, development host → satisfied
    [InlineData(new[] { Role.Clinician }, false, true, false, false)]
    [InlineData(new[] { Role.Clinician }, true, true, false, true)]
    [InlineData(new[] { Role.ParentCarer }, false, true, false, true)]
    [InlineData(new[] { Role.Clinician }, false, false, true, true)]   // local demo may switch it off
    [InlineData(new[] { Role.Clinician }, false, false, false, false)] // but nowhere else
    [InlineData(new[] { Role.ParentCarer, Role.PeerSupporter }, false, true, true, false)]
    public void Two_factor_is_required_of_staff_and_only_a_development_host_may_waive_it(
        Role[] roles, bool enabled, bool requireSetting, bool isDevelopment, bool satisfied) =>
        Assert.Equal(satisfied, AccessRules.TwoFactorSatisfied(roles, enabled, requireSetting, isDevelopment));

    [Fact]
    public void An_admin_invites_staff_only_into_their_own_organisation()
    {
        var mine = Guid.NewGuid();
        var other = Guid.NewGuid();
        (Guid, Role)[] memberships = [(mine, Role.Admin), (other, Role.Clinician)];

        Assert.True(AccessRules.CanInvite(memberships, mine, Role.Clinician));
        Assert.True(AccessRules.CanInvite(memberships, mine, Role.Admin));
        Assert.False(AccessRules.CanInvite(memberships, other, Role.Clinician));
        Assert.False(AccessRules.CanInvite(memberships, mine, Role.ParentCarer));
        Assert.False(AccessRules.CanInvite([], mine, Role.Clinician));
    }
}
