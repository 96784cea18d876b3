using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.PeerSupport;

/// <summary>
/// A parent asks for a peer supporter, reads about the one proposed and says yes or no before any
/// contact, reads the record of their contacts, and may end the support with a reason.
/// </summary>
[Authorize(Policy = Policies.ParentCarer)]
public sealed class FamilyRequestModel(AlongsideDbContext db, PostcodeDistricts districts, Notices notices, RiskAlerts riskAlerts, Microsoft.Extensions.Options.IOptions<UrgentHelpOptions> urgentHelp, TimeProvider clock) : PageModel
{
    public sealed record Contact(DateOnly Date, ContactMode Mode, string Topics, IReadOnlyList<string> Signposts);

    /// <summary>What the parent reads about a proposed supporter before saying yes: how far away they are, never where they live.</summary>
    public sealed record Proposal(string Name, GroupAudience Experience, string? Languages, bool InPerson, bool Online, double? Km);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public PeerSupportRequest? Current { get; private set; }
    public string? SupporterName { get; private set; }

    /// <summary>The match's organisation, whose supervisors read the family's messages with the supporter.</summary>
    public string? OrganisationName { get; private set; }
    public IReadOnlyList<Contact> Contacts { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Organisations { get; private set; } = [];
    public Proposal? Proposed { get; private set; }

    /// <summary>The reason chosen on the end form, shown again when something else was wrong.</summary>
    public MatchEndReason? EndReason { get; private set; }

    public static IReadOnlyList<Infrastructure.TagHelpers.Option> EndReasons { get; } =
        PeerChoices.EndReasonsFor(parent: true).Select(r => new Infrastructure.TagHelpers.Option(r.ToString(), PeerChoices.EndReason(r))).ToList();

    public sealed class InputModel
    {
        public Guid OrganisationId { get; set; }
        public List<GroupAudience> Needs { get; set; } = [];

        [StringLength(60, ErrorMessage = "The language must be 60 characters or fewer")]
        public string? Language { get; set; }

        [StringLength(100, ErrorMessage = "Enter a postcode district or town of 100 characters or fewer")]
        public string? Near { get; set; }

        public bool InPerson { get; set; }
        public bool Online { get; set; }

        [StringLength(1000, ErrorMessage = "What you tell us must be 1,000 characters or fewer")]
        public string? Note { get; set; }
    }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Current is { Status: not PeerRequestStatus.Closed }) return RedirectToPage();
        if (!Organisations.Any(o => o.Id == Input.OrganisationId)) ModelState.AddModelError("Input.OrganisationId", "Choose an organisation");
        var needs = Input.Needs.Where(n => Audiences.All.Contains(n)).Aggregate(GroupAudience.None, (all, n) => all | n);
        if (needs == GroupAudience.None) ModelState.AddModelError("Input.Needs", "Choose at least one thing a peer supporter would ideally have lived through");
        if (!Input.InPerson && !Input.Online) ModelState.AddModelError("Input.InPerson", "Choose in person, online, or both");
        var place = districts.FromForm(Input.Near, Input.InPerson, "Enter your postcode district or town so we can find someone near you", ModelState, "Input.Near");
        if (!ModelState.IsValid) return Page();
        var familyId = await db.FamilyIdsCaredForBy(User.Id()).FirstAsync();
        var request = new PeerSupportRequest
        {
            OrganisationId = Input.OrganisationId,
            FamilyId = familyId,
            RequestedByUserId = User.Id(),
            Needs = needs,
            Language = string.IsNullOrWhiteSpace(Input.Language) ? null : Input.Language.Trim(),
            District = place?.Outcode,
            Latitude = place?.Point.Latitude,
            Longitude = place?.Point.Longitude,
            WantsInPerson = Input.InPerson,
            WantsOnline = Input.Online,
            Note = string.IsNullOrWhiteSpace(Input.Note) ? null : Input.Note.Trim(),
            RequestedAt = clock.GetUtcNow(),
        };
        db.PeerSupportRequests.Add(request);
        var coordinators = await FamilyRecipients.StaffAsync(db, Input.OrganisationId, Role.Supervisor, Role.Admin);
        await notices.SendAsync(coordinators, new PeerRequestNotice());
        if (RiskWords.Signal(request.Note, urgentHelp.Value.RiskPhrases))
        {
            await riskAlerts.RaiseForOrganisationAsync(Input.OrganisationId, familyId, coordinators, "the peer support coordinators", "a request for a peer supporter", $"/peer/requests/{request.Id}");
            TempData["UrgentHelp"] = true;
        }
        await db.SaveChangesAsync();
        this.Flash("You have asked for a peer supporter. We will email you when someone is ready to support you.");
        return RedirectToPage();
    }

    /// <summary>Yes to the proposed supporter: the match starts and they are told to get in touch.</summary>
    public async Task<IActionResult> OnPostAcceptAsync(Guid requestId)
    {
        if (!await IsOursAsync(requestId)) return NotFound();
        this.Flash(await MatchChanges.AcceptAsync(db, notices, requestId, User.Id(), clock.GetUtcNow())
            ? "Thank you. Your peer supporter has been told and will get in touch with you."
            : "There is no proposed peer supporter to answer now.");
        return RedirectToPage();
    }

    /// <summary>No to the proposed supporter: nobody gets in touch, and the coordinators look for someone else.</summary>
    public async Task<IActionResult> OnPostDeclineAsync(Guid requestId)
    {
        if (!await IsOursAsync(requestId)) return NotFound();
        this.Flash(await MatchChanges.DeclineAsync(db, notices, requestId, User.Id(), clock.GetUtcNow())
            ? "Thank you for telling us. We will look for someone else and email you."
            : "There is no proposed peer supporter to answer now.");
        return RedirectToPage();
    }

    /// <summary>The parent ends their peer support, with a reason; they may ask again afterwards.</summary>
    public async Task<IActionResult> OnPostEndAsync(Guid requestId, MatchEndReason? endReason)
    {
        if (!await IsOursAsync(requestId)) return NotFound();
        await LoadAsync();
        EndReason = endReason;
        if (Current?.Id != requestId || Current.Status != PeerRequestStatus.Matched)
        {
            this.Flash("This peer support has already ended.");
            return RedirectToPage();
        }
        if (!PeerChoices.MayEndFor(endReason, parent: true))
        {
            ModelState.AddModelError(nameof(EndReason), "Choose why you would like to stop");
            return Page();
        }
        this.Flash(await MatchChanges.EndAsync(db, notices, requestId, User.Id(), MatchChanges.Ender.Parent, endReason!.Value, clock.GetUtcNow())
            ? "Your peer support has ended and your supporter has been told. You can ask for a peer supporter again at any time."
            : "This peer support has already ended.");
        return RedirectToPage();
    }

    /// <summary>Another family's request answers 404, exactly as one that does not exist.</summary>
    private Task<bool> IsOursAsync(Guid requestId)
    {
        var familyIds = db.FamilyIdsCaredForBy(User.Id());
        return db.PeerSupportRequests.AnyAsync(r => r.Id == requestId && familyIds.Contains(r.FamilyId));
    }

    private async Task LoadAsync()
    {
        var familyIds = db.FamilyIdsCaredForBy(User.Id());
        Organisations = (await db.Organisations.Where(o => o.Kind == OrganisationKind.PeerSupportOrganisation).OrderBy(o => o.Name).Take(50)
            .Select(o => new { o.Id, o.Name }).ToListAsync()).Select(o => (o.Id, o.Name)).ToList();
        Current = await db.PeerSupportRequests.Where(r => familyIds.Contains(r.FamilyId)).OrderByDescending(r => r.RequestedAt).FirstOrDefaultAsync();
        if (Current is { Status: PeerRequestStatus.Proposed, SupporterUserId: { } proposed })
        {
            var profile = await db.PeerSupporterProfiles.Where(p => p.UserId == proposed)
                .Select(p => new { p.Experience, p.Languages, p.OffersInPerson, p.OffersOnline, p.Latitude, p.Longitude }).FirstOrDefaultAsync();
            var name = await db.Users.Where(u => u.Id == proposed).Select(u => u.DisplayName).SingleAsync();
            var km = profile is { OffersInPerson: true, Latitude: { } lat, Longitude: { } lon } && Current is { Latitude: { } myLat, Longitude: { } myLon }
                ? Geo.DistanceKm(new GeoPoint(myLat, myLon), new GeoPoint(lat, lon)) : (double?)null;
            Proposed = new Proposal(name, profile?.Experience ?? GroupAudience.None, profile?.Languages, profile?.OffersInPerson ?? false, profile?.OffersOnline ?? false, km);
        }
        else if (Current is { Status: PeerRequestStatus.Matched, SupporterUserId: { } supporter })
        {
            var names = await db.Users.Where(u => u.Id == supporter)
                .Select(u => new { u.DisplayName, Organisation = db.Organisations.Where(o => o.Id == Current.OrganisationId).Select(o => o.Name).First() }).SingleAsync();
            (SupporterName, OrganisationName) = (names.DisplayName, names.Organisation);
            // Only what is theirs: never the supporter's own note.
            var contacts = await db.PeerContacts.Where(c => c.RequestId == Current.Id).OrderByDescending(c => c.Date).Take(50)
                .Select(c => new { c.Id, c.Date, c.Mode, c.Topics }).ToListAsync();
            var ids = contacts.Select(c => c.Id).ToList();
            var signposts = (await db.PeerContactSignposts.Where(s => ids.Contains(s.ContactId))
                .Join(db.LocalHelpEntries, s => s.LocalHelpId, e => e.Id, (s, e) => new { s.ContactId, e.Name }).ToListAsync()).ToLookup(s => s.ContactId, s => s.Name);
            Contacts = contacts.Select(c => new Contact(c.Date, c.Mode, c.Topics, signposts[c.Id].ToList())).ToList();
        }
        if (Input.OrganisationId == Guid.Empty && Organisations.Count > 0) Input.OrganisationId = Organisations[0].Id;
    }
}
