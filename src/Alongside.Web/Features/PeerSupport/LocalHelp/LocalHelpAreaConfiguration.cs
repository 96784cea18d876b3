using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.PeerSupport.LocalHelp;

internal sealed class LocalHelpAreaConfiguration : IEntityTypeConfiguration<LocalHelpArea>
{
    public void Configure(EntityTypeBuilder<LocalHelpArea> b)
    {
        b.HasKey(x => new { x.EntryId, x.Code });
        b.HasIndex(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(8);
        b.HasOne<LocalHelpEntry>().WithMany().HasForeignKey(x => x.EntryId);
    }
}
