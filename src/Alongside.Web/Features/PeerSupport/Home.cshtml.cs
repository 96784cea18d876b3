using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.PeerSupport;

/// <summary>A peer supporter's home: the parents they support, and their profile for matching.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class HomeModel(AlongsideDbContext db, PostcodeDistricts districts, TimeProvider clock) : PageModel
{
    public sealed record Parent(Guid RequestId, string Family, DateTimeOffset MatchedAt, int Contacts);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<Parent> Parents { get; private set; } = [];
    public bool IsSupporter { get; private set; }
    public bool Coordinates { get; private set; }
    public bool Supervises { get; private set; }

    public sealed class InputModel
    {
        public List<GroupAudience> Experience { get; set; } = [];

        [StringLength(200, ErrorMessage = "Languages must be 200 characters or fewer")]
        public string? Languages { get; set; }

        [StringLength(100, ErrorMessage = "Enter a postcode district or town of 100 characters or fewer")]
        public string? Near { get; set; }

        public bool InPerson { get; set; }
        public bool Online { get; set; }

        [StringLength(300, ErrorMessage = "Availability must be 300 characters or fewer")]
        public string? Availability { get; set; }

        [Range(0, 20, ErrorMessage = "How many parents you can support must be between 0 and 20")]
        public int Capacity { get; set; }
    }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        var me = User.Id();
        if (await db.PeerSupporterProfiles.SingleOrDefaultAsync(p => p.UserId == me) is { } profile)
        {
            Input = new InputModel
            {
                Experience = Audiences.All.Where(a => profile.Experience.HasFlag(a)).ToList(),
                Languages = profile.Languages,
                Near = profile.District,
                InPerson = profile.OffersInPerson,
                Online = profile.OffersOnline,
                Availability = profile.Availability,
                Capacity = profile.Capacity,
            };
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (!IsSupporter) return NotFound();
        var place = districts.FromForm(Input.Near, Input.InPerson, "Enter your postcode district or town to meet parents in person", ModelState, "Input.Near");
        if (!ModelState.IsValid) return Page();
        var me = User.Id();
        var profile = await db.PeerSupporterProfiles.SingleOrDefaultAsync(p => p.UserId == me);
        if (profile is null)
        {
            var org = await db.Memberships.Where(m => m.UserId == me && m.Role == Role.PeerSupporter).Select(m => m.OrganisationId).FirstAsync();
            profile = new PeerSupporterProfile { UserId = me, OrganisationId = org };
            db.PeerSupporterProfiles.Add(profile);
        }
        profile.Experience = Input.Experience.Where(a => Audiences.All.Contains(a)).Aggregate(GroupAudience.None, (all, a) => all | a);
        profile.Languages = string.IsNullOrWhiteSpace(Input.Languages) ? null : Input.Languages.Trim();
        (profile.District, profile.Latitude, profile.Longitude) = (place?.Outcode, place?.Point.Latitude, place?.Point.Longitude);
        (profile.OffersInPerson, profile.OffersOnline, profile.Capacity) = (Input.InPerson, Input.Online, Input.Capacity);
        profile.Availability = string.IsNullOrWhiteSpace(Input.Availability) ? null : Input.Availability.Trim();
        profile.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync();
        this.Flash("Your profile is saved");
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var me = User.Id();
        IsSupporter = await db.Memberships.AnyAsync(m => m.UserId == me && m.Role == Role.PeerSupporter);
        Coordinates = await db.CoordinatedBy(me).AnyAsync();
        Supervises = await db.SupervisedBy(me).AnyAsync();
        Parents = await db.PeerSupportRequests.Where(r => r.SupporterUserId == me && r.Status == PeerRequestStatus.Matched)
            .OrderByDescending(r => r.AcceptedAt ?? r.MatchedAt).Take(50)
            .Select(r => new Parent(r.Id, db.Families.Where(f => f.Id == r.FamilyId).Select(f => f.Name).First(), (r.AcceptedAt ?? r.MatchedAt)!.Value, db.PeerContacts.Count(c => c.RequestId == r.Id)))
            .ToListAsync();
    }
}
