using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Strategies;

internal sealed class HomeStrategyConfiguration : IEntityTypeConfiguration<HomeStrategy>
{
    public void Configure(EntityTypeBuilder<HomeStrategy> b)
    {
        b.HasIndex(x => new { x.FamilyId, x.SharedAt });
        b.Property(x => x.Title).HasMaxLength(120);
        b.Property(x => x.WhatToDo).HasMaxLength(2000);
        b.Property(x => x.WhyItHelps).HasMaxLength(2000);
        b.Property(x => x.HowOften).HasMaxLength(120);
        b.HasOne<Kernel.Families.Family>().WithMany().HasForeignKey(x => x.FamilyId);
    }
}
