using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Outcomes;

/// <summary>
/// A service's answer to what families told it in their feedback, published to the families it
/// works with ("You said... We did..."). Taken down by deleting it.
/// </summary>
public class YouSaidWeDid
{
    public const int YouSaidLength = 500;
    public const int WeDidLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string YouSaid { get; set; }
    public required string WeDid { get; set; }
    public Guid PublishedByUserId { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
}

internal sealed class YouSaidWeDidConfiguration : IEntityTypeConfiguration<YouSaidWeDid>
{
    public void Configure(EntityTypeBuilder<YouSaidWeDid> b)
    {
        b.Property(x => x.YouSaid).HaveMaxLengthOf(YouSaidWeDid.YouSaidLength);
        b.Property(x => x.WeDid).HaveMaxLengthOf(YouSaidWeDid.WeDidLength);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.PublishedByUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.OrganisationId, x.PublishedAt });
    }
}
