using System.Text.RegularExpressions;
using Who = Alongside.Web.Infrastructure.Security.AccessMatrix.Who;

namespace Alongside.Tests.Infrastructure.Security;

/// <summary>
/// The access matrix read as a table: well formed, each endpoint once, and never admitting
/// anyone its policy refuses. Whether the app answers as it says is AccessMatrixTests' job.
/// </summary>
public sealed partial class AccessMatrixTableTests
{
    [Fact]
    public void Each_endpoint_has_one_row()
    {
        var twice = AccessMatrix.Rows.GroupBy(r => r.Endpoint).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, "More than one row for: " + string.Join(", ", twice));
    }

    [Fact]
    public void Each_row_names_a_method_and_a_route_as_the_endpoint_test_writes_them()
    {
        var malformed = AccessMatrix.Rows.Select(r => r.Endpoint).Where(e => !Endpoint().IsMatch(e)).ToList();
        Assert.True(malformed.Count == 0, "Write these as \"GET /route\", \"POST /route?handler=Name\" or \"HUB /route Method\": " + string.Join(", ", malformed));
    }

    [Fact]
    public void Each_row_names_a_real_policy()
    {
        var policies = typeof(Policies).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
        var unknown = AccessMatrix.Rows.Where(r => r.Policy is not null && !policies.Contains(r.Policy)).Select(r => r.Endpoint).ToList();
        Assert.True(unknown.Count == 0, "No such policy on: " + string.Join(", ", unknown));
    }

    [Fact]
    public void A_relationship_only_narrows_the_policy()
    {
        var wider = AccessMatrix.Rows
            .Where(r => r.Policy is not null)
            .SelectMany(r => Enum.GetValues<Who>().Where(w => r.Allows(w) && !AccessMatrix.PolicyAdmits(r.Policy, w)).Select(w => $"{r.Endpoint} as {w}"))
            .ToList();
        Assert.True(wider.Count == 0, "These rows admit someone their policy refuses: " + string.Join(", ", wider));
    }

    [Fact]
    public void Only_people_let_in_can_see_the_family_on_a_page()
    {
        var unseeable = AccessMatrix.Rows.Where(r => r.Sees is not null)
            .SelectMany(r => r.Sees!.Where(w => !r.Allows(w)).Select(w => $"{r.Endpoint} as {w}")).ToList();
        Assert.True(unseeable.Count == 0, "These rows show the family to someone they refuse: " + string.Join(", ", unseeable));
    }

    [Theory]
    [InlineData(Who.Anonymous)]
    [InlineData(Who.Guest)]
    public void Nobody_signed_out_passes_a_policy(Who who) =>
        Assert.DoesNotContain(AccessMatrix.Rows, r => r.Policy is not null && r.Allows(who));

    [Theory]
    [InlineData(Who.Commissioner)]
    [InlineData(Who.MatchedPeerSupporter)]
    [InlineData(Who.UnmatchedPeerSupporter)]
    [InlineData(Who.OtherOrganisationClinician)]
    [InlineData(Who.Referrer)]
    public void Those_outside_the_family_s_record_reach_no_family_record_endpoint(Who who)
    {
        // The record, its plans, assessments, notes, messages and strategies (docs/SECURITY.md, "Boundaries around a family").
        var record = AccessMatrix.Rows.Where(r => r.Endpoint.Contains("/staff/families/", StringComparison.Ordinal)
            || r.Endpoint.Contains("/api/v1/families/", StringComparison.Ordinal)
            || r.Endpoint.Contains("/messages/", StringComparison.Ordinal)
            || r.Endpoint.Contains("/notes", StringComparison.Ordinal));
        Assert.DoesNotContain(record, r => r.Allows(who));
    }

    [Fact]
    public void Peer_supporters_reach_a_family_only_through_their_match()
    {
        var rows = AccessMatrix.Rows.Where(r => r.Allows(Who.MatchedPeerSupporter) && !r.Allows(Who.UnmatchedPeerSupporter)).Select(r => r.Endpoint).ToList();
        Assert.All(rows, e => Assert.StartsWith("/peer/parents/{id}", e.Split(' ')[1], StringComparison.Ordinal));
        Assert.NotEmpty(rows);
    }

    [GeneratedRegex(@"^((GET|POST) /(\{[^{}\s]+\}|[^{}\s?])*(\?handler=[A-Z][A-Za-z]+)?|HUB /\S+ [A-Z][A-Za-z]+)$")]
    private static partial Regex Endpoint();
}
