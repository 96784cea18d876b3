using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Messages;

internal sealed class MessageThreadReadConfiguration : IEntityTypeConfiguration<MessageThreadRead>
{
    public void Configure(EntityTypeBuilder<MessageThreadRead> b)
    {
        b.HasKey(x => new { x.ThreadId, x.UserId });
        b.HasOne<MessageThread>().WithMany().HasForeignKey(x => x.ThreadId);
    }
}
