using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Alongside.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.Referrals;

/// <summary>One referral, read by the receiving organisation's staff (audited), and the triage decisions.</summary>
[Authorize(Policy = Policies.FamilyWorker)]
public sealed class ReviewModel(AlongsideDbContext db, AuditLog audit, Notices notices, TimeProvider clock,
    LocalAuthorities authorities, IOptions<FundingOptions> funding) : PageModel
{
    public FundingChoices Choices { get; private set; } = new([], []);

    /// <summary>For an ASGSF referral with an assessment date and no application yet: when it is due.</summary>
    public ApplicationWindow? Window { get; private set; }
    public string? LocalAuthorityName => Referral.LocalAuthorityCode is { } code ? authorities.Name(code) : null;

    public Referral Referral { get; private set; } = null!;

    /// <summary>An accepted request whose reader is on the family's care team: the plan is theirs to write.</summary>
    public bool OnCareTeam { get; private set; }
    public IReadOnlyList<string> Carers { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name, long Size)> Documents { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Child, ReferralStatus Status, DateTimeOffset SubmittedAt)> Duplicates { get; private set; } = [];

    [BindProperty]
    [StringLength(1000, ErrorMessage = "The reason must be 1,000 characters or fewer")]
    public string? Reason { get; set; }

    [BindProperty]
    [Range(0, 2, ErrorMessage = "Select a priority")]
    public int Priority { get; set; }

    [BindProperty]
    public FundingInput Funding { get; set; } = new();

    /// <summary>The organisation's open services, and the one this referral is for (none: the organisation as a whole).</summary>
    public IReadOnlyList<Option> Services { get; private set; } = [];

    [BindProperty]
    public Guid? ServiceId { get; set; }

    /// <summary>Set when accepting or declining was chosen: the page then asks to confirm, and shows nothing else.</summary>
    public ConfirmActionView? Confirming { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? confirm)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (confirm == "accept" && Referral.Status is ReferralStatus.New or ReferralStatus.WaitingList) Confirming = ConfirmAccept();
        Priority = Referral.Priority;
        ServiceId = Referral.ServiceId;
        Funding = FundingInput.From(Referral);
        await audit.RecordReadAsync("Referral", Referral.Id, Referral.FamilyId, "Read the referral to triage it");
        return Page();
    }

    /// <summary>A document sent with the referral, as a download (audited like any read).</summary>
    public async Task<IActionResult> OnGetDocumentAsync(Guid id, Guid documentId)
    {
        if (!await LoadAsync(id)) return NotFound();
        var document = await db.ReferralDocuments.SingleOrDefaultAsync(d => d.Id == documentId && d.ReferralId == id);
        if (document is null) return NotFound();
        var (name, type) = UploadRules.Download(document.FileName, document.ContentType);
        await audit.RecordReadAsync("ReferralDocument", document.Id, Referral.FamilyId, $"Downloaded {name}");
        return File(document.Content, type, name);
    }

    /// <summary>The decline form's first step: checks the reason, then asks to confirm with it. Nothing changes here.</summary>
    public async Task<IActionResult> OnPostReviewDeclineAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (Referral.Status is not (ReferralStatus.New or ReferralStatus.WaitingList)) return RedirectToPage(new { id });
        if (string.IsNullOrWhiteSpace(Reason)) ModelState.AddModelError(nameof(Reason), "Enter the reason for not accepting: the family and the referrer will see it");
        if (!ModelState.IsValid) return Page();
        Confirming = new ConfirmActionView(
            $"Not accept the request for {Referral.Child!.FirstName}?",
            [
                $"The family{(Referral.Source == ReferralSource.Professional ? " and the referrer are" : " is")} emailed that the request is not accepted, with your reason: \u201c{Reason!.Trim()}\u201d",
                Referral.Status == ReferralStatus.WaitingList ? "The request leaves your waiting list, and everyone behind it moves up." : "The request leaves your list of new requests.",
                "To help the family later, they or their referrer send a new request.",
            ],
            $"/staff/referrals/{id}?handler=Decline",
            new Dictionary<string, string> { [nameof(Reason)] = Reason.Trim() },
            "Yes, do not accept it",
            $"/staff/referrals/{id}",
            "No, go back to the request");
        return Page();
    }

    private ConfirmActionView ConfirmAccept() => new(
        Referral.Status == ReferralStatus.WaitingList ? $"Offer {Referral.Child!.FirstName} a place now?" : $"Accept the request for {Referral.Child!.FirstName}?",
        [
            $"The family{(Referral.Source == ReferralSource.Professional ? " and the referrer are" : " is")} emailed that the request is accepted.",
            $"Staff of {Referral.Organisation!.Name} can then open the family's record.",
            "If you are a clinician here, you join the family's care team and can write their support plan.",
        ],
        $"/staff/referrals/{Referral.Id}?handler=Accept",
        new Dictionary<string, string>(),
        Referral.Status == ReferralStatus.WaitingList ? "Yes, offer a place" : "Yes, accept it",
        $"/staff/referrals/{Referral.Id}",
        "No, go back to the request",
        Destructive: false);

    public Task<IActionResult> OnPostAcceptAsync(Guid id) => MoveAsync(id, ReferralStatus.Accepted);

    public Task<IActionResult> OnPostWaitingListAsync(Guid id) => MoveAsync(id, ReferralStatus.WaitingList);

    public Task<IActionResult> OnPostDeclineAsync(Guid id) => MoveAsync(id, ReferralStatus.Declined);

    public async Task<IActionResult> OnPostPriorityAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (string.IsNullOrWhiteSpace(Reason)) ModelState.AddModelError(nameof(Reason), "Enter why the priority is changing");
        if (!ModelState.IsValid) return Page();
        Referral.Priority = Priority;
        Referral.PriorityReason = Reason!.Trim();
        await audit.AddAsync("prioritise", "Referral", Referral.Id, Referral.FamilyId, $"Priority {Priority}: {Referral.PriorityReason}");
        await db.SaveChangesAsync();
        this.Flash("Priority changed");
        return RedirectToPage(new { id });
    }

    /// <summary>Records the ASGSF application or the commission as it goes through.</summary>
    public async Task<IActionResult> OnPostFundingAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var errors = FundingInputRules.Apply(Funding, Referral, clock.UkToday(), Choices);
        foreach (var (key, message) in errors) ModelState.AddModelError(key, message);
        if (!ModelState.IsValid) return Page(); // nothing was written to the referral
        await audit.AddAsync("funding", "Referral", Referral.Id, Referral.FamilyId, "Updated the funding details");
        await db.SaveChangesAsync();
        this.Flash("Funding details saved");
        return RedirectToPage(new { id });
    }

    /// <summary>
    /// Moves the referral to one of the organisation's services (or none). A service with its own
    /// waiting list takes the referral onto that list, in the order it first joined any list.
    /// </summary>
    public async Task<IActionResult> OnPostServiceAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (Referral.Status is not (ReferralStatus.New or ReferralStatus.WaitingList))
        {
            ModelState.AddModelError(nameof(ServiceId), "The service can only change while the request is new or waiting");
        }
        else if (ServiceId is { } chosen && !Services.Any(s => s.Value == chosen.ToString()))
        {
            ModelState.AddModelError(nameof(ServiceId), "Select one of your organisation's open services, or none");
        }
        if (!ModelState.IsValid) return Page();
        if (Referral.ServiceId == ServiceId) return RedirectToPage(new { id });
        Referral.ServiceId = ServiceId;
        var name = Services.FirstOrDefault(s => s.Value == ServiceId?.ToString())?.Label ?? "no particular service";
        await audit.AddAsync("service", "Referral", Referral.Id, Referral.FamilyId, $"Moved to {name}");
        await db.SaveChangesAsync();
        this.Flash("Service changed");
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDismissDuplicateAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Referral.DuplicateDismissed = true;
        await audit.AddAsync("dismiss-duplicate", "Referral", Referral.Id, Referral.FamilyId, "Marked as not a duplicate");
        await db.SaveChangesAsync();
        this.Flash("Marked as not a duplicate");
        return RedirectToPage(new { id });
    }

    /// <summary>Closes this referral into an earlier one for the same child; the family sees why.</summary>
    public async Task<IActionResult> OnPostMergeAsync(Guid id, Guid into)
    {
        if (!await LoadAsync(id) || !Duplicates.Any(d => d.Id == into)) return NotFound();
        Reason = "This request was joined with another request for the same child, so nothing is lost.";
        return await MoveAsync(id, ReferralStatus.Declined, merged: true);
    }

    private async Task<IActionResult> MoveAsync(Guid id, ReferralStatus to, bool merged = false)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var now = clock.GetUtcNow();
        if (ReferralTriage.Decide(Referral, to, Reason, User.Id(), now) is { } problem)
        {
            ModelState.AddModelError(to == ReferralStatus.Declined && string.IsNullOrWhiteSpace(Reason) ? nameof(Reason) : "", problem);
            return Page();
        }
        if (ReferralTriage.OpensTheRecord(to) && !await db.FamilyOrganisations.AnyAsync(f => f.FamilyId == Referral.FamilyId && f.OrganisationId == Referral.OrganisationId))
        {
            db.FamilyOrganisations.Add(new FamilyOrganisation { FamilyId = Referral.FamilyId, OrganisationId = Referral.OrganisationId, Since = now });
        }
        if (to == ReferralStatus.Accepted) await JoinCareTeamAsync(now);
        await audit.AddAsync(merged ? "merge" : "triage", "Referral", Referral.Id, Referral.FamilyId, WaitingListRules.StatusDisplay(to));
        var carers = await FamilyRecipients.CarersAsync(db, Referral.FamilyId);
        await notices.SendAsync(carers, new RequestNewsNotice(Referral.Organisation!.Name));
        await ReferralNotices.TellReferrerAsync(db, notices, Referral, Referral.Organisation.Name, carers);
        await db.SaveChangesAsync();
        this.Flash(merged ? "Joined with the other request" : WaitingListRules.StatusDisplay(to));
        return RedirectToPage(new { id });
    }

    /// <summary>
    /// The clinician who accepts a request joins the family's care team (unless already on it), so the
    /// next step, writing the support plan, is theirs at once; the family is told, as for any joining. An admin who accepts is not a clinician
    /// and joins nothing; they add a clinician from the family record.
    /// </summary>
    private async Task JoinCareTeamAsync(DateTimeOffset now)
    {
        var me = User.Id();
        var familyId = Referral.FamilyId;
        var organisationId = Referral.OrganisationId;
        var joins = await db.Memberships.AnyAsync(m => m.UserId == me && m.OrganisationId == organisationId && m.Role == Role.Clinician
            && !db.CareTeamMembers.Any(c => c.FamilyId == familyId && c.UserId == me));
        if (!joins) return;
        db.CareTeamMembers.Add(new CareTeamMember { FamilyId = familyId, UserId = me, OrganisationId = organisationId, AddedAt = now });
        await audit.AddAsync("care-team", "Family", familyId, familyId, "Joined the care team on accepting the request");
        var name = await db.Users.Where(u => u.Id == me).Select(u => u.DisplayName).SingleAsync();
        await notices.SendAsync(await FamilyRecipients.CarersAsync(db, familyId), new CareTeamChangedNotice(name, Referral.Organisation!.Name, Joined: true));
        OnCareTeam = true;
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var referral = await db.Referrals.TriagedBy(db, User.Id()).Where(r => r.Id == id)
            .Include(r => r.Organisation).Include(r => r.Child).SingleOrDefaultAsync();
        if (referral is null) return false;
        Referral = referral;
        Carers = await db.FamilyCarers.Where(c => c.FamilyId == referral.FamilyId)
            .Select(c => c.User!.DisplayName).ToListAsync();
        Documents = (await db.ReferralDocuments.Where(d => d.ReferralId == referral.Id).OrderBy(d => d.UploadedAt)
                .Select(d => new { d.Id, d.FileName, d.ContentType, d.SizeBytes }).ToListAsync())
            .Select(d => (d.Id, UploadRules.Download(d.FileName, d.ContentType).Name, d.SizeBytes)).ToList();
        Duplicates = referral.DuplicateDismissed ? [] :
            (await db.Referrals.DuplicatesOf(referral).OrderBy(o => o.SubmittedAt).Take(10)
                .Select(o => new { o.Id, o.Child!.FirstName, o.Status, o.SubmittedAt }).ToListAsync())
            .Select(o => (o.Id, o.FirstName, o.Status, o.SubmittedAt)).ToList();
        var me = User.Id();
        OnCareTeam = referral.Status == ReferralStatus.Accepted && await db.CareTeamMembers.AnyAsync(c => c.FamilyId == referral.FamilyId && c.UserId == me);
        Choices = await FundingChoices.LoadAsync(db, authorities);
        // Ids made text here, not in SQL: SQLite's text form of a Guid is upper case.
        Services = (await db.Services.Where(s => s.OrganisationId == referral.OrganisationId && (s.ClosedAt == null || s.Id == referral.ServiceId))
                .OrderBy(s => s.Name).Select(s => new { s.Id, s.Name, s.OwnWaitingList }).ToListAsync())
            .Select(s => new Option(s.Id.ToString(), s.Name, s.OwnWaitingList ? "Keeps its own waiting list" : null)).ToList();
        Window = referral is { FundingRoute: FundingRoute.Asgsf, NeedsAssessedOn: { } assessed, FundingAppliedOn: null }
            ? FundingRules.ApplicationWindow(assessed, clock.UkToday(), await FundingFigures.CurrentAsync(db, funding))
            : null;
        return true;
    }
}
