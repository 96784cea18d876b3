using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Referrals;

/// <summary>
/// A parent takes back their own request: it becomes Withdrawn, leaves any waiting list, and the
/// organisation's triage staff are told. Someone else's request: 404. A request already withdrawn,
/// accepted or declined: a message, and nothing changes.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class WithdrawModel(AlongsideDbContext db, AuditLog audit, Notices notices, TimeProvider clock) : PageModel
{
    public Referral Referral { get; private set; } = null!;

    /// <summary>Why it cannot be withdrawn, when it cannot.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (Refusal is not null) return Page();
        var now = clock.GetUtcNow();
        if (Referral.Status == ReferralStatus.WaitingList) Referral.LeftWaitingListAt = now;
        Referral.Status = ReferralStatus.Withdrawn;
        Referral.WithdrawnAt = now;
        await audit.AddAsync("withdraw", "Referral", Referral.Id, Referral.FamilyId, "Withdrawn by the family");
        await ReferralNotices.TellTriageStaffOfWithdrawalAsync(db, notices, Referral, Referral.Organisation!.Name);
        await db.SaveChangesAsync();
        this.Flash("You have withdrawn your request");
        return Redirect($"/get-help/requests/{id}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var referral = await OwnRequests.Find(db, User.Id(), id).Include(r => r.Organisation).SingleOrDefaultAsync();
        if (referral is null) return false;
        Referral = referral;
        Refusal = referral.Status switch
        {
            ReferralStatus.Withdrawn => $"You withdrew this request on {TimeDisplay.Local(referral.WithdrawnAt ?? referral.SubmittedAt, "d MMMM yyyy")}. Nothing more needs doing.",
            ReferralStatus.Accepted => $"{referral.Organisation!.Name} has already accepted this request, so it cannot be withdrawn here. If you no longer need help, please tell them.",
            ReferralStatus.Declined => $"{referral.Organisation!.Name} has already decided about this request, so there is nothing to withdraw.",
            _ => null,
        };
        return true;
    }
}
