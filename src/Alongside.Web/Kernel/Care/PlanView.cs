
namespace Alongside.Web.Kernel.Care;

public sealed record PlanItemView(PlanItemKind Kind, int? Sessions, int SessionsUsed, FundingRoute Funding, decimal Cost, string? Reference)
{
    public int? Remaining => Sessions is { } n ? Math.Max(0, n - SessionsUsed) : null;
}

public sealed record PlanView(
    Guid Id, Guid FamilyId, string ChildName, string Organisation, int Version, PlanStatus Status,
    DateOnly StartDate, DateOnly ReviewDate, DateTimeOffset CreatedAt, string? ParentComment,
    IReadOnlyList<string> Goals, IReadOnlyList<PlanItemView> Items);

public sealed record PlanVersion(Guid Id, int Version, PlanStatus Status, DateTimeOffset CreatedAt);
