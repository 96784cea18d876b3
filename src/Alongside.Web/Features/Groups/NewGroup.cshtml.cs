using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Groups;

/// <summary>
/// An organisation admin publishes one group. The form's answers go through the same checks as a
/// row of an imported file, so a group is valid the same way whichever door it came in by.
/// </summary>
[Authorize(Policy = Policies.OrganisationAdmin)]
public sealed class NewGroupModel(AlongsideDbContext db, PostcodeDistricts districts, TimeProvider clock) : PageModel
{
    public static readonly string[] Weeks = ["1", "2", "3", "4", "-1"];

    private static readonly Dictionary<string, string> FieldOfColumn = new()
    {
        ["name"] = "Input.Name",
        ["description"] = "Input.Description",
        ["audiences"] = "Input.Audiences",
        ["format"] = "Input.Format",
        ["recurrence"] = "Input.Repeat",
        ["first_meeting"] = "Input.FirstMeeting",
        ["start_time"] = "Input.StartTime",
        ["end_time"] = "Input.EndTime",
        ["venue_name"] = "Input.VenueName",
        ["postcode"] = "Input.Postcode",
        ["access"] = "Input.Access",
        ["languages"] = "Input.Languages",
        ["online_link"] = "Input.OnlineLink",
    };

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<(Guid Id, string Name)> Organisations { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Supporters { get; private set; } = [];

    public sealed class InputModel
    {
        public Guid OrganisationId { get; set; }
        public string? Name { get; set; }
        public string? Description { get; set; }
        public List<GroupAudience> Audiences { get; set; } = [];
        public GroupFormat Format { get; set; } = GroupFormat.InPerson;
        public string Repeat { get; set; } = "monthly";
        public DayOfWeek Day { get; set; } = DayOfWeek.Tuesday;
        public string Week { get; set; } = "2";
        public string? FirstMeeting { get; set; }
        public string? StartTime { get; set; }
        public string? EndTime { get; set; }
        public string? VenueName { get; set; }
        public string? VenueAddress { get; set; }
        public string? Postcode { get; set; }
        public List<GroupAccess> Access { get; set; } = [];
        public string? Languages { get; set; }
        public string? OnlineLink { get; set; }
        public List<Guid> Facilitators { get; set; } = [];
    }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (!Organisations.Any(o => o.Id == Input.OrganisationId)) return NotFound();
        var day = Input.Day.ToString()[..2].ToUpperInvariant();
        var rule = Input.Repeat switch
        {
            "weekly" => $"FREQ=WEEKLY;BYDAY={day}",
            "fortnightly" => $"FREQ=WEEKLY;INTERVAL=2;BYDAY={day}",
            _ => $"FREQ=MONTHLY;BYDAY={(Weeks.Contains(Input.Week) ? Input.Week : "1")}{day}",
        };
        var fields = new Dictionary<string, string?>
        {
            ["name"] = Input.Name,
            ["description"] = Input.Description,
            ["audiences"] = string.Join(';', Input.Audiences),
            ["format"] = Input.Format.ToString(),
            ["recurrence"] = rule,
            ["first_meeting"] = LocalTimeInput.Date(Input.FirstMeeting)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? Input.FirstMeeting,
            ["start_time"] = Input.StartTime,
            ["end_time"] = Input.EndTime,
            ["venue_name"] = Input.VenueName,
            ["venue_address"] = Input.VenueAddress,
            ["postcode"] = Input.Postcode,
            ["access"] = string.Join(';', Input.Access),
            ["languages"] = Input.Languages,
            ["online_link"] = Input.OnlineLink,
        };
        var errors = new List<string>();
        var (group, _) = GroupImport.ParseRow(name => (fields.GetValueOrDefault(name) ?? "").Trim(), districts, clock.GetUtcNow(), errors);
        if (errors.Count > 0)
        {
            // The import's messages name its columns; here each goes to the field that column came from.
            foreach (var error in errors)
            {
                var column = FieldOfColumn.Keys.Where(c => error.StartsWith(c, StringComparison.Ordinal)).MaxBy(c => c.Length);
                ModelState.AddModelError(column is null ? "" : FieldOfColumn[column], error.Replace('_', ' '));
            }
            return Page();
        }
        if (!Supporters.Any(s => Input.Facilitators.Contains(s.Id)))
        {
            ModelState.AddModelError("Input.Facilitators", "Choose at least one facilitator: a group cannot be published without someone to welcome members and look after its discussion");
            return Page();
        }
        group.OrganisationId = Input.OrganisationId;
        db.PeerGroups.Add(group);
        db.PeerGroupFacilitators.AddRange(Supporters.Where(s => Input.Facilitators.Contains(s.Id)).Select(s => new PeerGroupFacilitator { GroupId = group.Id, UserId = s.Id }));
        await db.SaveChangesAsync();
        this.Flash("Your group is published");
        return Redirect($"/groups/{group.Id}");
    }

    private async Task LoadAsync()
    {
        var me = User.Id();
        Organisations = (await db.Memberships.Where(m => m.UserId == me && m.Role == Role.Admin)
            .Select(m => new { m.OrganisationId, m.Organisation!.Name }).ToListAsync()).Select(o => (o.OrganisationId, o.Name)).ToList();
        if (Input.OrganisationId == Guid.Empty && Organisations.Count > 0) Input.OrganisationId = Organisations[0].Id;
        var org = Input.OrganisationId;
        Supporters = (await db.Memberships.Where(m => m.OrganisationId == org && m.Role == Role.PeerSupporter)
            .Select(m => new { m.UserId, m.User!.DisplayName }).Take(200).ToListAsync())
            .Select(s => (s.UserId, s.DisplayName)).ToList();
    }
}
