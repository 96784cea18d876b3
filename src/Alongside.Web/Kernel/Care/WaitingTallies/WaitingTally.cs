using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Kernel.Care.WaitingTallies;

public enum WaitingTallyKind
{
    /// <summary>Referrals waiting now, by priority and the week they joined the list.</summary>
    Waiting = 0,
    /// <summary>Referrals that left the list, by the day they left; priority always 0, so reads seek the index by start.</summary>
    Left = 1,
}

/// <summary>
/// How many of an organisation's referrals on one list are in one bucket: waiting
/// at one priority since a time in [<see cref="Start"/>, <see cref="End"/>), or left the list then.
/// Buckets lie on one grid for every organisation (<see cref="WaitingTallyGrid"/>), so a place is
/// whole buckets from here plus the records of the one bucket it falls in (<see cref="WaitingPlaces"/>).
/// </summary>
public class WaitingTally
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    /// <summary>The list: the referral's service when that service keeps its own list, otherwise null, the shared list.</summary>
    public Guid? ListServiceId { get; set; }
    public WaitingTallyKind Kind { get; set; }
    public int Priority { get; set; }
    public DateTimeOffset Start { get; set; }
    public DateTimeOffset End { get; set; }
    public int Count { get; set; }
}

/// <summary>An organisation whose waiting tallies were built; they answer places while no <see cref="WaitingListMark"/> names it.</summary>
public class WaitingListBuild
{
    public Guid OrganisationId { get; set; }
    public DateTimeOffset BuiltAt { get; set; }
}

/// <summary>
/// Written in the same transaction as a change to an organisation's waiting list (<see cref="WaitingListMarker"/>);
/// while one is there its places are counted from the records, until <see cref="WaitingTallyBuilder"/>
/// builds it again and removes the marks it read.
/// </summary>
public class WaitingListMark
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
}

internal sealed class WaitingTallyConfiguration : IEntityTypeConfiguration<WaitingTally>
{
    // Every read narrows by organisation, kind and priority, then a range of starts or ends.
    public void Configure(EntityTypeBuilder<WaitingTally> b) => b.HasIndex(x => new { x.OrganisationId, x.Kind, x.Priority, x.Start });
}

internal sealed class WaitingListBuildConfiguration : IEntityTypeConfiguration<WaitingListBuild>
{
    // The key is what makes two instances building one organisation at once collide, so one rolls back.
    public void Configure(EntityTypeBuilder<WaitingListBuild> b) => b.HasKey(x => x.OrganisationId);
}

internal sealed class WaitingListMarkConfiguration : IEntityTypeConfiguration<WaitingListMark>
{
    public void Configure(EntityTypeBuilder<WaitingListMark> b) => b.HasIndex(x => x.OrganisationId);
}
