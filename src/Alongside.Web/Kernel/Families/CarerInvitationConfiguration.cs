using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.Families;

internal sealed class CarerInvitationConfiguration : IEntityTypeConfiguration<CarerInvitation>
{
    public void Configure(EntityTypeBuilder<CarerInvitation> b)
    {
        b.Property(x => x.Email).HaveMaxLengthOf(256);
        b.Property(x => x.DisplayName).HaveMaxLengthOf(100);
        b.Property(x => x.TokenHash).HaveMaxLengthOf(64);
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasIndex(x => x.FamilyId);
        // The daily cap on invitations one person sends.
        b.HasIndex(x => new { x.InvitedByUserId, x.CreatedAt });
        b.HasOne(x => x.Family).WithMany().HasForeignKey(x => x.FamilyId);
    }
}
