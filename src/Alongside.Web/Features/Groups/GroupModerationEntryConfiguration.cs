using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Groups;

internal sealed class GroupModerationEntryConfiguration : IEntityTypeConfiguration<GroupModerationEntry>
{
    public void Configure(EntityTypeBuilder<GroupModerationEntry> b)
    {
        b.HasIndex(x => new { x.GroupId, x.At });
        b.Property(x => x.Note).HasMaxLength(500);
        b.HasOne<PeerGroup>().WithMany().HasForeignKey(x => x.GroupId);
    }
}
