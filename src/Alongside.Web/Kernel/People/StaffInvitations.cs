namespace Alongside.Web.Kernel.People;

/// <summary>
/// The one way a staff invitation is made: an organisation admin inviting a colleague, and a
/// platform admin inviting a new organisation's first admin, send the same email and the same
/// link, accepted on /account/invitation.
/// </summary>
public static class StaffInvitations
{
    /// <summary>Adds the invitation and queues its email; both are saved with the caller's change.</summary>
    public static async Task<StaffInvitation> AddAsync(AlongsideDbContext db, Notices notices, Guid organisationId, string organisationName,
        string email, string name, Role role, Guid invitedByUserId, DateTimeOffset now)
    {
        var (token, hash) = SecretTokens.New();
        var invitation = new StaffInvitation
        {
            OrganisationId = organisationId,
            Email = email.Trim(),
            DisplayName = name.Trim(),
            Role = role,
            TokenHash = hash,
            InvitedByUserId = invitedByUserId,
            CreatedAt = now,
            ExpiresAt = now + StaffInvitation.Lifetime,
        };
        db.StaffInvitations.Add(invitation);
        await notices.SendAsync(new Recipient(invitation.Email, invitation.DisplayName), new StaffInvitationNotice(organisationName, role, invitation.ExpiresAt, token));
        return invitation;
    }
}
