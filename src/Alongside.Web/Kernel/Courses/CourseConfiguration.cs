using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.Courses;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> b)
    {
        b.HasIndex(x => new { x.OrganisationId, x.Title });
        b.Property(x => x.Title).HasMaxLength(120);
        b.Property(x => x.Summary).HasMaxLength(2000);
        b.Property(x => x.WhoFor).HasMaxLength(500);
        b.Property(x => x.Funding).HasMaxLength(500);
        b.Property(x => x.CostPerPlace).HasPrecision(10, 2);
        b.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId);
        b.HasOne<Course>().WithMany().HasForeignKey(x => x.PrerequisiteCourseId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.WeekPlan).WithOne().HasForeignKey(w => w.CourseId);
    }
}

internal sealed class CourseWeekConfiguration : IEntityTypeConfiguration<CourseWeek>
{
    public void Configure(EntityTypeBuilder<CourseWeek> b)
    {
        b.HasKey(x => new { x.CourseId, x.Number });
        b.Property(x => x.Title).HasMaxLength(120);
        b.Property(x => x.Covers).HasMaxLength(1000);
    }
}

internal sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> b)
    {
        b.HasIndex(x => new { x.CourseId, x.StartsOn });
        b.HasIndex(x => new { x.OrganisationId, x.StartsOn });
        b.Property(x => x.VenueName).HasMaxLength(200);
        b.Property(x => x.VenueAddress).HasMaxLength(300);
        b.Property(x => x.AccessInformation).HasMaxLength(1000);
        b.Property(x => x.OnlineLink).HasMaxLength(500);
        b.HasOne(x => x.Course).WithMany().HasForeignKey(x => x.CourseId);
        b.HasMany(x => x.Facilitators).WithOne().HasForeignKey(f => f.CohortId);
        // A second check of the one invariant the conditional updates keep.
        b.ToTable(t => t.HasCheckConstraint("CK_Cohorts_PlacesHeld", "\"PlacesHeld\" >= 0 AND \"PlacesHeld\" <= \"Capacity\""));
    }
}

internal sealed class CohortFacilitatorConfiguration : IEntityTypeConfiguration<CohortFacilitator>
{
    public void Configure(EntityTypeBuilder<CohortFacilitator> b)
    {
        b.HasKey(x => new { x.CohortId, x.UserId });
        b.HasIndex(x => x.UserId);
        b.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId);
    }
}

internal sealed class CoursePlaceConfiguration : IEntityTypeConfiguration<CoursePlace>
{
    public void Configure(EntityTypeBuilder<CoursePlace> b)
    {
        // One row per person per cohort: joining again after leaving reuses it, at the back of the queue.
        b.HasIndex(x => new { x.CohortId, x.UserId }).IsUnique();
        b.HasIndex(x => new { x.CohortId, x.Status, x.JoinedAt });
        b.HasIndex(x => new { x.Status, x.OfferExpiresAt });
        b.HasIndex(x => new { x.UserId, x.Status });
        b.HasIndex(x => x.FamilyId);
        b.HasIndex(x => x.PlanItemId);
        b.HasOne(x => x.Cohort).WithMany().HasForeignKey(x => x.CohortId);
        b.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId);
        b.HasMany(x => x.Attendance).WithOne().HasForeignKey(a => a.PlaceId);
    }
}

internal sealed class CourseAttendanceConfiguration : IEntityTypeConfiguration<CourseAttendance>
{
    public void Configure(EntityTypeBuilder<CourseAttendance> b) => b.HasKey(x => new { x.PlaceId, x.Week });
}

internal sealed class CourseReminderConfiguration : IEntityTypeConfiguration<CourseReminder>
{
    public void Configure(EntityTypeBuilder<CourseReminder> b)
    {
        b.HasKey(x => new { x.PlaceId, x.Week });
        b.HasOne<CoursePlace>().WithMany().HasForeignKey(x => x.PlaceId);
    }
}
