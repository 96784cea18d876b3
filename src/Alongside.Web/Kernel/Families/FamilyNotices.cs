namespace Alongside.Web.Kernel.Families;

/// <summary>Something changed in a family's request; they sign in to see what.</summary>
public sealed record RequestNewsNotice(string Organisation) : Notice
{
    public override string Subject => $"There is news about your request to {Organisation}";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link("/family", $"{Organisation} has updated your request for help. Sign in to see what has changed:")];
}

public sealed record NewStrategyNotice : Notice
{
    public override string Subject => "A new strategy to try at home";

    public override IEnumerable<NoticeLine> Lines() =>
        [Link("/family/strategies", "Your care team has shared a new strategy to try at home. Sign in to read it and note how it goes:")];
}

public sealed record CarerInvitationNotice(string Inviter, string Family, string Token) : Notice
{
    public override string Subject => $"{Inviter} has invited you to join them on Alongside";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say($"{Inviter} has invited you to join {Family} on Alongside, where families get support while a child is in therapy."),
        Link($"/family/join?token={Token}", "Join here:"),
        Say("The link works for 14 days."),
    ];
}
