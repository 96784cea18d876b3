using System.Linq.Expressions;
using Alongside.Web.Kernel.Reports.Tallies;

namespace Alongside.Web.Kernel.Reports;

/// <summary>
/// What one report covers: a provider organisation, a period of UK days (From to To, both
/// included), the filters chosen, and, for a commissioner, only the families it commissions or
/// that live in its area. Sections build their queries from this and never from anything else.
/// </summary>
public sealed record ReportScope(
    Guid OrganisationId,
    DateOnly From,
    DateOnly To,
    Guid? ServiceId = null,
    FundingRoute? Funding = null,
    string? LocalAuthorityCode = null,
    CommissionerScope? Commissioner = null)
{
    /// <summary>The first instant of the period, UK time.</summary>
    public DateTimeOffset Start => UkTime.StartOfDay(From);

    /// <summary>The first instant after the period, UK time.</summary>
    public DateTimeOffset End => UkTime.StartOfDay(To.AddDays(1));

    /// <summary>Whether the report is limited to some families (a filter or a commissioner's view).</summary>
    public bool ByFamily => ServiceId is not null || Funding is not null || LocalAuthorityCode is not null || Commissioner is not null;

    /// <summary>The provider's referrals the filters and the commissioner's view admit, of any date.</summary>
    public IQueryable<Referral> Referrals(AlongsideDbContext db)
    {
        var q = Filtered(db);
        if (Commissioner is { } c)
        {
            var ons = c.OnsCode;
            q = q.Where(r => r.CommissionerOrganisationId == c.OrganisationId || (ons != null && r.LocalAuthorityCode == ons));
        }
        return q;
    }

    /// <summary>
    /// The families of <see cref="Referrals"/>, each once. A commissioner's are read as two sides
    /// joined, those it commissions and those in its area, each from its own index: as one query
    /// with an OR, SQLite read every referral of the provider (at 100,000 families, 0.40 s to
    /// 0.02 s in the sqlite3 shell).
    /// </summary>
    private IQueryable<Guid> ReferredFamilies(AlongsideDbContext db)
    {
        if (Commissioner is not { } c) return Referrals(db).Select(r => r.FamilyId).Distinct();
        var commissioned = Filtered(db).Where(r => r.CommissionerOrganisationId == c.OrganisationId).Select(r => r.FamilyId);
        return c.OnsCode is { } ons
            ? commissioned.Union(Filtered(db).Where(r => r.LocalAuthorityCode == ons).Select(r => r.FamilyId))
            : commissioned.Distinct();
    }

    /// <summary>The provider's referrals the filters admit, and for a commissioner only those of the services it commissions.</summary>
    private IQueryable<Referral> Filtered(AlongsideDbContext db)
    {
        var q = db.Referrals.Where(r => r.OrganisationId == OrganisationId);
        if (ServiceId is { } service) q = q.Where(r => r.ServiceId == service);
        if (Funding is { } funding) q = q.Where(r => r.FundingRoute == funding);
        if (LocalAuthorityCode is { } code) q = q.Where(r => r.LocalAuthorityCode == code);
        if (Commissioner is { AllServices: false } c)
        {
            var services = c.ServiceIds;
            q = q.Where(r => r.ServiceId != null && services.Contains(r.ServiceId.Value));
        }
        return q;
    }

    /// <summary>
    /// Whether the filters and the commissioner's view admit a referral with these parts: the
    /// test of <see cref="Referrals"/> made in memory, for the cohorts of the tallies.
    /// </summary>
    public bool Admits(CohortPart r) =>
        (ServiceId is not { } service || r.ServiceId == service)
        && (Funding is not { } funding || r.Funding == funding)
        && (LocalAuthorityCode is not { } code || r.LocalAuthorityCode == code)
        && (Commissioner is not { } c
            || ((r.CommissionerOrganisationId == c.OrganisationId || (c.OnsCode != null && r.LocalAuthorityCode == c.OnsCode))
                && (c.AllServices || (r.ServiceId is { } s && c.ServiceIds.Contains(s)))));

    /// <summary>The closed months of the period whose counts are kept ahead, and the cohorts to add up (null: all); empty until read.</summary>
    public TallyView Tallies { get; init; } = TallyView.None;

    /// <summary>The parts of the period not covered by <see cref="Tallies"/>, to count from the records, in order.</summary>
    public IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> Untallied()
    {
        var from = Start;
        foreach (var month in Tallies.Months.Order())
        {
            var monthStart = UkTime.StartOfDay(month);
            if (monthStart > from) yield return (from, monthStart);
            from = UkTime.StartOfDay(month.AddMonths(1));
        }
        if (End > from) yield return (from, End);
    }

    /// <summary>
    /// The report's families once worked out (<see cref="WithFamiliesAsync"/>): sent to each
    /// section's query as one list, so the referrals are read once a report, not once a section.
    /// </summary>
    public IReadOnlyList<Guid>? Families { get; init; }

    /// <summary>The families in the report when it is limited to some; null when it covers all the provider's work.</summary>
    public IQueryable<Guid>? FamilyIds(AlongsideDbContext db) =>
        !ByFamily ? null
        : Families is { } known ? db.Referrals.AsQueryable().Provider.CreateQuery<Guid>(AsOneParameter(known).Body)
        : ReferredFamilies(db);

    // The known families go to the database as one list parameter (json_each on SQLite, an array on
    // PostgreSQL). Left as an in-memory list, EF wrote each id into the SQL as a constant: 43,000
    // of them for one filter, so each query's text was 1.7 MB, built and parsed again every time.
    private static Expression<Func<IQueryable<Guid>>> AsOneParameter(IReadOnlyList<Guid> known) =>
        () => EF.Parameter(known).AsQueryable();

    /// <summary>The scope with its families read, when it is limited to some.</summary>
    public async Task<ReportScope> WithFamiliesAsync(AlongsideDbContext db, CancellationToken cancellationToken) =>
        !ByFamily || Families is not null ? this
        : this with { Families = await ReferredFamilies(db).ToListAsync(cancellationToken) };
}

/// <summary>Tallied months (first days) inside a report's period, and the cohorts its filters admit, or null for all of them.</summary>
public sealed record TallyView(IReadOnlyList<DateOnly> Months, IReadOnlyList<Guid>? Cohorts)
{
    public static readonly TallyView None = new([], null);
}

/// <summary>A commissioner's view: its organisation and area, and the services its running commissions cover.</summary>
public sealed record CommissionerScope(Guid OrganisationId, string? OnsCode, bool AllServices, IReadOnlyList<Guid> ServiceIds);
