
namespace Alongside.Web.Features.PeerSupport;

public static class PeerChoices
{
    public static string Mode(ContactMode mode) => mode switch
    {
        ContactMode.Phone => "by phone",
        ContactMode.VideoCall => "by video call",
        ContactMode.InPerson => "in person",
        ContactMode.Messages => "by messages",
        _ => mode.ToString(),
    };

    public static string EndReason(MatchEndReason reason) => reason switch
    {
        MatchEndReason.GoalsMet => "It has helped as much as it can",
        MatchEndReason.ParentChose => "The parent or carer chose to stop",
        MatchEndReason.SupporterChose => "The peer supporter chose to stop",
        MatchEndReason.NoContact => "No contact for a long time",
        MatchEndReason.MovedToOtherSupport => "Moved on to other support",
        MatchEndReason.Other => "Another reason",
        _ => reason.ToString(),
    };

    /// <summary>
    /// The reasons each side may give for ending a match. A parent does not speak for their
    /// supporter, so cannot record that the supporter chose to stop; staff may record any.
    /// </summary>
    public static IReadOnlyList<MatchEndReason> EndReasonsFor(bool parent) =>
        parent ? [.. Enum.GetValues<MatchEndReason>().Where(r => r != MatchEndReason.SupporterChose)] : Enum.GetValues<MatchEndReason>();

    /// <summary>Whether this side may end a match for this reason; anything else posted is refused with a message.</summary>
    public static bool MayEndFor(MatchEndReason? reason, bool parent) => reason is { } r && EndReasonsFor(parent).Contains(r);

    /// <summary>Coordinators and supervisors of an organisation: they match parents and hear safeguarding concerns.</summary>
    public static bool Coordinates(Role role) => role is Role.Supervisor or Role.Admin;
}
