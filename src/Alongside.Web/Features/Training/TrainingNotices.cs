namespace Alongside.Web.Features.Training;

/// <summary>To the person who registered interest. Nothing they wrote is repeated back.</summary>
public sealed record InterestReceivedNotice(string Organisation) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Courses;

    public override string Subject => "Your interest in peer support training";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say($"Thank you for registering your interest in peer support training. We have passed it to {Organisation}, and someone there will be in touch."),
        Say("If this was not you, you can ignore this email."),
    ];
}

/// <summary>To the receiving organisation's admins and supervisors: where to look, not who or what.</summary>
public sealed record InterestForOrganisationNotice(Guid InterestId, InterestRoute Route) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Courses;

    public override string Subject => Route == InterestRoute.Service
        ? "A service has asked about peer support training"
        : "Someone would like to train as a peer supporter";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link($"/training/interests/{InterestId}", "Someone has registered interest in peer support training with your organisation. Sign in to see the details and get in touch:")];
}

/// <summary>To the person, each time their interest moves on. Staff notes stay in the app.</summary>
public sealed record InterestStepNotice(string Organisation, InterestStatus Step) : Notice
{
    public override NoticeCategory Category => NoticeCategory.Courses;

    public override string Subject => Step switch
    {
        InterestStatus.Contacted => $"{Organisation} about peer support training",
        InterestStatus.Enrolled => "You are down for peer support training",
        InterestStatus.NotNow => "Peer support training: not at the moment",
        _ => "Your interest in peer support training",
    };

    public override IEnumerable<NoticeLine> Lines() => Step switch
    {
        InterestStatus.Contacted => [Say($"{Organisation} has been in touch about your interest in peer support training. If you have not heard from them, please check your junk mail.")],
        InterestStatus.Enrolled => [Say($"{Organisation} has put you down for peer support training. They will send you the dates and what happens next.")],
        InterestStatus.NotNow => [Say($"{Organisation} cannot offer peer support training at the moment. You are welcome to register your interest again later.")],
        _ => [Say($"{Organisation} has your interest in peer support training and will be in touch.")],
    };
}
