namespace Alongside.Web.Features.PeerSupport;

public enum PeerRequestStatus
{
    Open = 1,
    Matched = 2,
    Closed = 3,
}
