namespace Alongside.Web.Kernel.Courses;

/// <summary>To someone next on a waiting list: a place is theirs to take until a time.</summary>
// Essential: the offer lapses to the next person, so it must not be lost to an email choice.
public sealed record PlaceOfferedNotice(string Course, DateTimeOffset Until) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Essential;

    public override string Subject => $"A place on {Course} is yours if you want it";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Link("/courses/mine", $"A place has come free on {Course} and you are next on the waiting list. Please say yes or no by {TimeDisplay.Format(Until)}:"),
        Say("If we do not hear from you by then, the place goes to the next person waiting."),
    ];
}

public sealed record PlaceLapsedNotice(string Course) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Courses;

    public override string Subject => $"The place on {Course} has passed on";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link("/courses/mine", $"The place we offered you on {Course} was not taken in time, so it has gone to the next person waiting. You can join the list again:")];
}

public sealed record PlaceConfirmedNotice(string Course, DateTimeOffset FirstMeeting) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Courses;

    public override string Subject => $"Your place on {Course}";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link("/courses/mine", $"You have a place on {Course}. The first meeting is on {TimeDisplay.Format(FirstMeeting)}. The dates, the place and what each week covers are here:")];
}

public sealed record WaitingListNotice(string Course) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Courses;

    public override string Subject => $"You are on the waiting list for {Course}";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link("/courses/mine", $"{Course} is full at the moment, so you are on its waiting list. When a place comes free the next person is offered it by email and on Alongside. Your place in the queue is here:")];
}

public sealed record CourseMeetingReminderNotice(string Course, int Week, DateTimeOffset Starts) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Courses;

    public override string Subject => $"Reminder: {Course}, week {Week}";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link("/courses/mine", $"Week {Week} of {Course} is on {TimeDisplay.Format(Starts)}. Where it is and how to join:")];
}

public sealed record CohortCancelledNotice(string Course, DateOnly StartsOn) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Courses;

    public override string Subject => $"{Course} from {StartsOn:d MMMM yyyy} is cancelled";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link("/courses", $"We are sorry: {Course}, due to begin on {StartsOn:d MMMM yyyy}, has been cancelled, so your place or your place on its waiting list has ended. Other dates and courses are here:")];
}
