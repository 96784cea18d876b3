using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.People;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> b)
    {
        b.HasIndex(x => new { x.UserId, x.OrganisationId, x.Role }).IsUnique();
        b.HasIndex(x => new { x.OrganisationId, x.Role });
        b.HasOne(x => x.Organisation).WithMany(o => o.Members).HasForeignKey(x => x.OrganisationId);
        b.HasOne(x => x.User).WithMany(u => u.Memberships).HasForeignKey(x => x.UserId);
    }
}
