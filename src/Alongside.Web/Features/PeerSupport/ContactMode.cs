namespace Alongside.Web.Features.PeerSupport;

public enum ContactMode
{
    Phone = 1,
    VideoCall = 2,
    InPerson = 3,
    Messages = 4,
}
