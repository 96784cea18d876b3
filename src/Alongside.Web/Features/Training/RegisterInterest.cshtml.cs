using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Security;
using Alongside.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Alongside.Web.Features.Training;

/// <summary>
/// Anyone registers interest in peer support training: a parent or carer for themselves, or a
/// service for its staff or volunteers. It goes to a training body, or to the organisation named
/// in the link (a group's "Volunteer here"). Posts are braked per address like the other open forms.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class RegisterInterestModel(AlongsideDbContext db, Notices notices, RiskAlerts riskAlerts, Microsoft.Extensions.Options.IOptions<UrgentHelpOptions> urgentHelp, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The training bodies to choose from, when no organisation is named in the link.</summary>
    public IReadOnlyList<Option> TrainingBodies { get; private set; } = [];

    /// <summary>The organisation named in the link, when there is one.</summary>
    public string? Named { get; private set; }

    public IReadOnlyList<Option> Routes { get; } =
    [
        new(nameof(InterestRoute.ParentOrCarer), "I am a parent or carer and would like to train as a peer supporter"),
        new(nameof(InterestRoute.Service), "I am asking for a service or commissioner", "Training for your staff or volunteers"),
    ];

    /// <summary>Who the interest will reach, if it can reach anyone.</summary>
    public string? SendsTo => Named ?? (TrainingBodies.Count == 1 ? TrainingBodies[0].Label : null);

    public bool CanSend => Named is not null || TrainingBodies.Count > 0;

    public sealed class InputModel
    {
        public Guid? OrganisationId { get; set; }

        [Required(ErrorMessage = "Select who the training is for")]
        public InterestRoute? Route { get; set; }

        [Required(ErrorMessage = "Enter your name")]
        [StringLength(120, ErrorMessage = "Your name must be 120 characters or fewer")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Enter your email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the right format, like name@example.com")]
        [StringLength(256, ErrorMessage = "Your email address must be 256 characters or fewer")]
        public string? Email { get; set; }

        [StringLength(40, ErrorMessage = "Your phone number must be 40 characters or fewer")]
        public string? Phone { get; set; }

        [StringLength(200, ErrorMessage = "The name of the service must be 200 characters or fewer")]
        public string? ServiceName { get; set; }

        [StringLength(120, ErrorMessage = "Your role must be 120 characters or fewer")]
        public string? ServiceRole { get; set; }

        public string? HowMany { get; set; }

        [StringLength(200, ErrorMessage = "The area must be 200 characters or fewer")]
        public string? Area { get; set; }

        [StringLength(2000, ErrorMessage = "What you tell them must be 2,000 characters or fewer")]
        public string? Message { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid? organisation)
    {
        if (!await LoadAsync(organisation)) return NotFound();
        if (User.Identity?.IsAuthenticated == true)
        {
            var me = User.Id();
            var account = await db.Users.Where(u => u.Id == me).Select(u => new { u.DisplayName, u.Email }).SingleOrDefaultAsync();
            (Input.Name, Input.Email) = (account?.DisplayName, account?.Email);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? organisation, Guid? group)
    {
        // A link naming an organisation that does not exist is refused outright, as on the form.
        if (!await LoadAsync(organisation)) return NotFound();
        var receiver = organisation ?? Input.OrganisationId ?? (TrainingBodies.Count == 1 ? Guid.Parse(TrainingBodies[0].Value) : null);
        if (!CanSend) ModelState.AddModelError("", "No training organisation is taking interest on Alongside at the moment");
        else if (organisation is null && (receiver is null || !TrainingBodies.Any(o => o.Value == receiver.ToString())))
            ModelState.AddModelError("Input.OrganisationId", "Select the training organisation to send this to");
        if (Input.Route is { } route && !Enum.IsDefined(route)) ModelState.AddModelError("Input.Route", "Select who the training is for");
        int? howMany = null;
        if (Input.Route == InterestRoute.Service)
        {
            if (string.IsNullOrWhiteSpace(Input.ServiceName)) ModelState.AddModelError("Input.ServiceName", "Enter the name of the service");
            if (string.IsNullOrWhiteSpace(Input.ServiceRole)) ModelState.AddModelError("Input.ServiceRole", "Enter your role in the service");
            (howMany, var error) = InterestSteps.ReadHowMany(Input.HowMany);
            if (error is not null) ModelState.AddModelError("Input.HowMany", error);
            if (string.IsNullOrWhiteSpace(Input.Area)) ModelState.AddModelError("Input.Area", "Enter the area the service covers");
        }
        if (!ModelState.IsValid) return Page();

        var organisationName = await db.Organisations.Where(o => o.Id == receiver).Select(o => o.Name).SingleAsync();
        var now = clock.GetUtcNow();
        var service = Input.Route == InterestRoute.Service;
        var interest = new TrainingInterest
        {
            OrganisationId = receiver!.Value,
            Route = Input.Route!.Value,
            GroupId = organisation is null ? null : group,
            UserId = User.Identity?.IsAuthenticated == true ? User.Id() : null,
            Name = Input.Name!.Trim(),
            Email = Input.Email!.Trim(),
            Phone = Blank(Input.Phone),
            ServiceName = service ? Input.ServiceName!.Trim() : null,
            ServiceRole = service ? Input.ServiceRole!.Trim() : null,
            HowMany = service ? howMany : null,
            Area = service ? Input.Area!.Trim() : null,
            Message = Blank(Input.Message),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.TrainingInterests.Add(interest);
        await notices.SendAsync(new Recipient(interest.Email, interest.Name), new InterestReceivedNotice(organisationName));
        var receivers = await TrainingAccess.ReceiversAsync(db, interest.OrganisationId);
        await notices.SendAsync(receivers, new InterestForOrganisationNotice(interest.Id, interest.Route));
        // Someone may write about more than training: words that signal a crisis show them urgent help at once and alert the staff who will read it.
        if (RiskWords.Signal(interest.Message, urgentHelp.Value.RiskPhrases))
        {
            await riskAlerts.RaiseForOrganisationAsync(interest.OrganisationId, null, receivers, "the organisation's admins and supervisors", "an interest in training", $"/training/interests/{interest.Id}");
            TempData["UrgentHelp"] = true;
        }
        await db.SaveChangesAsync();
        TempData["InterestSentTo"] = organisationName;
        return RedirectToPage("Thanks");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private async Task<bool> LoadAsync(Guid? organisation)
    {
        if (organisation is { } named)
        {
            Named = await db.Organisations.Where(o => o.Id == named).Select(o => o.Name).SingleOrDefaultAsync();
            return Named is not null;
        }
        TrainingBodies = (await db.Organisations.Where(o => o.Kind == OrganisationKind.TrainingBody).OrderBy(o => o.Name)
                .Select(o => new { o.Id, o.Name }).ToListAsync())
            .Select(o => new Option(o.Id.ToString(), o.Name)).ToList();
        return true;
    }
}
