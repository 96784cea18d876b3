namespace Alongside.Web.Kernel.Care;

/// <summary>
/// When an online session can be joined: from a few minutes before it starts (time to test a
/// camera) until it ends. Outside that window no Join button is shown, so nobody waits in an
/// empty room the day before, and the way in is said instead.
/// </summary>
public static class SessionJoin
{
    public const int OpensMinutesBefore = 10;

    public static bool IsOpen(DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset now) =>
        now >= startsAt.AddMinutes(-OpensMinutesBefore) && now < endsAt;
}

/// <summary>What the Join partial needs of one session; <see cref="Who"/> names who sends a link when there is none yet.</summary>
public sealed record JoinSessionView(string? VideoLink, DeliveryMode Mode, DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset Now, string Who = "Your clinician");
