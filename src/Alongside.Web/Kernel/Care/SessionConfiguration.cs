using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.Care;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> b)
    {
        // No double booking: among booked sessions, one per clinician per start time.
        b.HasIndex(x => new { x.ClinicianUserId, x.StartsAt }).IsUnique().HasFilter("\"Status\" = 'Booked'");
        b.HasIndex(x => new { x.FamilyId, x.StartsAt });
        b.HasIndex(x => new { x.ClinicianUserId, x.Status, x.StartsAt });
        b.HasIndex(x => x.SeriesId);
        // Money: the sessions charged to a plan's items (the plan page, funded support in reports).
        b.HasIndex(x => new { x.PlanItemId, x.Status, x.LateCancellation, x.StartsAt });
        // A provider's sessions in a period (diary, reports). The columns the reports group by are
        // carried in the index so counting half a million sessions never reads the table.
        b.HasIndex(x => new { x.OrganisationId, x.StartsAt, x.Status, x.LateCancellation, x.Kind, x.Mode, x.FamilyId });
        // Reminders: booked sessions starting within the next hours, across every provider.
        b.HasIndex(x => new { x.Status, x.StartsAt });
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        b.Property(x => x.VideoLink).HasMaxLength(500);
        b.Property(x => x.Place).HasMaxLength(300);
        b.Property(x => x.OverrideReason).HasMaxLength(500);
        b.HasOne(x => x.Clinician).WithMany().HasForeignKey(x => x.ClinicianUserId);
        b.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId);
    }
}
