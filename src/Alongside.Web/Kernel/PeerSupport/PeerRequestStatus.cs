namespace Alongside.Web.Kernel.PeerSupport;

public enum PeerRequestStatus
{
    Open = 1,
    Matched = 2,
    Closed = 3,

    /// <summary>A coordinator has proposed a supporter; the parent has not yet said yes.</summary>
    Proposed = 4,
}
