using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.Organisations;

internal sealed class CommissionConfiguration : IEntityTypeConfiguration<Commission>
{
    public void Configure(EntityTypeBuilder<Commission> b)
    {
        b.HasIndex(x => new { x.CommissionerOrganisationId, x.ProviderOrganisationId });
        b.HasIndex(x => x.ProviderOrganisationId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.CommissionerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.ProviderOrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Service>().WithMany().HasForeignKey(x => x.ServiceId);
        b.ToTable(t => t.HasCheckConstraint("CK_Commission_Dates", "\"EndsOn\" IS NULL OR \"EndsOn\" >= \"StartsOn\""));
    }
}
