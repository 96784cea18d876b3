using System.Security.Claims;

namespace Alongside.Web.Infrastructure.Auditing;

/// <summary>
/// Records staff reads and changes of family records. Call it after the record has been
/// found through an access-checked query, so denied reads leave no entry. Each entry keeps the
/// actor's role and organisation as they were, for the family's "who has looked" page.
/// </summary>
public sealed class AuditLog(AlongsideDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    /// <summary>One of the actor's staff roles, in an organisation (set by name, so a query can go on from it).</summary>
    public sealed record StaffPlace
    {
        /// <summary>Whose role it is: a caller's query joins on it to its own row for the reader.</summary>
        public Guid UserId { get; init; }
        public Role Role { get; init; }
        public Guid OrganisationId { get; init; }
        public required string Organisation { get; init; }
    }

    private List<StaffPlace>? places;

    public async Task RecordReadAsync(string entityType, Guid entityId, Guid? familyId, string reason, CancellationToken cancellationToken = default)
    {
        await AddAsync("read", entityType, entityId, familyId, reason, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// One read entry per record shown on a list page (concerns, shared plans), in two queries
    /// whatever the number of families, then saved.
    /// </summary>
    public async Task RecordReadsAsync(string entityType, IReadOnlyCollection<(Guid EntityId, Guid FamilyId)> records, string reason, CancellationToken cancellationToken = default)
    {
        if (records.Count == 0) return;
        var familyIds = records.Select(r => r.FamilyId).Distinct().ToList();
        var worksWith = (await db.FamilyOrganisations.Where(fo => familyIds.Contains(fo.FamilyId))
            .Select(fo => new { fo.FamilyId, fo.OrganisationId }).ToListAsync(cancellationToken)).ToLookup(fo => fo.FamilyId, fo => fo.OrganisationId);
        var mine = await PlacesAsync(cancellationToken);
        foreach (var (entityId, familyId) in records)
        {
            Add("read", entityType, entityId, familyId, reason, Pick(mine, worksWith[familyId].ToHashSet()));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds an entry to the caller's unit of work; saved with the caller's change.</summary>
    public async Task AddAsync(string action, string entityType, Guid entityId, Guid? familyId, string reason, CancellationToken cancellationToken = default)
    {
        var mine = await PlacesAsync(cancellationToken);
        var worksWith = familyId is null ? [] : (await db.FamilyOrganisations.Where(fo => fo.FamilyId == familyId)
            .Select(fo => fo.OrganisationId).ToListAsync(cancellationToken)).ToHashSet();
        Add(action, entityType, entityId, familyId, reason, Pick(mine, worksWith));
    }

    /// <summary>
    /// Adds an entry from facts the caller read in its own access-checked query, so a page's one read
    /// also carries what the entry needs: <paramref name="actorPlaces"/> from <see cref="ActorPlaces"/>
    /// and <paramref name="familyOrganisations"/>, the organisations that work with the family.
    /// </summary>
    public void Add(string action, string entityType, Guid entityId, Guid? familyId, string reason,
        IEnumerable<StaffPlace> actorPlaces, IEnumerable<Guid> familyOrganisations) =>
        Add(action, entityType, entityId, familyId, reason, Pick(Ordered(actorPlaces), familyOrganisations.ToHashSet()));

    /// <summary>
    /// The actor's staff roles, as a query to fold into the caller's read (it is not run here). Inside a
    /// projection, tie it to the row by <see cref="StaffPlace.UserId"/> equal to the reader's user row:
    /// a subquery that names nothing of the row is run on its own first, as one more command, and one
    /// tied by anything but an equality needs a lateral join, which SQLite lacks.
    /// </summary>
    public IQueryable<StaffPlace> ActorPlaces()
    {
        var me = ActorId;
        return db.Memberships.Where(m => m.UserId == me && m.Role != Role.ParentCarer)
            .Select(m => new StaffPlace { UserId = m.UserId, Role = m.Role, OrganisationId = m.OrganisationId, Organisation = m.Organisation!.Name });
    }

    private void Add(string action, string entityType, Guid entityId, Guid? familyId, string reason, StaffPlace? actor) =>
        db.AuditEntries.Add(new AuditEntry
        {
            ActorUserId = ActorId,
            ActorRole = actor?.Role,
            ActorOrganisation = actor?.Organisation,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            FamilyId = familyId,
            Reason = reason.Length > 500 ? reason[..500] : reason,
            At = clock.GetUtcNow(),
        });

    /// <summary>The actor's place in an organisation that works with the family, else their first staff role.</summary>
    private static StaffPlace? Pick(List<StaffPlace> mine, HashSet<Guid> worksWith) =>
        mine.Where(p => worksWith.Contains(p.OrganisationId)).Concat(mine).FirstOrDefault();

    private Guid ActorId => Guid.TryParse(http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    private async Task<List<StaffPlace>> PlacesAsync(CancellationToken cancellationToken) =>
        places ??= Ordered(await ActorPlaces().ToListAsync(cancellationToken));

    /// <summary>By role as the enum orders them (the database orders the stored names, which differ).</summary>
    private static List<StaffPlace> Ordered(IEnumerable<StaffPlace> mine) => [.. mine.OrderBy(p => p.Role)];
}
