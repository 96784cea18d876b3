using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.PeerSupport;

internal sealed class PeerContactConfiguration : IEntityTypeConfiguration<PeerContact>
{
    public void Configure(EntityTypeBuilder<PeerContact> b)
    {
        b.HasIndex(x => new { x.RequestId, x.Date });
        b.Property(x => x.Topics).HasMaxLength(1000);
        b.Property(x => x.SupporterNote).HasMaxLength(2000);
        b.HasOne<PeerSupportRequest>().WithMany().HasForeignKey(x => x.RequestId);
    }
}
