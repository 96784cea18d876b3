using System.Linq.Expressions;

namespace Alongside.Web.Kernel.Rights;

/// <summary>
/// Which rows have expired, as expressions: the retention run puts them in its queries, and the
/// unit tests run the very same rules on rows in memory. Strictly before the cutoff, so a row is
/// kept for at least the whole period.
/// </summary>
public static class RetentionRules
{
    /// <summary>Sessions that have ended (signed out, or ended by a password change or closing); open ones never expire here.</summary>
    public static Expression<Func<UserSession, bool>> ExpiredSessions(RetentionCutoffs cutoffs)
    {
        var before = cutoffs.EndedSessions;
        return s => s.EndedAt != null && s.EndedAt < before;
    }

    /// <summary>Emails that were sent, or given up on, long enough ago. Emails still waiting or being retried are kept.</summary>
    public static Expression<Func<OutboxMessage, bool>> ExpiredEmails(RetentionCutoffs cutoffs)
    {
        var before = cutoffs.SentEmail;
        return m => (m.SentAt != null && m.SentAt < before) || (m.SentAt == null && m.FailedAt != null && m.FailedAt < before);
    }

    /// <summary>Closed accounts whose tombstone has been kept long enough (they go only if nothing still names them).</summary>
    public static Expression<Func<AppUser, bool>> ClosedAccountsDue(RetentionCutoffs cutoffs)
    {
        var before = cutoffs.ClosedAccounts;
        return u => u.ClosedAt != null && u.ClosedAt < before;
    }
}
