using System.Globalization;
using Hl7.Fhir.Model;

namespace Alongside.Web.Features.Outcomes.Fhir;

/// <summary>
/// An offered instrument as a FHIR R4 Questionnaire. Takes the instrument as offered (its wording
/// shipped or imported): published wording is never in the definition files, so it can only come
/// from the organisation's own import.
/// </summary>
public static class QuestionnaireMapper
{
    public const string OrdinalValue = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

    /// <summary>The link id of the display item that carries the prompt above the items.</summary>
    public const string PromptLinkId = "prompt";

    public static Questionnaire Map(Instrument offered, FhirAddresses addresses)
    {
        var q = new Questionnaire
        {
            Id = offered.Id,
            Url = addresses.Questionnaire(offered.Id),
            Version = offered.Version.ToString(CultureInfo.InvariantCulture),
            Name = ComputerName(offered.Id),
            Title = offered.Name,
            Status = PublicationStatus.Active,
            SubjectType = [ResourceType.Group],
            Description = offered.About,
            Copyright = offered.Licence,
            Purpose = "Source: " + offered.Source,
        };
        if (offered.Prompt is { } prompt)
        {
            q.Item.Add(new Questionnaire.ItemComponent { LinkId = PromptLinkId, Text = prompt, Type = Questionnaire.QuestionnaireItemType.Display });
        }
        var items = offered.Kind == InstrumentKind.Goals
            ? Enumerable.Range(1, offered.MaxGoals).Select(n => new Item { Number = n, Text = $"Goal {n}", Optional = n > 1 })
            : offered.Items;
        foreach (var item in items)
        {
            q.Item.Add(item.FreeText
                ? new Questionnaire.ItemComponent { LinkId = LinkId(item.Number), Text = item.Text, Type = Questionnaire.QuestionnaireItemType.Text, Required = !item.Optional }
                : Choice(offered, item, addresses));
        }
        return q;
    }

    public static string LinkId(int itemNumber) => itemNumber.ToString(CultureInfo.InvariantCulture);

    /// <summary>The coded answer for a value on the instrument's scale, with its label when the wording is present.</summary>
    public static Coding Answer(Instrument instrument, int value, FhirAddresses addresses) => new()
    {
        System = addresses.Answers(instrument.Id),
        Code = value.ToString(CultureInfo.InvariantCulture),
        Display = instrument.Options.FirstOrDefault(o => o.Value == value)?.Label,
    };

    /// <summary>"phq-9" → "Phq9", "session-feedback" → "SessionFeedback": FHIR's computer-friendly name.</summary>
    public static string ComputerName(string id) =>
        string.Concat(id.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    private static Questionnaire.ItemComponent Choice(Instrument instrument, Item item, FhirAddresses addresses)
    {
        var component = new Questionnaire.ItemComponent
        {
            LinkId = LinkId(item.Number),
            Text = item.Text,
            Type = Questionnaire.QuestionnaireItemType.Choice,
            Required = !item.Optional,
        };
        foreach (var option in instrument.Options)
        {
            var coding = Answer(instrument, option.Value, addresses);
            // What the answer adds to the total: a reversed item counts as (lowest + highest − answer),
            // so a client adding up the ordinal values gets the instrument's own score.
            var counts = item.Reverse ? instrument.Lowest + instrument.Highest - option.Value : option.Value;
            coding.Extension.Add(new Extension(OrdinalValue, new FhirDecimal(counts)));
            component.AnswerOption.Add(new Questionnaire.AnswerOptionComponent { Value = coding });
        }
        return component;
    }
}
