using System.Text.Json.Nodes;

namespace Alongside.Tests.Kernel.Measures;

/// <summary>
/// The shipped files load; a broken definition is refused with the file and the problem named,
/// one broken rule at a time on an otherwise good definition.
/// </summary>
public sealed class InstrumentFilesTests
{
    // Four answers 0 to 3, three items: sums run from 0 to 9.
    private const string Good = """
        {
          "id": "test-measure", "version": 1, "name": "Test measure", "about": "A test",
          "kind": "questionnaire", "completedBy": "parent", "licence": "Test licence", "source": "Test source",
          "options": [ { "value": 0 }, { "value": 1 }, { "value": 2 }, { "value": 3 } ],
          "items": [ { "number": 1 }, { "number": 2 }, { "number": 3 } ],
          "method": "sum", "direction": "higherIsWorse"
        }
        """;

    /// <summary>The good definition with the given top-level properties put in place.</summary>
    private static string With(string changes)
    {
        var definition = JsonNode.Parse(Good)!.AsObject();
        foreach (var (name, value) in JsonNode.Parse(changes)!.AsObject())
            definition[name] = value?.DeepClone();
        return definition.ToJsonString();
    }

    [Fact]
    public void Every_shipped_file_loads_and_passes_every_check()
    {
        Assert.Equal(
            ["bpses", "end-of-support", "esq-parent", "gad-7", "goals", "phq-9", "score-15", "session-feedback", "swemwbs"],
            ShippedInstruments.All.Select(i => i.Id));
        Assert.All(ShippedInstruments.All, i => Assert.Empty(InstrumentFiles.Problems(i)));
    }

    [Fact]
    public void Published_instruments_ship_scoring_facts_without_wording_and_say_where_each_figure_comes_from()
    {
        var published = ShippedInstruments.All.Where(i => !i.WordingShipped).ToList();
        Assert.Equal(["bpses", "esq-parent", "gad-7", "phq-9", "score-15", "swemwbs"], published.Select(i => i.Id));
        // Only the one whose owners license its use waits for an organisation's licence as well as its wording.
        Assert.Equal(["swemwbs"], ShippedInstruments.All.Where(i => i.LicenceRequired).Select(i => i.Id));
        Assert.All(published, i =>
        {
            Assert.Null(i.Prompt);
            Assert.All(i.Items, item => Assert.Null(item.Text));
            Assert.All(i.Options, option => Assert.Null(option.Label));
            // Without a published reliable change the source says so rather than leaving it unexplained.
            if (i.ReliableChange is null) Assert.Contains("reliable", i.Source, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void The_good_test_definition_is_accepted()
    {
        var instrument = InstrumentFiles.Parse("test-measure.json", Good);
        Assert.Equal(("test-measure", 3, 0m, 9m), (instrument.Id, instrument.Items.Count, InstrumentScoring.Range(instrument).Low, InstrumentScoring.Range(instrument).High));
    }

    [Theory]
    [InlineData("""{ "colour": "blue" }""", "'colour' could not be mapped")]
    [InlineData("""{ "kind": "survey" }""", "$.kind")]
    [InlineData("""{ "id": "PHQ 9" }""", "\"id\" must be lower-case letters, digits and hyphens")]
    [InlineData("""{ "version": 0 }""", "\"version\" must be 1 or more")]
    [InlineData("""{ "source": " " }""", "\"source\" and \"licence\" are needed")]
    [InlineData("""{ "options": [ { "value": 0 } ] }""", "\"options\" needs at least two answers")]
    [InlineData("""{ "options": [ { "value": 0 }, { "value": 0 } ] }""", "two options have the same value")]
    [InlineData("""{ "items": [ { "number": 1 }, { "number": 3 } ] }""", "items must be numbered 1, 2, 3... in order")]
    [InlineData("""{ "items": [ { "number": 2 }, { "number": 1 } ] }""", "items must be numbered 1, 2, 3... in order")]
    [InlineData("""{ "items": [ { "number": 1, "freeText": true } ] }""", "at least one item must be answered on the scale")]
    [InlineData("""{ "items": [ { "number": 1, "text": "How are you?" } ] }""", "the file must not contain item, option or prompt text")]
    [InlineData("""{ "options": [ { "value": 0, "label": "Never" }, { "value": 1 } ] }""", "the file must not contain item, option or prompt text")]
    [InlineData("""{ "prompt": "Over the last week" }""", "the file must not contain item, option or prompt text")]
    [InlineData("""{ "wordingShipped": true }""", "\"wordingShipped\" is true, so every item and option needs its text")]
    [InlineData("""{ "kind": "goals" }""", "\"items\" must be empty")]
    [InlineData("""{ "items": [ { "number": 1, "freeText": true, "reverse": true }, { "number": 2 } ] }""", "item 1 is free text, so it cannot be reversed or a risk item")]
    [InlineData("""{ "items": [ { "number": 1, "riskAbove": 3 } ] }""", "item 1's \"riskAbove\" must be an answer below the highest")]
    [InlineData("""{ "items": [ { "number": 1 }, { "number": 2, "freeText": true } ], "subscales": [ { "id": "s", "name": "S", "items": [ 1, 2 ] } ] }""", "subscale \"s\" must list items answered on the scale")]
    [InlineData("""{ "subscales": [ { "id": "s", "name": "S", "items": [ 1, 1 ] } ] }""", "subscale \"s\" lists an item twice")]
    [InlineData("""{ "subscales": [ { "id": "s", "name": "S", "items": [ 1 ] }, { "id": "s", "name": "T", "items": [ 2 ] } ] }""", "two subscales have the same id")]
    [InlineData("""{ "bands": [ { "from": 0, "to": 4, "label": "Low", "meaning": "Low" }, { "from": 4, "to": 9, "label": "High", "meaning": "High" } ] }""", "band \"High\" overlaps or comes before \"Low\"")]
    [InlineData("""{ "bands": [ { "from": 0, "to": 10, "label": "All", "meaning": "All" } ] }""", "band \"All\" must run upwards inside the possible totals, 0 to 9")]
    [InlineData("""{ "bands": [ { "from": 5, "to": 2, "label": "Backwards", "meaning": "Backwards" } ] }""", "band \"Backwards\" must run upwards inside the possible totals, 0 to 9")]
    [InlineData("""{ "bands": [ { "from": 0, "to": 9, "label": "All", "meaning": " " } ] }""", "band \"All\" needs a \"meaning\" in plain words")]
    [InlineData("""{ "reliableChange": 0 }""", "\"reliableChange\" must be more than 0 and no more than the range of totals")]
    [InlineData("""{ "reliableChange": 10 }""", "\"reliableChange\" must be more than 0 and no more than the range of totals")]
    [InlineData("""{ "clinicalCutOff": 10 }""", "\"clinicalCutOff\" must be inside the possible totals, 0 to 9")]
    public void A_broken_definition_is_refused_naming_the_file_and_the_problem(string changes, string problem)
    {
        var e = Assert.Throws<InstrumentFileException>(() => InstrumentFiles.Parse("test-measure.json", With(changes)));
        Assert.Equal("test-measure.json", e.File);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
        Assert.StartsWith("Instrument file test-measure.json: ", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "id": null }""")]
    [InlineData("""{ "name": null }""")]
    [InlineData("""{ "options": null }""")]
    [InlineData("""{ "options": [ null, { "value": 1 } ] }""")]
    [InlineData("""{ "items": null }""")]
    [InlineData("""{ "items": [ null ] }""")]
    [InlineData("""{ "subscales": null }""")]
    [InlineData("""{ "subscales": [ { "id": "s", "name": "S", "items": null } ] }""")]
    [InlineData("""{ "subscales": [ { "id": null, "name": "S", "items": [ 1 ] } ] }""")]
    [InlineData("""{ "bands": null }""")]
    [InlineData("""{ "bands": [ null ] }""")]
    public void A_null_where_a_value_or_list_belongs_is_refused_naming_the_file(string changes)
    {
        var e = Assert.Throws<InstrumentFileException>(() => InstrumentFiles.Parse("test-measure.json", With(changes)));
        Assert.Equal("test-measure.json", e.File);
        Assert.Contains("null", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_not_named_after_its_id_is_refused()
    {
        var e = Assert.Throws<InstrumentFileException>(() => InstrumentFiles.Parse("phq-9.json", Good));
        Assert.Equal(("phq-9.json", "the file must be called test-measure.json"), (e.File, e.Problem));
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("{ \"id\": ")]
    public void An_empty_or_cut_off_file_is_refused(string text)
    {
        var e = Assert.Throws<InstrumentFileException>(() => InstrumentFiles.Parse("test-measure.json", text));
        Assert.Equal("test-measure.json", e.File);
    }

    [Fact]
    public void A_second_file_with_the_same_id_stops_the_folder_loading()
    {
        var folder = Directory.CreateTempSubdirectory("instruments-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "test-measure.json"), Good);
            Assert.Equal(["test-measure"], InstrumentFiles.LoadFolder(folder.FullName).Select(i => i.Id));

            // A copy keeps its id; since a file must be called after its id, the copy is the one named.
            File.WriteAllText(Path.Combine(folder.FullName, "test-measure-copy.json"), Good);
            var e = Assert.Throws<InstrumentFileException>(() => InstrumentFiles.LoadFolder(folder.FullName));
            Assert.Equal(("test-measure-copy.json", "the file must be called test-measure.json"), (e.File, e.Problem));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_missing_folder_is_refused_by_name()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-instruments-" + Guid.NewGuid().ToString("N"));
        var e = Assert.Throws<InstrumentFileException>(() => InstrumentFiles.LoadFolder(missing));
        Assert.Equal((missing, "the folder does not exist"), (e.File, e.Problem));
    }
}
