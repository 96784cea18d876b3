using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Referrals;

internal sealed class ReferralDraftConfiguration : IEntityTypeConfiguration<ReferralDraft>
{
    public void Configure(EntityTypeBuilder<ReferralDraft> b)
    {
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.Property(x => x.AnswersJson).HaveMaxLengthOf(40_000);
        b.HasIndex(x => x.UserId);
        b.HasIndex(x => x.TokenHash).IsUnique();
    }
}
