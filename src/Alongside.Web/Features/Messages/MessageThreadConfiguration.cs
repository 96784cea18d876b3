using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Messages;

internal sealed class MessageThreadConfiguration : IEntityTypeConfiguration<MessageThread>
{
    public void Configure(EntityTypeBuilder<MessageThread> b)
    {
        b.HasIndex(x => new { x.FamilyId, x.LastMessageAt });
        b.Property(x => x.Subject).HasMaxLength(120);
        b.HasOne<Kernel.Families.Family>().WithMany().HasForeignKey(x => x.FamilyId);
        b.HasIndex(x => x.PeerSupportRequestId);
        b.HasOne<PeerSupportRequest>().WithMany().HasForeignKey(x => x.PeerSupportRequestId);
    }
}
