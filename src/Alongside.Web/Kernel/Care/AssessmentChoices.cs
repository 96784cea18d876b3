using Alongside.Web.Infrastructure.TagHelpers;

namespace Alongside.Web.Kernel.Care;

public static class AssessmentChoices
{
    public static readonly IReadOnlyList<Option> Kinds =
    [
        new(nameof(AssessmentKind.AdoptionSupport), "Adoption support assessment"),
        new(nameof(AssessmentKind.TherapeuticNeed), "Assessment of therapeutic need"),
        new(nameof(AssessmentKind.OccupationalTherapy), "Occupational therapy assessment"),
    ];

    public static string Label(AssessmentKind kind) => Kinds.First(k => k.Value == kind.ToString()).Label;
}
