using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.People;

internal sealed class StaffInvitationConfiguration : IEntityTypeConfiguration<StaffInvitation>
{
    public void Configure(EntityTypeBuilder<StaffInvitation> b)
    {
        b.Property(x => x.Email).HaveMaxLengthOf(256);
        b.Property(x => x.DisplayName).HaveMaxLengthOf(100);
        b.Property(x => x.TokenHash).HaveMaxLengthOf(64);
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasIndex(x => new { x.OrganisationId, x.CreatedAt });
        b.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId);
    }
}
