namespace Alongside.Web.Kernel.Families;

public enum SharingAudience
{
    PeerSupporter = 1,
    Referrer = 2,
}
