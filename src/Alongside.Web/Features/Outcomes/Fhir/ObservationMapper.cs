using Hl7.Fhir.Model;

namespace Alongside.Web.Features.Outcomes.Fhir;

/// <summary>
/// A completed measure's score as a FHIR R4 Observation: the total as a quantity, its band in
/// plain words as the interpretation, each subscale as a component, derived from the
/// QuestionnaireResponse of the same id, effective when it was answered.
/// </summary>
public static class ObservationMapper
{
    public const string Category = "http://terminology.hl7.org/CodeSystem/observation-category";
    public const string Ucum = "http://unitsofmeasure.org";

    /// <param name="definition">The instrument's definition, for its name and subscales; null when the app no longer knows it.</param>
    public static Observation Map(AnsweredMeasure measure, Instrument? definition, FhirAddresses addresses)
    {
        var name = definition?.Name ?? measure.InstrumentId;
        var observation = new Observation
        {
            Id = measure.Id.ToString(),
            Status = ObservationStatus.Final,
            Category = [new CodeableConcept(Category, "survey", "Survey")],
            Code = new CodeableConcept(addresses.Scores, measure.InstrumentId, $"{name} total score", $"{name} total score"),
            Subject = FhirReferences.Family(measure.FamilyId),
            Effective = new FhirDateTime(measure.AnsweredAt.ToUniversalTime()),
            Performer = [FhirReferences.Author(measure)],
            Value = Score(measure.Total),
            DerivedFrom = [new ResourceReference($"QuestionnaireResponse/{measure.Id}") { Type = "QuestionnaireResponse" }],
        };
        if (measure.Band is { } band)
        {
            observation.Interpretation.Add(new CodeableConcept { Text = band });
        }
        // Subscales are scored again from the answers, only on the version they were answered on.
        if (definition is { Subscales.Count: > 0 } && definition.Version == measure.InstrumentVersion)
        {
            var values = measure.Answers.Where(a => a.Value is not null).ToDictionary(a => a.Item, a => a.Value!.Value);
            var score = InstrumentScoring.Score(definition, values);
            foreach (var subscale in definition.Subscales)
            {
                observation.Component.Add(new Observation.ComponentComponent
                {
                    Code = new CodeableConcept(addresses.Scores, $"{measure.InstrumentId}.{subscale.Id}", subscale.Name, subscale.Name),
                    Value = Score(score.Subscales[subscale.Id]),
                });
            }
        }
        return observation;
    }

    private static Quantity Score(decimal value) => new() { Value = value, Unit = "score", System = Ucum, Code = "{score}" };
}
