using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Infrastructure.Notices;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.Property(x => x.ToAddress).HaveMaxLengthOf(256);
        b.Property(x => x.ToName).HaveMaxLengthOf(200);
        b.Property(x => x.Subject).HaveMaxLengthOf(300);
        b.Property(x => x.LastError).HasMaxLength(2000);
        // The dispatcher's only query: unsent messages that are due.
        b.HasIndex(x => new { x.SentAt, x.FailedAt, x.NextAttemptAt });
        // "Was this person sent this lately?" for notices sent at most once in a while.
        b.HasIndex(x => new { x.ToAddress, x.CreatedAt });
    }
}
