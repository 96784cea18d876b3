using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.PeerSupport.LocalHelp;

internal sealed class LocalHelpEntryConfiguration : IEntityTypeConfiguration<LocalHelpEntry>
{
    public void Configure(EntityTypeBuilder<LocalHelpEntry> b)
    {
        b.Property(x => x.Categories).HasConversion<int>();
        b.HasIndex(x => x.Nationwide);
        b.Property(x => x.Name).HasMaxLength(120);
        b.Property(x => x.Description).HasMaxLength(1000);
        b.Property(x => x.Phone).HasMaxLength(40);
        b.Property(x => x.Website).HasMaxLength(300);
    }
}
