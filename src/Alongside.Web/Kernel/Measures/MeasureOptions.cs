using System.ComponentModel.DataAnnotations;

namespace Alongside.Web.Kernel.Measures;

/// <summary>"Measures": when families are asked to complete measures (the default schedule).</summary>
public sealed class MeasureOptions
{
    /// <summary>Goals are rated after every Nth attended session.</summary>
    [Range(1, 52, ErrorMessage = "Measures:GoalsEverySessions must be between {1} and {2}")]
    public int GoalsEverySessions { get; set; } = 1;

    /// <summary>Wellbeing and confidence questionnaires are asked after every Nth attended session.</summary>
    [Range(1, 52, ErrorMessage = "Measures:WellbeingEverySessions must be between {1} and {2}")]
    public int WellbeingEverySessions { get; set; } = 4;

    /// <summary>The questionnaires asked at the start and every few sessions, when their wording is present.</summary>
    public string[] Wellbeing { get; set; } = ["phq-9", "gad-7", "bpses", "score-15", "swemwbs"];

    /// <summary>How long after it is due a measure is shown as overdue.</summary>
    [Range(1, 90, ErrorMessage = "Measures:OverdueAfterDays must be between {1} and {2}")]
    public int OverdueAfterDays { get; set; } = 14;
}
