using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.Measures;

/// <summary>
/// An organisation's record that it holds a licence for an instrument that needs one (SDQ,
/// SWEMWBS, ORS...): the switch that lets its plans ask for it, and the reference that proves it.
/// Removing the row switches it off; answers already given stay.
/// </summary>
public class InstrumentLicence
{
    public const int ReferenceLength = 200;

    public Guid OrganisationId { get; set; }
    public required string InstrumentId { get; set; }

    /// <summary>The licence's reference or holder, as the licensor gave it.</summary>
    public required string Reference { get; set; }
    public Guid RecordedByUserId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

internal sealed class InstrumentLicenceConfiguration : IEntityTypeConfiguration<InstrumentLicence>
{
    public void Configure(EntityTypeBuilder<InstrumentLicence> b)
    {
        b.HasKey(x => new { x.OrganisationId, x.InstrumentId });
        b.Property(x => x.InstrumentId).HaveMaxLengthOf(40);
        b.Property(x => x.Reference).HaveMaxLengthOf(InstrumentLicence.ReferenceLength);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.RecordedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
