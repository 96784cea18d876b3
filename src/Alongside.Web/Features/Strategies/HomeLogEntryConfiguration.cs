using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Features.Strategies;

internal sealed class HomeLogEntryConfiguration : IEntityTypeConfiguration<HomeLogEntry>
{
    public void Configure(EntityTypeBuilder<HomeLogEntry> b)
    {
        b.HasIndex(x => new { x.FamilyId, x.CreatedAt });
        b.HasIndex(x => new { x.StrategyId, x.Date });
        b.Property(x => x.WhatHappened).HasMaxLength(2000);
        b.Property(x => x.Note).HasMaxLength(2000);
        b.HasOne<HomeStrategy>().WithMany().HasForeignKey(x => x.StrategyId);
        b.HasOne(x => x.WrittenBy).WithMany().HasForeignKey(x => x.WrittenByUserId);
    }
}
