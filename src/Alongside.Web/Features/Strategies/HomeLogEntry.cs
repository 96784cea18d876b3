namespace Alongside.Web.Features.Strategies;

/// <summary>A parent's note of trying a strategy: when, what happened, how it went (1 to 5).</summary>
public class HomeLogEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StrategyId { get; set; }
    public Guid FamilyId { get; set; }
    public DateOnly Date { get; set; }
    public required string WhatHappened { get; set; }
    public int Rating { get; set; }
    public string? Note { get; set; }
    public Guid WrittenByUserId { get; set; }
    public AppUser? WrittenBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The text had words that signal risk: the care team was alerted.</summary>
    public bool RiskFlagged { get; set; }
}
