using System.ComponentModel.DataAnnotations;

namespace Alongside.Web.Kernel.Risk;

/// <summary>How long an alert may wait for a person before it climbs ("Risk" in configuration).</summary>
public sealed class RiskOptions
{
    /// <summary>Minutes an alert may stay unacknowledged at each rung before the next is told.</summary>
    [Range(1, 7 * 24 * 60, ErrorMessage = "Risk:AcknowledgeWithinMinutes must be between {1} and {2}")]
    public int AcknowledgeWithinMinutes { get; set; } = 60;

    /// <summary>Minutes a group post may wait in the moderation queue before the group's organisation is alerted.</summary>
    [Range(1, 7 * 24 * 60, ErrorMessage = "Risk:HeldPostAlertMinutes must be between {1} and {2}")]
    public int HeldPostAlertMinutes { get; set; } = 120;

    /// <summary>Seconds between scans for alerts and held posts that are due.</summary>
    [Range(1, 24 * 60 * 60, ErrorMessage = "Risk:ScanSeconds must be between {1} and {2}")]
    public int ScanSeconds { get; set; } = 60;
}
