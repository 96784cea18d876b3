using Alongside.Web.Infrastructure.TagHelpers;

namespace Alongside.Web.Features.Groups;

public static class GroupChoices
{
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

    public static IEnumerable<GroupAccess> Accesses => Enum.GetValues<GroupAccess>().Where(a => a != GroupAccess.None);

    public static IEnumerable<string> Describe(GroupAccess access) => Accesses.Where(a => access.HasFlag(a)).Select(Access);
}
