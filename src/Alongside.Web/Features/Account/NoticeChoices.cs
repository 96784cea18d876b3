using Microsoft.AspNetCore.Identity;

namespace Alongside.Web.Features.Account;

/// <summary>Answers the notices service from the people's own choices (see <see cref="INoticePreferences"/>).</summary>
internal sealed class NoticeChoices(AlongsideDbContext db, ILookupNormalizer normalizer) : INoticePreferences
{
    public async Task<IReadOnlyDictionary<string, bool>> LookUpAsync(IReadOnlyCollection<string> addresses, NoticeCategory category)
    {
        var byNormalized = addresses.Distinct(StringComparer.Ordinal)
            .GroupBy(a => normalizer.NormalizeEmail(a), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var keys = byNormalized.Keys.ToList();
        // Closed accounts keep no address, so they never match; one row per open account.
        var accounts = await db.Users.Where(u => u.NormalizedEmail != null && keys.Contains(u.NormalizedEmail) && u.ClosedAt == null)
            .Select(u => new { u.NormalizedEmail, Off = db.NoticeOptOuts.Any(o => o.UserId == u.Id && o.Category == category) })
            .ToListAsync();
        var answer = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var account in accounts)
        {
            foreach (var address in byNormalized[account.NormalizedEmail!])
            {
                // Two accounts on one address should not happen; if it does, either one turning it off wins.
                answer[address] = answer.GetValueOrDefault(address) || account.Off;
            }
        }
        return answer;
    }
}

/// <summary>Closing an account drops its choices with it.</summary>
internal sealed class NoticeChoiceErasure(AlongsideDbContext db) : IAccountErasure
{
    public Task EraseAsync(ClosingAccount account, CancellationToken cancellationToken) =>
        db.NoticeOptOuts.Where(o => o.UserId == account.UserId).ExecuteDeleteAsync(cancellationToken);
}
