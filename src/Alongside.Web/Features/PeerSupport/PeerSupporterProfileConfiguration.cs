using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.PeerSupport;

internal sealed class PeerSupporterProfileConfiguration : IEntityTypeConfiguration<PeerSupporterProfile>
{
    public void Configure(EntityTypeBuilder<PeerSupporterProfile> b)
    {
        b.HasKey(x => x.UserId);
        b.Property(x => x.Experience).HasConversion<int>();
        b.HasIndex(x => x.OrganisationId);
        b.Property(x => x.Languages).HasMaxLength(200);
        b.Property(x => x.District).HasMaxLength(8);
        b.Property(x => x.Availability).HasMaxLength(300);
        b.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId);
    }
}
