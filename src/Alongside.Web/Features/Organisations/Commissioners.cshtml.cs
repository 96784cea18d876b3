using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Alongside.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Organisations;

/// <summary>
/// Commissions, kept by the provider's admin: the provider decides which commissioners may see its
/// aggregates, for which service, from when and until when. A commissioner organisation's admin
/// sees on the same page, read only, whom it commissions.
/// </summary>
[Authorize(Policy = Policies.OrganisationAdmin)]
public sealed class CommissionersModel(AlongsideDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    /// <summary>The kinds of organisation that commission others.</summary>
    public static readonly OrganisationKind[] CommissionerKinds = [OrganisationKind.LocalAuthority, OrganisationKind.NhsService];

    /// <summary>How far back or ahead a commission's dates may be given.</summary>
    private const int YearsEitherSide = 10;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public RunOrganisation Org { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    /// <summary>Who commissions this organisation (it is the provider), and whom it commissions.</summary>
    public IReadOnlyList<Row> Incoming { get; private set; } = [];
    public IReadOnlyList<Row> Outgoing { get; private set; } = [];
    public IReadOnlyList<Option> Commissioners { get; private set; } = [];
    public IReadOnlyList<Option> OpenServices { get; private set; } = [];

    public sealed record Row(Guid Id, string Organisation, string Service, DateOnly StartsOn, DateOnly? EndsOn);

    public sealed class InputModel
    {
        public Guid? CommissionerOrganisationId { get; set; }
        public Guid? ServiceId { get; set; }
        public string? StartsDay { get; set; }
        public string? StartsMonth { get; set; }
        public string? StartsYear { get; set; }
        public string? EndsDay { get; set; }
        public string? EndsMonth { get; set; }
        public string? EndsYear { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid? organisation) =>
        await LoadAsync(organisation) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid? organisation)
    {
        if (!await LoadAsync(organisation)) return NotFound();
        var commissioner = Commissioners.FirstOrDefault(c => c.Value == Input.CommissionerOrganisationId?.ToString());
        if (commissioner is null) ModelState.AddModelError("Input.CommissionerOrganisationId", "Select the local authority or NHS service that commissions you");
        var service = Input.ServiceId is null ? null : OpenServices.FirstOrDefault(s => s.Value == Input.ServiceId.ToString());
        if (Input.ServiceId is not null && service is null) ModelState.AddModelError("Input.ServiceId", "Select one of your open services, or all services");

        var (startsOn, startError) = DateParts.Read(Input.StartsDay, Input.StartsMonth, Input.StartsYear, Dates("The start date", "Enter the date the commission starts"));
        if (startError is not null) ModelState.AddModelError("Input.StartsDay", startError);
        DateOnly? endsOn = null;
        if (!string.IsNullOrWhiteSpace(Input.EndsDay) || !string.IsNullOrWhiteSpace(Input.EndsMonth) || !string.IsNullOrWhiteSpace(Input.EndsYear))
        {
            var (ends, endError) = DateParts.Read(Input.EndsDay, Input.EndsMonth, Input.EndsYear, Dates("The end date", "Enter the date the commission ends"));
            if (endError is not null) ModelState.AddModelError("Input.EndsDay", endError);
            else if (startsOn is not null && ends < startsOn) ModelState.AddModelError("Input.EndsDay", "The end date must be the same as or after the start date");
            endsOn = ends;
        }
        if (!ModelState.IsValid) return Page();

        var commission = new Commission
        {
            CommissionerOrganisationId = Guid.Parse(commissioner!.Value),
            ProviderOrganisationId = Org.Id,
            ServiceId = service is null ? null : Guid.Parse(service.Value),
            StartsOn = startsOn!.Value,
            EndsOn = endsOn,
            CreatedByUserId = User.Id(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Commissions.Add(commission);
        await audit.AddAsync("settings", "Commission", commission.Id, null,
            $"{commissioner.Label} commissions {Org.Name} for {service?.Label ?? "all services"} from {commission.StartsOn:d MMMM yyyy}{(endsOn is { } e ? $" to {e:d MMMM yyyy}" : "")}");
        await db.SaveChangesAsync();
        this.Flash($"{commissioner.Label} is added as a commissioner.");
        return Redirect(Org.Link("/admin/commissioners"));
    }

    /// <summary>Ends a commission today (UK date); one that has not started yet is withdrawn instead.</summary>
    public async Task<IActionResult> OnPostEndAsync(Guid? organisation, Guid id)
    {
        if (!await LoadAsync(organisation)) return NotFound();
        var commission = await db.Commissions.SingleOrDefaultAsync(c => c.Id == id && c.ProviderOrganisationId == Org.Id);
        if (commission is null) return NotFound();
        var name = Incoming.First(r => r.Id == id).Organisation;
        if (commission.EndsOn is { } ended && ended < Today)
        {
            this.Flash($"The commission by {name} had already ended.");
            return Redirect(Org.Link("/admin/commissioners"));
        }
        if (commission.StartsOn > Today)
        {
            // It never ran: an end date before its start would not hold, so it goes.
            db.Commissions.Remove(commission);
            await audit.AddAsync("settings", "Commission", id, null, $"Withdrew the commission by {name}, due to start {commission.StartsOn:d MMMM yyyy}");
            this.Flash($"The commission by {name} is withdrawn before it started.");
        }
        else
        {
            commission.EndsOn = Today;
            await audit.AddAsync("settings", "Commission", id, null, $"Ended the commission by {name} on {Today:d MMMM yyyy}");
            this.Flash($"The commission by {name} ends today.");
        }
        await db.SaveChangesAsync();
        return Redirect(Org.Link("/admin/commissioners"));
    }

    private DateQuestion Dates(string name, string prompt) => new(name, prompt,
        Today.AddYears(-YearsEitherSide), $"{name} must be within the last {YearsEitherSide} years",
        Today.AddYears(YearsEitherSide), $"{name} must be within the next {YearsEitherSide} years");

    private async Task<bool> LoadAsync(Guid? organisation)
    {
        if (await RunOrganisation.FindAsync(db, User.Id(), organisation) is not { } org) return false;
        Org = org;
        Today = clock.UkToday();
        var id = org.Id;
        var rows = await db.Commissions.Where(c => c.ProviderOrganisationId == id || c.CommissionerOrganisationId == id)
            .Select(c => new
            {
                c.Id,
                c.ProviderOrganisationId,
                Commissioner = db.Organisations.Where(o => o.Id == c.CommissionerOrganisationId).Select(o => o.Name).First(),
                Provider = db.Organisations.Where(o => o.Id == c.ProviderOrganisationId).Select(o => o.Name).First(),
                Service = db.Services.Where(s => s.Id == c.ServiceId).Select(s => s.Name).FirstOrDefault(),
                c.StartsOn,
                c.EndsOn,
            }).ToListAsync();
        Incoming = rows.Where(c => c.ProviderOrganisationId == id)
            .Select(c => new Row(c.Id, c.Commissioner, c.Service ?? "All services", c.StartsOn, c.EndsOn))
            .OrderBy(r => r.EndsOn is { } e && e < Today).ThenBy(r => r.Organisation).ThenBy(r => r.StartsOn).ToList();
        Outgoing = rows.Where(c => c.ProviderOrganisationId != id)
            .Select(c => new Row(c.Id, c.Provider, c.Service ?? "All services", c.StartsOn, c.EndsOn))
            .OrderBy(r => r.EndsOn is { } e && e < Today).ThenBy(r => r.Organisation).ThenBy(r => r.StartsOn).ToList();
        Commissioners = (await db.Organisations.Where(o => CommissionerKinds.Contains(o.Kind) && o.Id != id).OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name }).ToListAsync()).Select(o => new Option(o.Id.ToString(), o.Name)).ToList();
        OpenServices = (await db.Services.Where(s => s.OrganisationId == id && s.ClosedAt == null).OrderBy(s => s.Name)
            .Select(s => new { s.Id, s.Name }).ToListAsync()).Select(s => new Option(s.Id.ToString(), s.Name)).ToList();
        return true;
    }

    /// <summary>How a commission stands today, in words.</summary>
    public string Standing(Row row) => row switch
    {
        { EndsOn: { } e } when e < Today => $"Ended {e:d MMMM yyyy}",
        { StartsOn: var s } when s > Today => $"Starts {s:d MMMM yyyy}" + (row.EndsOn is { } e2 ? $", ends {e2:d MMMM yyyy}" : ""),
        { EndsOn: { } e } => $"Runs from {row.StartsOn:d MMMM yyyy} to {e:d MMMM yyyy}",
        _ => $"Runs from {row.StartsOn:d MMMM yyyy}, no end date",
    };

    public bool CanEnd(Row row) => row.EndsOn is not { } e || e > Today;
}
