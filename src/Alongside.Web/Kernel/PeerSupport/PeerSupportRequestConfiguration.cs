using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.PeerSupport;

internal sealed class PeerSupportRequestConfiguration : IEntityTypeConfiguration<PeerSupportRequest>
{
    public void Configure(EntityTypeBuilder<PeerSupportRequest> b)
    {
        b.Property(x => x.Needs).HasConversion<int>();
        b.HasIndex(x => new { x.OrganisationId, x.Status, x.RequestedAt });
        b.HasIndex(x => new { x.FamilyId, x.RequestedAt });
        b.HasIndex(x => new { x.SupporterUserId, x.Status });
        b.Property(x => x.Language).HasMaxLength(60);
        b.Property(x => x.District).HasMaxLength(8);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.MatchReason).HasMaxLength(500);
        b.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId);
    }
}
