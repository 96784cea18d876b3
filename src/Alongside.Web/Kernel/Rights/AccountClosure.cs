namespace Alongside.Web.Kernel.Rights;

/// <summary>
/// Closes a parent's or carer's account in one transaction: every feature's
/// <see cref="IAccountErasure"/>, then the family links, invitations and sharing of the family
/// record, the sign-in (Identity's rows, every session) and finally the person's own row, which
/// becomes a tombstone: a unique address that cannot receive mail, no password, "Former member".
/// What must be kept (messages already sent, safeguarding, the provider's clinical record,
/// audit entries) stays and now names a "Former member".
/// </summary>
public sealed class AccountClosure(
    AlongsideDbContext db,
    IEnumerable<IAccountErasure> parts,
    UserSessions sessions,
    Notices notices,
    TimeProvider clock,
    ILogger<AccountClosure> logger)
{
    public const string FormerMember = "Former member";

    /// <summary>A unique address at a domain that can never receive mail (RFC 2606), so the real one is free again.</summary>
    public static string TombstoneEmail() => $"closed-{Guid.NewGuid():N}@closed.invalid";

    /// <summary>The families where this person is the only carer.</summary>
    public static Task<List<Guid>> LastCarerOfAsync(AlongsideDbContext db, Guid userId, CancellationToken cancellationToken = default) =>
        db.FamilyCarers.Where(c => c.UserId == userId
                && !db.FamilyCarers.Any(other => other.FamilyId == c.FamilyId && other.UserId != userId))
            .Select(c => c.FamilyId).ToListAsync(cancellationToken);

    /// <returns>False when the account is already closed.</returns>
    public async Task<bool> CloseAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId && u.ClosedAt == null, cancellationToken);
        if (user is null) return false;
        var email = user.Email ?? "";
        var families = await db.FamilyCarers.Where(c => c.UserId == userId).Select(c => c.FamilyId).ToListAsync(cancellationToken);
        var lastCarerOf = await LastCarerOfAsync(db, userId, cancellationToken);
        var account = new ClosingAccount(userId, email, now, families, lastCarerOf);

        foreach (var part in parts)
        {
            await part.EraseAsync(account, cancellationToken);
        }

        // The family record: they are no longer its carer. Where they were the last one, nobody
        // can reach it from the family's side any more: no invitation to join it stays open and
        // nothing goes on being shared with a referrer or a peer supporter.
        await db.FamilyCarers.Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        var lowerEmail = email.ToLowerInvariant();
        await db.CarerInvitations.Where(i => i.AcceptedAt == null
                && (i.InvitedByUserId == userId || i.Email.ToLower() == lowerEmail || lastCarerOf.Contains(i.FamilyId)))
            .ExecuteDeleteAsync(cancellationToken);
        await db.SharingConsents.Where(c => lastCarerOf.Contains(c.FamilyId) && c.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.RevokedAt, now), cancellationToken);
        await db.Memberships.Where(m => m.UserId == userId).ExecuteDeleteAsync(cancellationToken);

        // The sign-in: authenticator key and recovery codes, external logins, claims, every session.
        await db.UserTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserLogins.Where(l => l.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserClaims.Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserRoles.Where(r => r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await sessions.EndAllAsync(userId);

        // Emails not yet sent to them would go to someone who has left; one last one says it is done.
        await db.OutboxMessages.Where(m => m.ToAddress == email && m.SentAt == null && m.FailedAt == null
                && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteDeleteAsync(cancellationToken);
        if (email.Length > 0) await notices.SendAsync(new Recipient(email, user.DisplayName), new AccountClosedNotice());

        var tombstone = TombstoneEmail();
        user.Email = tombstone;
        user.UserName = tombstone;
        user.NormalizedEmail = tombstone.ToUpperInvariant();
        user.NormalizedUserName = tombstone.ToUpperInvariant();
        user.EmailConfirmed = false;
        user.PhoneNumber = null;
        user.PhoneNumberConfirmed = false;
        user.DisplayName = FormerMember;
        user.PasswordHash = null;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        user.TwoFactorEnabled = false;
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        user.DataDownloadedAt = null;
        user.ClosedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Account {UserId} closed; last carer of {Families} family record(s)", userId, lastCarerOf.Count);
        return true;
    }
}

public sealed record AccountClosedNotice : Notice
{
    public override NoticeCategory Category => NoticeCategory.Essential;

    public override string Subject => "Your Alongside account is closed";

    public override IEnumerable<NoticeLine> Lines() =>
    [
        Say("Your Alongside account has been closed, as you asked. You can no longer sign in with this email address, and we will not email you again."),
        Say("If you did not close it, contact the organisation that supports you straight away."),
        Link("/account/register", "You can make a new account with this address at any time:"),
    ];
}
