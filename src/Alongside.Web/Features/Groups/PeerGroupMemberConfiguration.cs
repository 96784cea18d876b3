using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Groups;

internal sealed class PeerGroupMemberConfiguration : IEntityTypeConfiguration<PeerGroupMember>
{
    public void Configure(EntityTypeBuilder<PeerGroupMember> b)
    {
        b.HasKey(x => new { x.GroupId, x.UserId });
        b.HasIndex(x => new { x.UserId, x.Status });
        b.HasIndex(x => new { x.GroupId, x.Status });
        b.HasIndex(x => new { x.PostEmails, x.DigestSentAt });
        b.Property(x => x.DisplayName).HasMaxLength(40);
        b.Property(x => x.Introduction).HasMaxLength(1000);
        b.HasOne<PeerGroup>().WithMany().HasForeignKey(x => x.GroupId);
        b.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId);
    }
}
