using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Messages;

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> b)
    {
        b.HasIndex(x => new { x.ThreadId, x.SentAt });
        b.Property(x => x.Body).HasMaxLength(8000);
        b.HasOne<MessageThread>().WithMany().HasForeignKey(x => x.ThreadId);
        b.HasOne(x => x.Sender).WithMany().HasForeignKey(x => x.SenderUserId);
    }
}
