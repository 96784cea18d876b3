using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Training;

internal sealed class TrainingInterestConfiguration : IEntityTypeConfiguration<TrainingInterest>
{
    public void Configure(EntityTypeBuilder<TrainingInterest> b)
    {
        b.HasIndex(x => new { x.OrganisationId, x.Status, x.CreatedAt });
        b.HasIndex(x => x.UserId);
        b.Property(x => x.Name).HasMaxLength(120);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.Phone).HasMaxLength(40);
        b.Property(x => x.ServiceName).HasMaxLength(200);
        b.Property(x => x.ServiceRole).HasMaxLength(120);
        b.Property(x => x.Area).HasMaxLength(200);
        b.Property(x => x.Message).HasMaxLength(2000);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
    }
}

internal sealed class TrainingInterestNoteConfiguration : IEntityTypeConfiguration<TrainingInterestNote>
{
    public void Configure(EntityTypeBuilder<TrainingInterestNote> b)
    {
        b.HasIndex(x => new { x.InterestId, x.CreatedAt });
        b.Property(x => x.Text).HasMaxLength(2000);
        b.HasOne<TrainingInterest>().WithMany().HasForeignKey(x => x.InterestId);
    }
}
