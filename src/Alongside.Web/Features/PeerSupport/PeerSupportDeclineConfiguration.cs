using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.PeerSupport;

internal sealed class PeerSupportDeclineConfiguration : IEntityTypeConfiguration<PeerSupportDecline>
{
    public void Configure(EntityTypeBuilder<PeerSupportDecline> b)
    {
        b.HasKey(x => new { x.RequestId, x.SupporterUserId });
        b.HasOne<PeerSupportRequest>().WithMany().HasForeignKey(x => x.RequestId);
    }
}
