using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Infrastructure.Security;

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> b)
    {
        b.Property(x => x.Device).HaveMaxLengthOf(200);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.UserId, x.EndedAt });
    }
}
