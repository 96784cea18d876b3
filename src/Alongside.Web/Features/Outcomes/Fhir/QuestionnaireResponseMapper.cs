using Hl7.Fhir.Model;

namespace Alongside.Web.Features.Outcomes.Fhir;

/// <summary>
/// A completed measure as a FHIR R4 QuestionnaireResponse: the questionnaire's canonical with the
/// version answered, who answered and when, and each item's answer. An item's text is given when
/// the instrument's wording is present (shipped or imported); a goal carries the goal's own words.
/// </summary>
public static class QuestionnaireResponseMapper
{
    /// <param name="offered">The instrument as offered now, or null when its wording is not present.</param>
    /// <param name="definition">The instrument's definition, for the answer codes; null when the app no longer knows it.</param>
    public static QuestionnaireResponse Map(AnsweredMeasure measure, Instrument? definition, Instrument? offered, FhirAddresses addresses)
    {
        var response = new QuestionnaireResponse
        {
            Id = measure.Id.ToString(),
            Questionnaire = addresses.Questionnaire(measure.InstrumentId, measure.InstrumentVersion),
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Subject = FhirReferences.Family(measure.FamilyId),
            AuthoredElement = new FhirDateTime(measure.AnsweredAt.ToUniversalTime()),
            Author = FhirReferences.Author(measure),
        };
        // Wording of another version would not be the words that were answered.
        var wording = offered?.Version == measure.InstrumentVersion ? offered : null;
        var goals = definition?.Kind == InstrumentKind.Goals;
        foreach (var answer in measure.Answers)
        {
            var item = new QuestionnaireResponse.ItemComponent
            {
                LinkId = QuestionnaireMapper.LinkId(answer.Item),
                Text = goals ? answer.Text : wording?.Items.FirstOrDefault(i => i.Number == answer.Item)?.Text,
            };
            if (answer.Value is { } value)
            {
                var coding = QuestionnaireMapper.Answer(wording ?? definition ?? Unknown(measure), value, addresses);
                item.Answer.Add(new QuestionnaireResponse.AnswerComponent { Value = coding });
            }
            else if (answer.Text is { } text)
            {
                item.Answer.Add(new QuestionnaireResponse.AnswerComponent { Value = new FhirString(text) });
            }
            response.Item.Add(item);
        }
        return response;
    }

    // An instrument the app no longer has a file for: its answers are still coded by their value.
    private static Instrument Unknown(AnsweredMeasure measure) => new()
    {
        Id = measure.InstrumentId,
        Version = measure.InstrumentVersion,
        Name = measure.InstrumentId,
        About = "",
        Kind = InstrumentKind.Questionnaire,
        CompletedBy = "parent",
        Licence = "",
        Source = "",
        Options = [],
        Items = [],
    };
}
