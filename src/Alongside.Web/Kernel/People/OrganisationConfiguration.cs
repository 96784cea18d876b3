using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.People;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.Property(x => x.Name).HaveMaxLengthOf(200);
        b.Property(x => x.OnsCode).HasMaxLength(9);
        b.HasIndex(x => x.Name);
    }
}
