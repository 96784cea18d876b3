using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Infrastructure.Auditing;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(x => x.Action).HaveMaxLengthOf(60);
        b.Property(x => x.EntityType).HaveMaxLengthOf(60);
        b.Property(x => x.Reason).HaveMaxLengthOf(500);
        b.Property(x => x.ActorOrganisation).HasMaxLength(200);
        b.HasIndex(x => new { x.FamilyId, x.At });
        b.HasIndex(x => new { x.ActorUserId, x.At });
    }
}
