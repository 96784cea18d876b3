using Alongside.Web.Features.Shared;

namespace Alongside.Tests.Features.Shared;

public sealed class StaffToolsTests
{
    [Fact]
    public void An_admin_who_is_also_a_clinician_gets_a_short_header_and_every_tool_on_the_staff_home()
    {
        Role[] roles = [Role.Admin, Role.Clinician];
        var header = StaffTools.Header(roles);
        Assert.Equal(["/staff/referrals", "/staff/sessions", "/staff/caseload", "/messages", "/admin/organisation"], header.Select(l => l.Href));

        var tools = StaffTools.Groups(roles, platformAdmin: false).SelectMany(g => g.Links).Select(l => l.Href).ToList();
        foreach (var href in new[] { "/staff/referrals", "/staff/sessions", "/staff/feedback", "/courses/manage", "/reports", "/training/interests",
                     "/admin/organisation", "/admin/invitations", "/admin/instruments", "/admin/local-help", "/admin/groups/new", "/groups" })
        {
            Assert.Contains(href, tools);
        }
        Assert.DoesNotContain("/platform/organisations", tools);
        Assert.DoesNotContain("/peer", tools);
        Assert.Equal(tools.Count, tools.Distinct().Count());
    }

    [Fact]
    public void A_staff_home_link_never_shares_a_name_with_a_header_link()
    {
        Role[] everyRole = Enum.GetValues<Role>();
        var headerNames = StaffTools.Header(everyRole).Select(l => l.Label)
            .Concat(["Staff home", "Your account", "Your family", "Sessions", "At home", "Peer support", "Messages", "Organisations"]);
        var homeNames = StaffTools.Groups(everyRole, platformAdmin: true).SelectMany(g => g.Links).Select(l => l.Label).ToList();
        Assert.Empty(homeNames.Intersect(headerNames));
    }

    [Fact]
    public void Each_role_sees_only_its_own_tools()
    {
        var commissioner = StaffTools.Groups([Role.Commissioner], platformAdmin: false).SelectMany(g => g.Links).Select(l => l.Href).ToList();
        Assert.Contains("/reports", commissioner);
        Assert.DoesNotContain("/staff/referrals", commissioner);
        Assert.DoesNotContain("/admin/organisation", commissioner);
        Assert.Equal(["/reports"], StaffTools.Header([Role.Commissioner]).Select(l => l.Href));

        // A parent who is also a clinician: Messages once, in the family's links, and the family-facing pages not repeated.
        Assert.DoesNotContain("/messages", StaffTools.Header([Role.ParentCarer, Role.Clinician]).Select(l => l.Href));
        Assert.DoesNotContain(StaffTools.Groups([Role.ParentCarer, Role.Clinician], false), g => g.Heading == "What families see");
    }
}
