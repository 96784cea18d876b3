using System.ComponentModel.DataAnnotations;
using Alongside.Web.Features.PeerSupport.LocalHelp;
using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.PeerSupport;

/// <summary>
/// The 1:1 support of one parent: the contact log (date, mode, topics, help suggested), read by the
/// supporter and their supervisors; and the safeguarding button, which puts a record in front of
/// the supervisors at once. The supporter or a coordinator ends the match here, with a reason;
/// afterwards coordinators still read the record, the supporter no longer finds it.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ContactsModel(AlongsideDbContext db, Notices notices, AuditLog audit, TimeProvider clock) : PageModel
{
    public sealed record Row(DateOnly Date, ContactMode Mode, string Topics, string? Note, IReadOnlyList<string> Signposts);

    /// <summary>The contact form. Bound only by its own handler, so the concern form is not checked against it.</summary>
    public ContactInput Contact { get; set; } = new();

    public PeerSupportRequest Support { get; private set; } = null!;
    public string Family { get; private set; } = "";
    public bool IsSupporter { get; private set; }

    /// <summary>A supervisor or admin of the match's organisation: reviews it and may end it.</summary>
    public bool Coordinates { get; private set; }

    /// <summary>The reason chosen on the end form, shown again when something else was wrong.</summary>
    public MatchEndReason? EndReason { get; private set; }

    public static IReadOnlyList<Infrastructure.TagHelpers.Option> EndReasons { get; } =
        PeerChoices.EndReasonsFor(parent: false).Select(r => new Infrastructure.TagHelpers.Option(r.ToString(), PeerChoices.EndReason(r))).ToList();
    public IReadOnlyList<Row> Log { get; private set; } = [];
    public IReadOnlyList<LocalHelpEntry> Help { get; private set; } = [];
    public IReadOnlyList<SafeguardingConcern> Concerns { get; private set; } = [];

    /// <summary>What the parent shares with their supporter; null when not sharing (and always for supervisors).</summary>
    public IReadOnlyList<SharedWithSupporter.SharedPlan>? SharedPlans { get; private set; }

    public sealed class ContactInput
    {
        public string? Date { get; set; }
        public ContactMode? Mode { get; set; }

        [StringLength(1000, ErrorMessage = "Topics must be 1,000 characters or fewer")]
        public string? Topics { get; set; }

        [StringLength(2000, ErrorMessage = "Your note must be 2,000 characters or fewer")]
        public string? Note { get; set; }

        public List<Guid> Signposts { get; set; } = [];
    }

    /// <summary>Set when ending was chosen with a reason: the page then asks to confirm, and shows nothing else.</summary>
    public ConfirmActionView? Confirming { get; private set; }

    /// <summary>The reason arrives as text so that one edited into the address gets the form's own message, not the generic 400.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, string? step, string? endReason)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (step == "end" && Support.Status == PeerRequestStatus.Matched && (IsSupporter || Coordinates))
        {
            EndReason = endReason is not null && !endReason.Any(char.IsAsciiDigit) && Enum.TryParse<MatchEndReason>(endReason, out var reason) ? reason : null;
            if (PeerChoices.MayEndFor(EndReason, parent: false)) Confirming = ConfirmEnd(id, EndReason!.Value);
            else ModelState.AddModelError(nameof(EndReason), "Choose why the support is ending");
        }
        await audit.RecordReadAsync("PeerSupport", id, Support.FamilyId,
            SharedPlans is null ? "Read the peer support contact log" : "Read the peer support contact log and the plan the family shares");
        Contact.Date = clock.UkToday().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [Bind(Prefix = nameof(Contact))] ContactInput input)
    {
        Contact = input;
        if (!await LoadAsync(id) || !IsSupporter) return NotFound();
        var date = LocalTimeInput.Date(Contact.Date);
        var today = clock.UkToday();
        if (date is null) ModelState.AddModelError("Contact.Date", "Enter the date of the contact, like 2026-11-20");
        else if (date > today) ModelState.AddModelError("Contact.Date", "The date must be today or in the past");
        if (Contact.Mode is null || !Enum.IsDefined(Contact.Mode.Value)) ModelState.AddModelError("Contact.Mode", "Choose how you were in touch");
        if (string.IsNullOrWhiteSpace(Contact.Topics)) ModelState.AddModelError("Contact.Topics", "Say what you talked about");
        var signposts = Contact.Signposts.Where(s => Help.Any(h => h.Id == s)).Distinct().ToList();
        if (!ModelState.IsValid) return Page();
        var contact = new PeerContact
        {
            RequestId = id,
            SupporterUserId = User.Id(),
            Date = date!.Value,
            Mode = Contact.Mode!.Value,
            Topics = Contact.Topics!.Trim(),
            SupporterNote = string.IsNullOrWhiteSpace(Contact.Note) ? null : Contact.Note.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.PeerContacts.Add(contact);
        db.PeerContactSignposts.AddRange(signposts.Select(s => new PeerContactSignpost { ContactId = contact.Id, LocalHelpId = s }));
        await db.SaveChangesAsync();
        this.Flash("Contact logged");
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostConcernAsync(Guid id, string? description)
    {
        if (!await LoadAsync(id) || !IsSupporter) return NotFound();
        var text = description?.Trim() ?? "";
        if (text.Length == 0) ModelState.AddModelError("description", "Say what worries you: what you saw or heard, and when");
        else if (text.Length > 4000) ModelState.AddModelError("description", "The concern must be 4,000 characters or fewer");
        if (!ModelState.IsValid) return Page();
        var concern = new SafeguardingConcern { RequestId = id, OrganisationId = Support.OrganisationId, RaisedByUserId = User.Id(), Description = text, RaisedAt = clock.GetUtcNow() };
        db.SafeguardingConcerns.Add(concern);
        await notices.SendAsync(await FamilyRecipients.StaffAsync(db, Support.OrganisationId, Role.Supervisor, Role.Admin), new SafeguardingConcernNotice());
        await db.SaveChangesAsync();
        this.Flash("Your concern is recorded and your supervisors have been told. If a child is in immediate danger, call 999 now.");
        return RedirectToPage(new { id });
    }

    /// <summary>The supporter or a coordinator ends a current match; nothing free-text is kept, only the reason.</summary>
    public async Task<IActionResult> OnPostEndAsync(Guid id, MatchEndReason? endReason)
    {
        if (!await LoadAsync(id) || Support.Status != PeerRequestStatus.Matched || !(IsSupporter || Coordinates)) return NotFound();
        EndReason = endReason;
        if (!PeerChoices.MayEndFor(endReason, parent: false))
        {
            ModelState.AddModelError(nameof(EndReason), "Choose why the support is ending");
            return Page();
        }
        var by = IsSupporter ? MatchChanges.Ender.Supporter : MatchChanges.Ender.Coordinator;
        if (!await MatchChanges.EndAsync(db, notices, id, User.Id(), by, endReason!.Value, clock.GetUtcNow())) return NotFound();
        this.Flash(IsSupporter ? $"Your support of {Family} has ended. They have been told." : $"The match with {Family} has ended. The family and the supporter have been told.");
        return Redirect(IsSupporter ? "/peer" : "/peer/requests");
    }

    private ConfirmActionView ConfirmEnd(Guid id, MatchEndReason reason) => new(
        $"End the peer support of {Family}?",
        [
            $"The match ends now, for this reason: {PeerChoices.EndReason(reason)}.",
            IsSupporter ? "The family is emailed that it has ended, not why." : "The family and the supporter are emailed that it has ended, not why.",
            (IsSupporter ? "You" : "The supporter") + " will no longer see the family's record or anything they share. The contact log stays with the organisation.",
            "To support the family again, they ask for a peer supporter again.",
        ],
        $"/peer/parents/{id}?handler=End",
        new Dictionary<string, string> { ["endReason"] = reason.ToString() },
        "Yes, end the match",
        $"/peer/parents/{id}",
        "No, keep supporting them");

    private async Task<bool> LoadAsync(Guid id)
    {
        var me = User.Id();
        var support = await db.PeerSupportRequests.MatchesVisibleTo(db, me).SingleOrDefaultAsync(r => r.Id == id);
        if (support is null) return false;
        Support = support;
        IsSupporter = support.SupporterUserId == me && support.Status == PeerRequestStatus.Matched;
        Coordinates = await db.CoordinatedBy(me).ContainsAsync(support.OrganisationId);
        Family = await db.Families.Where(f => f.Id == support.FamilyId).Select(f => f.Name).SingleAsync();
        var contacts = await db.PeerContacts.Where(c => c.RequestId == id).OrderByDescending(c => c.Date).ThenByDescending(c => c.CreatedAt).Take(100).ToListAsync();
        var ids = contacts.Select(c => c.Id).ToList();
        var signposts = (await db.PeerContactSignposts.Where(s => ids.Contains(s.ContactId))
            .Join(db.LocalHelpEntries, s => s.LocalHelpId, e => e.Id, (s, e) => new { s.ContactId, e.Name }).ToListAsync()).ToLookup(s => s.ContactId, s => s.Name);
        Log = contacts.Select(c => new Row(c.Date, c.Mode, c.Topics, c.SupporterNote, signposts[c.Id].ToList())).ToList();
        Help = await LocalHelpSearch.ForDistrictAsync(db, support.District);
        Concerns = await db.SafeguardingConcerns.Where(c => c.RequestId == id).OrderByDescending(c => c.RaisedAt).Take(20).ToListAsync();
        // The parent's choice names their own supporter, not the supervisors who oversee the match.
        SharedPlans = IsSupporter ? await SharedWithSupporter.PlansAsync(db, support.FamilyId) : null;
        return true;
    }
}
