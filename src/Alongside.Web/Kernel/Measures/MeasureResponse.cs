using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.Measures;

/// <summary>
/// One completed measure: who answered, when, on which version of the instrument, with the total
/// and band it scored then. The answers are kept item by item.
/// </summary>
public class MeasureResponse
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FamilyId { get; set; }
    public Guid? DueId { get; set; }
    public Guid? PlanId { get; set; }
    public Guid? SessionId { get; set; }
    public required string InstrumentId { get; set; }
    public int InstrumentVersion { get; set; }
    public Guid AnsweredByUserId { get; set; }

    /// <summary>The clinician who completed it with the parent during a session, when they did.</summary>
    public Guid? WithClinicianUserId { get; set; }
    public DateTimeOffset AnsweredAt { get; set; }

    /// <summary>Answered after the next point of the schedule was already due; kept, and marked.</summary>
    public bool Late { get; set; }
    public decimal Total { get; set; }
    public string? Band { get; set; }
    public List<MeasureAnswer> Answers { get; } = [];
}

/// <summary>One item's answer: a value on the scale, or free text. For goals, the goal's words then.</summary>
public class MeasureAnswer
{
    public Guid ResponseId { get; set; }
    public int Item { get; set; }
    public int? Value { get; set; }
    public string? Text { get; set; }
}

internal sealed class MeasureResponseConfiguration : IEntityTypeConfiguration<MeasureResponse>
{
    public void Configure(EntityTypeBuilder<MeasureResponse> b)
    {
        b.Property(x => x.InstrumentId).HaveMaxLengthOf(40);
        b.Property(x => x.Band).HasMaxLength(60);
        b.Property(x => x.Total).HasPrecision(7, 2);
        b.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.AnsweredByUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MeasureDue>().WithMany().HasForeignKey(x => x.DueId);
        b.HasIndex(x => x.DueId).IsUnique();
        // A family's progress: each instrument's responses in order. The report's outcomes read
        // the plan and score from the index too, never the rows.
        b.HasIndex(x => new { x.FamilyId, x.InstrumentId, x.AnsweredAt, x.PlanId, x.Total });
        // Reports: every response to one instrument in a period (session feedback, outcomes), with
        // the plan and family the outcomes filter by.
        b.HasIndex(x => new { x.InstrumentId, x.AnsweredAt, x.PlanId, x.FamilyId });
        b.HasMany(x => x.Answers).WithOne().HasForeignKey(x => x.ResponseId);
    }
}

internal sealed class MeasureAnswerConfiguration : IEntityTypeConfiguration<MeasureAnswer>
{
    public void Configure(EntityTypeBuilder<MeasureAnswer> b)
    {
        b.HasKey(x => new { x.ResponseId, x.Item });
        b.Property(x => x.Text).HasMaxLength(4000);
    }
}
