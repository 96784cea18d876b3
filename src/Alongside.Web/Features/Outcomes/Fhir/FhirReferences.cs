using Hl7.Fhir.Model;

namespace Alongside.Web.Features.Outcomes.Fhir;

/// <summary>
/// How the resources name the family and the person who answered. A family is a FHIR Group (R4 has
/// no family resource); the parent or carer who answered is a RelatedPerson (of the child).
/// </summary>
public static class FhirReferences
{
    public static ResourceReference Family(Guid familyId) => new($"Group/{familyId}") { Type = "Group" };

    public static ResourceReference Author(AnsweredMeasure measure) =>
        new($"RelatedPerson/{measure.AuthorId}", measure.AuthorName) { Type = "RelatedPerson" };
}
