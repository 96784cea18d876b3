using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.PeerSupport;

internal sealed class SafeguardingConcernConfiguration : IEntityTypeConfiguration<SafeguardingConcern>
{
    public void Configure(EntityTypeBuilder<SafeguardingConcern> b)
    {
        b.HasIndex(x => new { x.OrganisationId, x.AcknowledgedAt });
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.ActionTaken).HasMaxLength(2000);
        b.HasOne<PeerSupportRequest>().WithMany().HasForeignKey(x => x.RequestId);
    }
}
