using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.Measures;

/// <summary>
/// An organisation's own schedule for the plans it writes: how often goals, and wellbeing and
/// confidence, are asked. A plan may set its own; without either, <see cref="MeasureOptions"/> holds.
/// </summary>
public class MeasureDefaults
{
    public const int MinEvery = 1;
    public const int MaxEvery = 52;

    public Guid OrganisationId { get; set; }

    public int GoalsEverySessions { get; set; }

    public int WellbeingEverySessions { get; set; }
    public Guid UpdatedByUserId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class MeasureDefaultsConfiguration : IEntityTypeConfiguration<MeasureDefaults>
{
    public void Configure(EntityTypeBuilder<MeasureDefaults> b)
    {
        b.HasKey(x => x.OrganisationId);
        b.HasOne<Organisation>().WithOne().HasForeignKey<MeasureDefaults>(x => x.OrganisationId);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UpdatedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
