using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Referrals;

/// <summary>
/// A parent's own request for help: its reference, where it is up to in plain words, what happens
/// next and when things happened. Only the parent who sent it (anyone else: 404). Open before the
/// email address is confirmed (policy SignedIn), since it shows only what they told us themselves.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class RequestModel(AlongsideDbContext db, TimeProvider clock) : PageModel
{
    public Referral Referral { get; private set; } = null!;
    public RequestStage Stage { get; private set; }
    public WaitingPlace? Place { get; private set; }
    public IReadOnlyList<RequestEvent> History { get; private set; } = [];
    public bool JustSent { get; private set; }
    public bool UrgentHelp { get; private set; }
    public bool Unconfirmed => User.HasClaim(AlongsideClaims.Unconfirmed, "true");

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var referral = await OwnRequests.Find(db, User.Id(), id).Include(r => r.Organisation).Include(r => r.Child).SingleOrDefaultAsync();
        if (referral is null) return NotFound();
        Referral = referral;
        JustSent = TempData["JustSent"] is true;
        UrgentHelp = TempData["UrgentHelp"] is true;
        var firstRead = await RequestProgress.FirstReadAsync(db, id);
        Stage = RequestProgress.Stage(referral.Status, firstRead is not null);
        if (referral.Status == ReferralStatus.WaitingList)
        {
            Place = (await WaitingPlaces.ForAsync(db, [id], clock.GetUtcNow())).GetValueOrDefault(id);
        }
        History = RequestProgress.History(new(referral.Status, referral.SubmittedAt, firstRead, referral.WaitingSince,
            referral.DecidedAt, referral.WithdrawnAt, referral.Organisation!.Name));
        return Page();
    }
}

/// <summary>The requests a parent may open and withdraw: the self-referrals they sent themselves.</summary>
public static class OwnRequests
{
    public static IQueryable<Referral> Find(AlongsideDbContext db, Guid userId, Guid id) =>
        db.Referrals.Where(r => r.Id == id && r.SubmittedByUserId == userId && r.Source == ReferralSource.Self);
}
