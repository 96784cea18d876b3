using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Groups;

internal sealed class PeerGroupConfiguration : IEntityTypeConfiguration<PeerGroup>
{
    public void Configure(EntityTypeBuilder<PeerGroup> b)
    {
        // Flags are numbers so a search can test them with a bitwise AND in SQL.
        b.Property(x => x.Audiences).HasConversion<int>();
        b.Property(x => x.Access).HasConversion<int>();
        // Nearest-first search reads a latitude band from this index, then the longitude.
        b.HasIndex(x => new { x.Latitude, x.Longitude });
        b.HasIndex(x => new { x.Format, x.Name });
        b.HasIndex(x => x.OrganisationId);
        b.Property(x => x.Name).HasMaxLength(120);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.Languages).HasMaxLength(200);
        b.Property(x => x.Recurrence).HasMaxLength(200);
        b.Property(x => x.VenueName).HasMaxLength(200);
        b.Property(x => x.VenueAddress).HasMaxLength(300);
        b.Property(x => x.District).HasMaxLength(8);
        b.Property(x => x.OnlineLink).HasMaxLength(500);
        b.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId);
    }
}
