namespace Alongside.Web.Features.Strategies;

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
