
namespace Alongside.Web.Kernel.Families;

/// <summary>What a family record shows; never the entity itself.</summary>
public sealed record FamilyView(Guid Id, string Name, IReadOnlyList<CarerView> Carers, IReadOnlyList<ChildView> Children);

public sealed record CarerView(string Name, CarerRelationship? Relationship);

public sealed record ChildView(Guid Id, string FirstName, DateOnly? DateOfBirth, string? School, string? Needs);

public static class FamilyProjection
{
    public static IQueryable<FamilyView> ToView(this IQueryable<Kernel.Families.Family> families) =>
        families.Select(f => new FamilyView(
            f.Id,
            f.Name,
            f.Carers.OrderBy(c => c.User!.DisplayName).Select(c => new CarerView(c.User!.DisplayName, c.Relationship)).ToList(),
            f.Children.OrderBy(c => c.FirstName).Select(c => new ChildView(c.Id, c.FirstName, c.DateOfBirth, c.School, c.Needs)).ToList()));

    public static string Display(CarerRelationship? relationship) => relationship switch
    {
        CarerRelationship.AdoptiveParent => "Adoptive parent",
        CarerRelationship.SpecialGuardian => "Special guardian",
        CarerRelationship.FosterCarer => "Foster carer",
        CarerRelationship.KinshipCarer => "Kinship carer",
        CarerRelationship.BirthParent => "Birth parent",
        CarerRelationship.Other => "Carer",
        _ => "Carer",
    };
}
