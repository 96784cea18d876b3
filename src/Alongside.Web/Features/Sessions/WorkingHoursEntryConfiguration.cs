using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Sessions;

internal sealed class WorkingHoursEntryConfiguration : IEntityTypeConfiguration<WorkingHoursEntry>
{
    public void Configure(EntityTypeBuilder<WorkingHoursEntry> b)
    {
        b.HasIndex(x => x.ClinicianUserId);
    }
}
