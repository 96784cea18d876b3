using Alongside.Web.Domain;
using Alongside.Web.Infrastructure.TagHelpers;

namespace Alongside.Web.Features.Groups;

public static class GroupChoices
{
    public static string Audience(GroupAudience a) => a switch
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

    public static string Access(GroupAccess a) => a switch
    {
        GroupAccess.Childcare => "Childcare provided",
        GroupAccess.StepFree => "Step-free access",
        GroupAccess.PublicTransport => "Near public transport",
        GroupAccess.Parking => "Parking",
        GroupAccess.Free => "Free of charge",
        GroupAccess.Evening => "Evenings",
        GroupAccess.Weekend => "Weekends",
        _ => a.ToString(),
    };

    public static string Format(GroupFormat f) => f switch
    {
        GroupFormat.InPerson => "In person",
        GroupFormat.Online => "Online",
        GroupFormat.Hybrid => "In person and online",
        _ => f.ToString(),
    };

    public static IEnumerable<GroupAudience> Audiences => Enum.GetValues<GroupAudience>().Where(a => a != GroupAudience.None);

    public static IEnumerable<GroupAccess> Accesses => Enum.GetValues<GroupAccess>().Where(a => a != GroupAccess.None);

    public static IReadOnlyList<Option> AudienceOptions =>
        [new("", "Anyone"), .. Audiences.Select(a => new Option(a.ToString(), Audience(a)))];

    public static IEnumerable<string> Describe(GroupAccess access) => Accesses.Where(a => access.HasFlag(a)).Select(Access);

    public static IEnumerable<string> Describe(GroupAudience audiences) => Audiences.Where(a => audiences.HasFlag(a)).Select(Audience);
}
