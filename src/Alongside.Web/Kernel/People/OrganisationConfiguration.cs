using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.People;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.Property(x => x.Name).HaveMaxLengthOf(200);
        b.Property(x => x.OnsCode).HasMaxLength(9);
        b.HasIndex(x => x.Name);
        b.Property(x => x.About).HasMaxLength(2000);
        b.Property(x => x.ContactEmail).HasMaxLength(256);
        b.Property(x => x.Phone).HasMaxLength(40);
        b.Property(x => x.Website).HasMaxLength(500);
    }
}
