using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Account;

/// <summary>
/// A category of email a person has turned off on /account/emails. No row means they get it, so
/// a new category reaches everyone until they choose otherwise. Essential is never stored.
/// </summary>
public class NoticeOptOut
{
    public Guid UserId { get; set; }
    public NoticeCategory Category { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}

internal sealed class NoticeOptOutConfiguration : IEntityTypeConfiguration<NoticeOptOut>
{
    public void Configure(EntityTypeBuilder<NoticeOptOut> b)
    {
        // The notices service asks "has this person turned this category off?": the key answers it.
        b.HasKey(x => new { x.UserId, x.Category });
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
