using Alongside.Web.Infrastructure.TagHelpers;

namespace Alongside.Web.Kernel.Audiences;

/// <summary>
/// Lived experience in plain words: who a group is for, what a peer supporter has lived through,
/// and what a parent would like their supporter to have lived through.
/// </summary>
public static class Audiences
{
    public static string Label(GroupAudience a) => a switch
    {
        GroupAudience.AdoptiveParents => "Adoptive parents",
        GroupAudience.SpecialGuardians => "Special guardians (SGO carers)",
        GroupAudience.FosterCarers => "Foster carers",
        GroupAudience.KinshipCarers => "Kinship carers",
        GroupAudience.Autism => "Parents of autistic children",
        GroupAudience.Adhd => "Parents of children with ADHD",
        GroupAudience.SelfHarm => "Parents of children who self-harm",
        GroupAudience.EatingDifficulties => "Parents of children with eating difficulties",
        GroupAudience.Trauma => "Parents of children affected by trauma",
        GroupAudience.Grandparents => "Grandparents",
        GroupAudience.Dads => "Dads and male carers",
        _ => a.ToString(),
    };

    public static IEnumerable<GroupAudience> All => Enum.GetValues<GroupAudience>().Where(a => a != GroupAudience.None);

    public static IReadOnlyList<Option> AudienceOptions =>
        [new("", "Anyone"), .. All.Select(a => new Option(a.ToString(), Label(a)))];

    public static IEnumerable<string> Describe(GroupAudience audiences) => All.Where(a => audiences.HasFlag(a)).Select(Label);
}
