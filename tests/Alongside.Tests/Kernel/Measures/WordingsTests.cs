using System.Text.Json;

namespace Alongside.Tests.Kernel.Measures;

/// <summary>An organisation's wording file: checked against the definition, then put in place.</summary>
public sealed class WordingsTests
{
    private static Instrument? Find(string id) => ShippedInstruments.All.FirstOrDefault(i => i.Id == id);

    /// <summary>The problem with a file that must be refused.</summary>
    private static string? Refused(string text)
    {
        var (file, problem) = Wordings.Read(text, Find);
        Assert.Null(file);
        return problem;
    }

    /// <summary>A wording file with placeholder texts ("Placeholder item 1"...), not any instrument's real words.</summary>
    private static string Placeholder(string id = "phq-9", int version = 1, int options = 4, int items = 9, string? prompt = "Placeholder prompt") =>
        JsonSerializer.Serialize(new
        {
            id,
            version,
            prompt,
            options = Enumerable.Range(1, options).Select(n => $"Placeholder answer {n}"),
            items = Enumerable.Range(1, items).Select(n => $"Placeholder item {n}"),
        });

    [Fact]
    public void A_well_formed_wording_file_is_accepted()
    {
        var (file, problem) = Wordings.Read(Placeholder(), Find);
        Assert.Null(problem);
        Assert.Equal(("phq-9", 1, 4, 9), (file!.Id, file.Version, file.Options.Count, file.Items.Count));
    }

    [Fact]
    public void A_wording_file_without_a_prompt_is_accepted()
    {
        var (file, problem) = Wordings.Read(Placeholder(prompt: null), Find);
        Assert.Null(problem);
        Assert.Null(file!.Prompt);
    }

    [Theory]
    [InlineData(3, 9, "\"phq-9\" has 4 answers; the file gives 3")]
    [InlineData(5, 9, "\"phq-9\" has 4 answers; the file gives 5")]
    [InlineData(4, 8, "\"phq-9\" has 9 items; the file gives 8")]
    [InlineData(4, 10, "\"phq-9\" has 9 items; the file gives 10")]
    public void Wrong_counts_are_refused(int options, int items, string problem) =>
        Assert.Equal(problem, Refused(Placeholder(options: options, items: items)));

    [Fact]
    public void A_file_for_another_version_is_refused() =>
        Assert.Equal("\"phq-9\" is version 1; the file is for version 2", Refused(Placeholder(version: 2)));

    [Fact]
    public void An_unknown_instrument_is_refused() =>
        Assert.Equal("there is no instrument \"phq-10\"", Refused(Placeholder(id: "phq-10")));

    /// <summary>A GAD-7 wording file with one answer or item text replaced by <paramref name="text"/>.</summary>
    private static string Gad7(string text, int option = -1, int item = -1, string? prompt = null) =>
        JsonSerializer.Serialize(new
        {
            id = "gad-7",
            version = 1,
            prompt,
            options = Enumerable.Range(0, 4).Select(n => n == option ? text : $"Placeholder answer {n + 1}"),
            items = Enumerable.Range(0, 7).Select(n => n == item ? text : $"Placeholder item {n + 1}"),
        });

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_texts_are_refused(string empty)
    {
        Assert.Null(Wordings.Read(Gad7("fine"), Find).Problem);
        Assert.Equal("every option and item needs its text", Refused(Gad7(empty, item: 2)));
        Assert.Equal("every option and item needs its text", Refused(Gad7(empty, option: 1)));
    }

    [Fact]
    public void Texts_over_1000_characters_are_refused()
    {
        Assert.Null(Wordings.Read(Gad7(new string('x', 1000), item: 0), Find).Problem);
        Assert.Equal("each text must be 1,000 characters or fewer", Refused(Gad7(new string('x', 1001), item: 0)));
        Assert.Equal("each text must be 1,000 characters or fewer", Refused(Gad7("fine", prompt: new string('x', 1001))));
    }

    [Theory]
    [InlineData("goals")]
    [InlineData("session-feedback")]
    [InlineData("end-of-support")]
    public void Wording_for_our_own_instruments_is_refused(string id) =>
        Assert.Equal($"\"{id}\" is written by Alongside and needs no wording", Refused(Placeholder(id: id, options: 5, items: 4)));

    [Theory]
    [InlineData("not json")]
    [InlineData("""{ "id": "phq-9", "version": 1 }""")]
    [InlineData("""{ "version": 1, "options": [], "items": [] }""")]
    public void A_file_that_is_not_a_wording_file_is_refused(string text)
    {
        var (file, problem) = Wordings.Read(text, Find);
        Assert.Null(file);
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }

    [Fact]
    public void Apply_puts_the_prompt_the_answer_labels_and_the_item_texts_in_place_and_keeps_the_scoring()
    {
        var phq = Find("phq-9")!;
        var (file, _) = Wordings.Read(Placeholder(), Find);

        var worded = Wordings.Apply(phq, file!);

        Assert.Equal("Placeholder prompt", worded.Prompt);
        Assert.Equal(["Placeholder answer 1", "Placeholder answer 2", "Placeholder answer 3", "Placeholder answer 4"], worded.Options.Select(o => o.Label));
        Assert.Equal(Enumerable.Range(1, 9).Select(n => $"Placeholder item {n}"), worded.Items.Select(i => i.Text));
        Assert.Equal([0, 1, 2, 3], worded.Options.Select(o => o.Value));
        Assert.Equal(Enumerable.Range(1, 9), worded.Items.Select(i => i.Number));
        Assert.Equal((int?)0, worded.Items.Single(i => i.Number == 9).RiskAbove);
        // The definition itself is untouched: it is shared by every organisation.
        Assert.Null(phq.Prompt);
        Assert.All(phq.Items, i => Assert.Null(i.Text));
    }

    [Fact]
    public void Apply_keeps_reversed_items_and_free_text_items_of_the_new_instruments()
    {
        var (score15, problem) = Wordings.Read(Placeholder(id: "score-15", options: 5, items: 15), Find);
        Assert.Null(problem);
        var worded = Wordings.Apply(Find("score-15")!, score15!);
        Assert.Equal([2, 4, 5, 7, 8, 9, 11, 12, 13, 14], worded.Items.Where(i => i.Reverse).Select(i => i.Number));

        var (esq, esqProblem) = Wordings.Read(Placeholder(id: "esq-parent", options: 3, items: 15), Find);
        Assert.Null(esqProblem);
        var esqWorded = Wordings.Apply(Find("esq-parent")!, esq!);
        Assert.Equal("Placeholder item 13", esqWorded.Items.Single(i => i.Number == 13).Text);
        Assert.True(esqWorded.Items.Single(i => i.Number == 13).FreeText);
    }
}
