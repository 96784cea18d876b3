using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Sessions;

internal sealed class AvailabilityExceptionConfiguration : IEntityTypeConfiguration<AvailabilityException>
{
    public void Configure(EntityTypeBuilder<AvailabilityException> b)
    {
        b.HasIndex(x => new { x.ClinicianUserId, x.EndsAt });
        b.Property(x => x.Note).HasMaxLength(200);
    }
}
