namespace Alongside.Web.Features.Groups;

/// <summary>What removes barriers to coming.</summary>
[Flags]
public enum GroupAccess
{
    None = 0,
    Childcare = 1,
    StepFree = 2,
    PublicTransport = 4,
    Parking = 8,
    Free = 16,
    Evening = 32,
    Weekend = 64,
}
