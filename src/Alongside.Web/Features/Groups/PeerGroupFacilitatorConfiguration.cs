using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Groups;

internal sealed class PeerGroupFacilitatorConfiguration : IEntityTypeConfiguration<PeerGroupFacilitator>
{
    public void Configure(EntityTypeBuilder<PeerGroupFacilitator> b)
    {
        b.HasKey(x => new { x.GroupId, x.UserId });
        b.HasOne<PeerGroup>().WithMany().HasForeignKey(x => x.GroupId);
        b.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId);
    }
}
