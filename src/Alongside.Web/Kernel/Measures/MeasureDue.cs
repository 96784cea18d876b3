using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.Measures;

/// <summary>
/// A measure a family is asked to complete at one point of their support (before the first
/// session, after a session, at the end). Answered at most once: the response's unique
/// <see cref="MeasureResponse.DueId"/> lets only one answer in, however many arrive together.
/// </summary>
public class MeasureDue
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FamilyId { get; set; }
    public Guid? PlanId { get; set; }
    public Guid? SessionId { get; set; }
    public required string InstrumentId { get; set; }

    /// <summary>Which point of the schedule this is, unique per family and instrument ("plan:{id}:baseline").</summary>
    public required string Point { get; set; }

    /// <summary>Why it is asked for now, in plain words ("Before your first session").</summary>
    public required string Reason { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>No longer asked for: the support ended before it was answered. Kept, not shown.</summary>
    public DateTimeOffset? WithdrawnAt { get; set; }
}

internal sealed class MeasureDueConfiguration : IEntityTypeConfiguration<MeasureDue>
{
    public void Configure(EntityTypeBuilder<MeasureDue> b)
    {
        b.Property(x => x.InstrumentId).HaveMaxLengthOf(40);
        b.Property(x => x.Point).HaveMaxLengthOf(120);
        b.Property(x => x.Reason).HaveMaxLengthOf(200);
        b.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId);
        b.HasIndex(x => new { x.FamilyId, x.InstrumentId, x.Point }).IsUnique();
        // The family's list of measures still to do, oldest first.
        b.HasIndex(x => new { x.FamilyId, x.AnsweredAt, x.DueAt });
    }
}

public static class MeasureDueQueries
{
    /// <summary>Still asked for: not answered and not withdrawn.</summary>
    public static IQueryable<MeasureDue> Open(this IQueryable<MeasureDue> due) =>
        due.Where(d => d.AnsweredAt == null && d.WithdrawnAt == null);
}
