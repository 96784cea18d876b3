using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Sessions;

internal sealed class SessionGuestConfiguration : IEntityTypeConfiguration<SessionGuest>
{
    public void Configure(EntityTypeBuilder<SessionGuest> b)
    {
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasIndex(x => x.SessionId);
        // The daily cap on invitations one person sends.
        b.HasIndex(x => new { x.InvitedByUserId, x.InvitedAt });
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.HasOne<Session>().WithMany().HasForeignKey(x => x.SessionId);
    }
}
