using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Messages;

internal sealed class MessageAttachmentConfiguration : IEntityTypeConfiguration<MessageAttachment>
{
    public void Configure(EntityTypeBuilder<MessageAttachment> b)
    {
        b.HasIndex(x => x.MessageId);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.HasOne<Message>().WithMany().HasForeignKey(x => x.MessageId);
    }
}
