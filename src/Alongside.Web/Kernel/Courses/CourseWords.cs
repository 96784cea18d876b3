namespace Alongside.Web.Kernel.Courses;

/// <summary>How courses and places are named on every page.</summary>
public static class CourseWords
{
    public static string Format(CourseFormat f) => f switch
    {
        CourseFormat.InPerson => "In person",
        CourseFormat.Online => "Online",
        _ => "In person and online (hybrid)",
    };

    public static string Audience(CourseAudience a) => a switch
    {
        CourseAudience.ParentsAndCarers => "For parents and carers",
        CourseAudience.PeerSupporterTraining => "Training to be a peer supporter",
        _ => "Training for supervisors of peer supporters",
    };

    public static string Cost(decimal cost) => cost == 0 ? "Free" : $"£{cost:0.00} a place";

    public static string When(DateOnly startsOn, TimeOnly start, TimeOnly end, int weeks) =>
        $"{weeks} {(weeks == 1 ? "week" : "weeks")} from {startsOn:dddd d MMMM yyyy}, {start:h:mmtt}".Replace("AM", "am").Replace("PM", "pm") +
        $" to {end:h:mmtt}".Replace("AM", "am").Replace("PM", "pm") + " UK time";

    public static string Status(PlaceStatus s) => s switch
    {
        PlaceStatus.Waiting => "On the waiting list",
        PlaceStatus.Offered => "Offered a place",
        PlaceStatus.Enrolled => "Has a place",
        PlaceStatus.Withdrawn => "Left",
        _ => "Offer passed on",
    };
}
