using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Alongside.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Outcomes;

/// <summary>
/// What families said after their sessions, over a period: a clinician sees their own; an admin
/// sees every clinician of the organisations they run, and publishes "you said, we did" notes to
/// the families those organisations work with. Ratings are averaged only over five answers or
/// more; the families' own words carry no names. Four queries; the period is at most a year.
/// </summary>
[Authorize(Policy = Policies.FamilyWorker)]
public sealed class FeedbackModel(AlongsideDbContext db, InstrumentCatalogue catalogue, AuditLog audit, TimeProvider clock) : PageModel
{
    public static readonly int[] Periods = [3, 6, 12];
    public const int WordsShown = 30;

    public int Months { get; private set; } = 3;
    public Instrument Instrument { get; private set; } = null!;
    public IReadOnlyList<FeedbackLine> ByClinician { get; private set; } = [];
    public IReadOnlyList<FeedbackLine> ByMonth { get; private set; } = [];
    public IReadOnlyList<(string Month, string Clinician, string Words)> Words { get; private set; } = [];
    public IReadOnlyList<Option> Runs { get; private set; } = [];
    public IReadOnlyList<YouSaidWeDid> Published { get; private set; } = [];

    [BindProperty]
    public YouSaidWeDidInput Note { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int? months)
    {
        if (months is { } m && !Periods.Contains(m)) return BadRequest();
        Months = months ?? 3;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync()
    {
        await LoadAsync();
        var organisation = Runs.FirstOrDefault(o => o.Value == Note.OrganisationId?.ToString());
        if (organisation is null) return NotFound();
        var (youSaid, weDid) = (Note.YouSaid?.Trim() ?? "", Note.WeDid?.Trim() ?? "");
        if (youSaid.Length == 0) ModelState.AddModelError("Note.YouSaid", "Enter what families said");
        else if (youSaid.Length > YouSaidWeDid.YouSaidLength) ModelState.AddModelError("Note.YouSaid", $"What families said must be {YouSaidWeDid.YouSaidLength} characters or fewer");
        if (weDid.Length == 0) ModelState.AddModelError("Note.WeDid", "Enter what you did about it");
        else if (weDid.Length > YouSaidWeDid.WeDidLength) ModelState.AddModelError("Note.WeDid", $"What you did must be {YouSaidWeDid.WeDidLength} characters or fewer");
        if (!ModelState.IsValid) return Page();

        var note = new YouSaidWeDid { OrganisationId = Note.OrganisationId!.Value, YouSaid = youSaid, WeDid = weDid, PublishedByUserId = User.Id(), PublishedAt = clock.GetUtcNow() };
        db.YouSaidWeDid.Add(note);
        await audit.AddAsync("publish", "YouSaidWeDid", note.Id, null, $"Published a \"you said, we did\" note for {organisation.Label}");
        await db.SaveChangesAsync();
        this.Flash("Published. Families your organisation works with see it on their questionnaires page.");
        return Redirect("/staff/feedback");
    }

    public async Task<IActionResult> OnPostTakeDownAsync(Guid id)
    {
        var me = User.Id();
        var note = await db.YouSaidWeDid.SingleOrDefaultAsync(n => n.Id == id && db.Memberships.Any(m => m.UserId == me && m.OrganisationId == n.OrganisationId && m.Role == Role.Admin));
        if (note is null) return NotFound();
        db.YouSaidWeDid.Remove(note);
        await audit.AddAsync("publish", "YouSaidWeDid", note.Id, null, "Took down a \"you said, we did\" note");
        await db.SaveChangesAsync();
        this.Flash("Taken down. Families no longer see it.");
        return Redirect("/staff/feedback");
    }

    private async Task LoadAsync()
    {
        var me = User.Id();
        Instrument = catalogue.Find(MeasureSchedule.SessionFeedback)!;
        Runs = (await db.Memberships.Where(m => m.UserId == me && m.Role == Role.Admin).OrderBy(m => m.Organisation!.Name)
            .Select(m => new { m.OrganisationId, m.Organisation!.Name }).ToListAsync()).Select(o => new Option(o.OrganisationId.ToString(), o.Name)).ToList();
        var runs = Runs.Select(o => Guid.Parse(o.Value)).ToList();

        // Whose feedback this person sees: their own, and every clinician of an organisation they run.
        var clinicians = (await db.Users.Where(u => u.Id == me || db.Memberships.Any(m => m.UserId == u.Id && m.Role == Role.Clinician && runs.Contains(m.OrganisationId)))
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync()).ToDictionary(u => u.Id, u => u.DisplayName);
        var ids = clinicians.Keys.ToList();
        var since = clock.GetUtcNow().AddMonths(-Months);
        var rows = await (
            from r in db.MeasureResponses
            where r.InstrumentId == MeasureSchedule.SessionFeedback && r.AnsweredAt >= since
            join session in db.Sessions on r.SessionId equals (Guid?)session.Id
            where ids.Contains(session.ClinicianUserId)
            join a in db.MeasureAnswers on r.Id equals a.ResponseId
            select new { a.ResponseId, a.Item, a.Value, a.Text, r.AnsweredAt, ClinicianId = session.ClinicianUserId }).ToListAsync();
        var ratings = rows.Where(r => r.Value is not null).Select(r => new FeedbackRating(r.ClinicianId, r.AnsweredAt, r.ResponseId, r.Item, r.Value!.Value)).ToList();
        ByClinician = FeedbackReport.ByClinician(ratings, clinicians);
        ByMonth = FeedbackReport.ByMonth(ratings);
        Words = rows.Where(r => r.Text is not null && r.Value is null).OrderByDescending(r => r.AnsweredAt).Take(WordsShown)
            .Select(r => (TimeDisplay.Local(r.AnsweredAt, "MMMM yyyy"), clinicians.GetValueOrDefault(r.ClinicianId, "Former member"), r.Text!)).ToList();
        Published = await db.YouSaidWeDid.Where(n => runs.Contains(n.OrganisationId)).OrderByDescending(n => n.PublishedAt).Take(20).ToListAsync();
    }
}

public sealed class YouSaidWeDidInput
{
    public Guid? OrganisationId { get; set; }
    public string? YouSaid { get; set; }
    public string? WeDid { get; set; }
}
