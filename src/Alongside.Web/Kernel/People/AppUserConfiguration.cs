using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.People;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(x => x.DisplayName).HaveMaxLengthOf(100);
        // The daily retention run looks for tombstones closed long enough ago.
        b.HasIndex(x => x.ClosedAt);
    }
}
