using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Sessions;

internal sealed class SessionReminderConfiguration : IEntityTypeConfiguration<SessionReminder>
{
    public void Configure(EntityTypeBuilder<SessionReminder> b)
    {
        b.HasKey(x => new { x.SessionId, x.HoursBefore });
        b.HasOne<Session>().WithMany().HasForeignKey(x => x.SessionId);
    }
}
