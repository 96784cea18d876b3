using Alongside.Web.Features.Outcomes.Fhir;
using Hl7.Fhir.Model;
using Microsoft.Extensions.Primitives;

namespace Alongside.Tests.Features.Outcomes;

public sealed class FhirMappingTests
{
    private static readonly FhirAddresses Addresses = new("https://alongside.example/");
    private static readonly Guid FamilyId = Guid.Parse("0193a7c0-0000-7000-8000-000000000001");

    private static (FamilySearch? Search, string? Problem) Read(params (string Key, string Value)[] query) =>
        FhirSearch.Read(query.GroupBy(q => q.Key).Select(g => new KeyValuePair<string, StringValues>(g.Key, new StringValues(g.Select(q => q.Value).ToArray()))));

    [Fact]
    public void A_search_names_the_family_and_pages_by_20_unless_asked()
    {
        Assert.Equal(new FamilySearch(FamilyId, 20, 0), Read(("subject", $"Family/{FamilyId}")).Search);
        Assert.Equal(new FamilySearch(FamilyId, 100, 40), Read(("subject", $"Group/{FamilyId}"), ("_count", "100"), ("_offset", "40"), ("_format", "json")).Search);
        Assert.Equal(new FamilySearch(FamilyId, 0, 0), Read(("subject", $"Family/{FamilyId}"), ("_count", "0")).Search);
    }

    [Theory]
    [InlineData("subject", "abc", "subject must be Family/{id}")]
    [InlineData("subject", "Patient/0193a7c0-0000-7000-8000-000000000001", "subject must be Family/{id}")]
    [InlineData("_count", "-1", "_count must be a whole number from 0 to 100")]
    [InlineData("_count", "9999", "_count must be a whole number from 0 to 100")]
    [InlineData("_count", "1e3", "_count must be a whole number from 0 to 100")]
    [InlineData("_offset", "99999999999", "_offset must be a whole number from 0 to 1,000,000")]
    [InlineData("_sort", "date", "Unknown search parameter _sort")]
    public void A_parameter_that_cannot_be_used_is_refused_with_the_reason(string name, string value, string problem)
    {
        var query = name == "subject" ? new[] { (name, value) } : [("subject", $"Family/{FamilyId}"), (name, value)];
        var (search, message) = Read(query);
        Assert.Null(search);
        Assert.StartsWith(problem, message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_or_repeated_subject_is_refused()
    {
        Assert.StartsWith("subject is required", Read().Problem, StringComparison.Ordinal);
        Assert.Equal("subject may be given only once", Read(("subject", $"Family/{FamilyId}"), ("subject", $"Family/{Guid.NewGuid()}")).Problem);
    }

    [Fact]
    public void A_reversed_items_ordinal_values_count_as_the_scoring_does()
    {
        var instrument = new Instrument
        {
            Id = "made-up",
            Version = 2,
            Name = "Made up",
            About = "Testing",
            Kind = InstrumentKind.Questionnaire,
            CompletedBy = "parent",
            Licence = "Ours",
            Source = "Here",
            WordingShipped = true,
            Options = [new(1, "Rarely"), new(2, "Sometimes"), new(3, "Often")],
            Items = [new Item { Number = 1, Text = "Straight" }, new Item { Number = 2, Text = "Reversed", Reverse = true }, new Item { Number = 3, Text = "Say more", FreeText = true, Optional = true }],
        };
        var q = QuestionnaireMapper.Map(instrument, Addresses);
        Assert.Equal(("https://alongside.example/api/v1/fhir/Questionnaire/made-up", "2", "MadeUp"), (q.Url, q.Version, q.Name));
        decimal? Ordinal(Questionnaire.ItemComponent item, int n) =>
            Assert.IsType<FhirDecimal>(Assert.IsType<Coding>(item.AnswerOption[n].Value).GetExtension(QuestionnaireMapper.OrdinalValue)?.Value).Value;
        Assert.Equal([1m, 2m, 3m], Enumerable.Range(0, 3).Select(n => Ordinal(q.Item[0], n)));
        Assert.Equal([3m, 2m, 1m], Enumerable.Range(0, 3).Select(n => Ordinal(q.Item[1], n)));
        Assert.Equal(["1", "2", "3"], q.Item[1].AnswerOption.Select(o => Assert.IsType<Coding>(o.Value).Code));
        Assert.Equal((Questionnaire.QuestionnaireItemType.Text, false, 0), (q.Item[2].Type, q.Item[2].Required, q.Item[2].AnswerOption.Count));
    }

    [Fact]
    public void A_score_with_subscales_has_a_component_for_each_and_its_band_as_interpretation()
    {
        var instrument = new Instrument
        {
            Id = "two-parts",
            Version = 1,
            Name = "Two parts",
            About = "Testing",
            Kind = InstrumentKind.Questionnaire,
            CompletedBy = "parent",
            Licence = "Ours",
            Source = "Here",
            Options = [new(0, null), new(1, null), new(2, null)],
            Items = [new Item { Number = 1 }, new Item { Number = 2 }, new Item { Number = 3 }],
            Subscales = [new Subscale("first", "First part", [1, 2]), new Subscale("last", "Last part", [3])],
        };
        var answered = new AnsweredMeasure(Guid.NewGuid(), FamilyId, "two-parts", 1, Guid.NewGuid(), "Sam", DateTimeOffset.UnixEpoch, 4, "High",
            [new MeasureAnswer { Item = 1, Value = 1 }, new MeasureAnswer { Item = 2, Value = 2 }, new MeasureAnswer { Item = 3, Value = 1 }]);
        var observation = ObservationMapper.Map(answered, instrument, Addresses);
        Assert.Equal(4m, Assert.IsType<Quantity>(observation.Value).Value);
        Assert.Equal("High", Assert.Single(observation.Interpretation).Text);
        Assert.Equal([("First part", 3m), ("Last part", 1m)], observation.Component.Select(c => (c.Code?.Text, Assert.IsType<Quantity>(c.Value).Value!.Value)).ToList());
        Assert.Equal($"Group/{FamilyId}", observation.Subject?.Reference);

        // Answered on another version: the subscales are not scored again on this one's items.
        Assert.Empty(ObservationMapper.Map(answered with { InstrumentVersion = 2 }, instrument, Addresses).Component);
    }
}
