using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Sessions;

internal sealed class SessionNoteConfiguration : IEntityTypeConfiguration<SessionNote>
{
    public void Configure(EntityTypeBuilder<SessionNote> b)
    {
        b.HasKey(x => x.SessionId);
        b.Property(x => x.PrivateNotes).HasMaxLength(8000);
        b.Property(x => x.ParentSummary).HasMaxLength(4000);
        b.HasOne<Session>().WithOne().HasForeignKey<SessionNote>(x => x.SessionId);
    }
}
