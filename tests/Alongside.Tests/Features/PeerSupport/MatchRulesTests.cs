using Alongside.Web.Features.Groups;
using Alongside.Web.Features.PeerSupport;

namespace Alongside.Tests.Features.PeerSupport;

public sealed class MatchRulesTests
{
    private static readonly GeoPoint Manchester = new(53.47747, -2.23622);
    private static readonly GeoPoint Stockport = new(53.40760, -2.15165); // about 9 km away
    private static readonly GeoPoint Leeds = new(53.79648, -1.54785); // about 58 km away

    private static Candidate Supporter(string name, GroupAudience experience, GeoPoint? point = null, string? languages = null, bool inPerson = true, bool online = false, int capacity = 3, int supporting = 0) =>
        new(Guid.NewGuid(), name, experience, languages, point, inPerson, online, capacity, supporting);

    [Fact]
    public void Shared_experience_counts_most_then_language_then_distance_then_room()
    {
        var need = new Need(GroupAudience.AdoptiveParents | GroupAudience.Autism, "Urdu", Manchester, InPerson: true, Online: false);
        var ranked = MatchRules.Rank(need,
        [
            Supporter("Near, nothing shared", GroupAudience.FosterCarers, Stockport),
            Supporter("Both shared, far", GroupAudience.AdoptiveParents | GroupAudience.Autism, Leeds),
            Supporter("One shared, near, Urdu", GroupAudience.AdoptiveParents, Stockport, "Urdu, Punjabi"),
        ]);
        Assert.Equal(["One shared, near, Urdu", "Both shared, far", "Near, nothing shared"], ranked.Select(r => r.Supporter.Name));
        Assert.Equal(3 + 3 + 3 + 2, ranked[0].Score);
        Assert.Contains("Speaks Urdu (+3)", ranked[0].Reasons);
        Assert.Contains(ranked[0].Reasons, r => r.StartsWith("Can meet in person", StringComparison.Ordinal) && r.EndsWith("(+3)", StringComparison.Ordinal));
        Assert.Contains(ranked[1].Reasons, r => r.StartsWith("58 km away and no shared way to meet", StringComparison.Ordinal));
        Assert.Contains("No lived experience in common", ranked[2].Reasons);
    }

    [Fact]
    public void Online_counts_when_both_are_happy_online_and_a_full_supporter_is_not_offered()
    {
        var need = new Need(GroupAudience.KinshipCarers, null, null, InPerson: false, Online: true);
        var ranked = MatchRules.Rank(need,
        [
            Supporter("Full", GroupAudience.KinshipCarers, online: true, capacity: 2, supporting: 2),
            Supporter("Online", GroupAudience.KinshipCarers, online: true, capacity: 4, supporting: 3),
            Supporter("In person only", GroupAudience.KinshipCarers, Manchester),
        ]);
        Assert.Equal(["Online", "In person only"], ranked.Select(r => r.Supporter.Name));
        Assert.Contains("Both happy to meet online (+2)", ranked[0].Reasons);
        Assert.Contains("1 of 4 places free (+1)", ranked[0].Reasons);
    }

    [Fact]
    public void Equal_scores_go_to_whoever_supports_fewest_parents()
    {
        var need = new Need(GroupAudience.Trauma, null, null, false, true);
        var ranked = MatchRules.Rank(need,
        [
            Supporter("Busy", GroupAudience.Trauma, online: true, capacity: 6, supporting: 3),
            Supporter("Free", GroupAudience.Trauma, online: true, capacity: 3, supporting: 0),
        ]);
        Assert.Equal(ranked[0].Score, ranked[1].Score);
        Assert.Equal("Free", ranked[0].Supporter.Name);
    }

    [Fact]
    public void A_supporter_the_parent_said_no_to_is_not_offered_however_well_they_fit()
    {
        var declined = Supporter("Best fit, said no to", GroupAudience.AdoptiveParents, Manchester, "Urdu");
        var other = Supporter("Weaker fit", GroupAudience.FosterCarers, Leeds);
        var need = new Need(GroupAudience.AdoptiveParents, "Urdu", Manchester, InPerson: true, Online: false, Declined: [declined.UserId]);
        Assert.Equal(["Weaker fit"], MatchRules.Rank(need, [declined, other]).Select(r => r.Supporter.Name));
        Assert.Equal(["Best fit, said no to", "Weaker fit"], MatchRules.Rank(need with { Declined = null }, [declined, other]).Select(r => r.Supporter.Name));
    }
}
