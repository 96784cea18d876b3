namespace Alongside.Web.Kernel.People;

/// <summary>What a person does within one organisation. A person may hold several.</summary>
public enum Role
{
    ParentCarer = 1,
    Clinician = 2,
    PeerSupporter = 3,
    Supervisor = 4,
    Referrer = 5,
    Commissioner = 6,
    Admin = 7,
}
