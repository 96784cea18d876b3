using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.Care;

internal sealed class FundingSettingsConfiguration : IEntityTypeConfiguration<FundingSettings>
{
    public void Configure(EntityTypeBuilder<FundingSettings> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.AsgsfTherapyLimit).HasPrecision(10, 2);
        b.Property(x => x.AsgsfAssessmentLimit).HasPrecision(10, 2);
        b.Property(x => x.MatchCeiling).HasPrecision(10, 2);
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_FundingSettings_One", "\"Id\" = 1");
            t.HasCheckConstraint("CK_FundingSettings_Share", "\"MatchSharePercent\" >= 0 AND \"MatchSharePercent\" <= 100");
        });
    }
}
