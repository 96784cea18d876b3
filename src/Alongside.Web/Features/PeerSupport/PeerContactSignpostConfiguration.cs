using Alongside.Web.Features.PeerSupport.LocalHelp;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.PeerSupport;

internal sealed class PeerContactSignpostConfiguration : IEntityTypeConfiguration<PeerContactSignpost>
{
    public void Configure(EntityTypeBuilder<PeerContactSignpost> b)
    {
        b.HasKey(x => new { x.ContactId, x.LocalHelpId });
        b.HasOne<PeerContact>().WithMany().HasForeignKey(x => x.ContactId);
        b.HasOne<LocalHelpEntry>().WithMany().HasForeignKey(x => x.LocalHelpId);
    }
}
