namespace Alongside.Web.Kernel.Organisations;

/// <summary>
/// A commissioner organisation pays a provider for one of its services, or for all of them
/// (no service). While it runs, the commissioner's people see that provider's reports for the
/// families it commissions or that live in its area, in aggregate only.
/// </summary>
public class Commission
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CommissionerOrganisationId { get; set; }
    public Guid ProviderOrganisationId { get; set; }
    public Guid? ServiceId { get; set; }
    public DateOnly StartsOn { get; set; }

    /// <summary>The last day it runs; setting it ends the commission (and the reports it opened).</summary>
    public DateOnly? EndsOn { get; set; }
    public Guid CreatedByUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
