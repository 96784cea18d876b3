namespace Alongside.Web.Kernel.Measures;

/// <summary>Every instrument definition the app was started with (singleton; the files are checked at start).</summary>
public sealed class InstrumentCatalogue(IReadOnlyList<Instrument> all)
{
    public IReadOnlyList<Instrument> All { get; } = all;

    public Instrument? Find(string id) => All.FirstOrDefault(i => i.Id == id);
}

/// <summary>
/// The instruments that can be offered: those whose wording is present, shipped or imported.
/// One query for the imported wording.
/// </summary>
public sealed class Instruments(InstrumentCatalogue catalogue, AlongsideDbContext db)
{
    public async Task<IReadOnlyList<(Instrument Definition, Instrument? Offerable)>> AllAsync(CancellationToken cancellationToken = default)
    {
        var imported = await db.InstrumentWordings.ToListAsync(cancellationToken);
        return catalogue.All.Select(i => (i, Offer(i, imported.FirstOrDefault(w => w.InstrumentId == i.Id && w.Version == i.Version)))).ToList();
    }

    /// <summary>
    /// Of the given instruments, those an organisation may ask for: wording present and, where the
    /// instrument needs a licence, the organisation's licence recorded. Two queries.
    /// </summary>
    public async Task<IReadOnlyList<string>> OfferedByAsync(Guid organisationId, IEnumerable<string> ids)
    {
        var licensed = await db.InstrumentLicences.Where(l => l.OrganisationId == organisationId).Select(l => l.InstrumentId).ToListAsync();
        var all = await AllAsync();
        return ids.Where(id => all.Any(i => i.Definition.Id == id && i.Offerable is not null && (!i.Definition.LicenceRequired || licensed.Contains(id)))).ToList();
    }

    /// <summary>The instrument ready to show, or null when it is unknown or its wording is missing.</summary>
    public async Task<Instrument?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        if (catalogue.Find(id) is not { } instrument) return null;
        if (instrument.WordingShipped) return instrument;
        var wording = await db.InstrumentWordings.FirstOrDefaultAsync(w => w.InstrumentId == id && w.Version == instrument.Version, cancellationToken);
        return Offer(instrument, wording);
    }

    private Instrument? Offer(Instrument instrument, InstrumentWording? wording)
    {
        if (instrument.WordingShipped) return instrument;
        if (wording is null) return null;
        var (file, _) = Wordings.Read(wording.Text, catalogue.Find);
        return file is null ? null : Wordings.Apply(instrument, file);
    }
}
