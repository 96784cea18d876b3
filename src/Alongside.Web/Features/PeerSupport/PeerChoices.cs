
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

    /// <summary>Coordinators and supervisors of an organisation: they match parents and hear safeguarding concerns.</summary>
    public static bool Coordinates(Role role) => role is Role.Supervisor or Role.Admin;
}
