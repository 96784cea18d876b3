namespace Alongside.Web.Kernel.Measures;

/// <summary>What an instrument asks about and how it is answered.</summary>
public enum InstrumentKind
{
    /// <summary>The plan's own goals, each rated on the scale (goal-based outcomes).</summary>
    Goals,

    /// <summary>Fixed items, scored.</summary>
    Questionnaire,

    /// <summary>Fixed items about the service; ratings are reported, not scored as a change.</summary>
    Feedback,
}

/// <summary>Which way is better on an instrument's total.</summary>
public enum ScoreDirection
{
    HigherIsBetter,
    HigherIsWorse,
}

/// <summary>How the items make the total: added up, or their average.</summary>
public enum ScoringMethod
{
    Sum,
    Mean,
}

/// <summary>
/// One version of a measure, read from a file in <c>Data/Instruments</c>: its items, answers,
/// scoring, bands and change figures, each published figure with its source. Wording that is not
/// ours to ship is absent (<see cref="Item.Text"/> null) until an organisation imports its own.
/// </summary>
public sealed record Instrument
{
    public required string Id { get; init; }
    public required int Version { get; init; }
    public required string Name { get; init; }

    /// <summary>What it tells a parent it is about, in plain words.</summary>
    public required string About { get; init; }
    public required InstrumentKind Kind { get; init; }

    /// <summary>Who answers it: "parent" (the parent or carer).</summary>
    public required string CompletedBy { get; init; }
    public required string Licence { get; init; }

    /// <summary>Where the items, scoring and figures come from.</summary>
    public required string Source { get; init; }

    /// <summary>Offered by an organisation only once it has recorded its licence (<see cref="InstrumentLicence"/>).</summary>
    public bool LicenceRequired { get; init; }

    /// <summary>True when the file itself holds every item's wording (instruments written by Alongside).</summary>
    public bool WordingShipped { get; init; }

    /// <summary>The question above the items ("Over the last 2 weeks..."), when there is one.</summary>
    public string? Prompt { get; init; }
    public required IReadOnlyList<ResponseOption> Options { get; init; }
    public required IReadOnlyList<Item> Items { get; init; }
    public ScoringMethod Method { get; init; } = ScoringMethod.Sum;
    public ScoreDirection Direction { get; init; } = ScoreDirection.HigherIsBetter;
    public IReadOnlyList<Subscale> Subscales { get; init; } = [];
    public IReadOnlyList<Band> Bands { get; init; } = [];

    /// <summary>The smallest change in the total that is more than measurement error; null when none is published.</summary>
    public decimal? ReliableChange { get; init; }

    /// <summary>The total at or beyond which a score is in the clinical range (towards worse); null when none.</summary>
    public decimal? ClinicalCutOff { get; init; }

    /// <summary>The goals instrument rates up to this many goals; fixed instruments use <see cref="Items"/>.</summary>
    public int MaxGoals { get; init; } = 3;

    public int Lowest => Options.Min(o => o.Value);
    public int Highest => Options.Max(o => o.Value);
    public IEnumerable<Item> ScoredItems => Items.Where(i => !i.FreeText);
}

public sealed record ResponseOption(int Value, string? Label);

/// <summary>
/// One item. <see cref="Reverse"/> items count as (lowest + highest − answer). A
/// <see cref="RiskAbove"/> item raises a risk alert when answered above that value.
/// </summary>
public sealed record Item
{
    public required int Number { get; init; }
    public string? Text { get; init; }
    public bool Reverse { get; init; }
    public bool FreeText { get; init; }
    public bool Optional { get; init; }
    public int? RiskAbove { get; init; }
}

public sealed record Subscale(string Id, string Name, IReadOnlyList<int> Items);

/// <summary>A range of the total, in plain words for the parent.</summary>
public sealed record Band(decimal From, decimal To, string Label, string Meaning);
