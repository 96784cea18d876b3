namespace Alongside.Web.Domain;

/// <summary>Something a clinician suggests the family try at home, with the reason it helps.</summary>
public class HomeStrategy
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FamilyId { get; set; }
    public required string Title { get; set; }
    public required string WhatToDo { get; set; }
    public required string WhyItHelps { get; set; }
    public required string HowOften { get; set; }
    public Guid SharedByUserId { get; set; }
    public DateTimeOffset SharedAt { get; set; }

    /// <summary>Set when the clinician stops suggesting it; the log stays readable.</summary>
    public DateTimeOffset? StoppedAt { get; set; }
}

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
