using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.Care;

internal sealed class ReferralDocumentConfiguration : IEntityTypeConfiguration<ReferralDocument>
{
    public void Configure(EntityTypeBuilder<ReferralDocument> b)
    {
        b.Property(x => x.FileName).HaveMaxLengthOf(200);
        b.Property(x => x.ContentType).HaveMaxLengthOf(100);
    }
}
