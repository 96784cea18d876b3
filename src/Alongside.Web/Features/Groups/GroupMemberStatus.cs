namespace Alongside.Web.Features.Groups;

public enum GroupMemberStatus
{
    Requested = 1,
    Member = 2,
    Declined = 3,
    Removed = 4,
    Left = 5,
}
