namespace Alongside.Web.Kernel.Families;

/// <summary>Invitations for a carer to join a family record. Only the token's hash is kept.</summary>
public static class CarerInvitations
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    /// <summary>Adds the invitation to the unit of work and returns the token for the link.</summary>
    public static string Add(AlongsideDbContext db, Guid familyId, string email, string name, CarerRelationship? relationship, Guid invitedBy, DateTimeOffset now)
    {
        var (token, hash) = SecretTokens.New();
        db.CarerInvitations.Add(new CarerInvitation
        {
            FamilyId = familyId,
            Email = email,
            DisplayName = name,
            Relationship = relationship,
            TokenHash = hash,
            InvitedByUserId = invitedBy,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        });
        return token;
    }

    public static string Hash(string token) => SecretTokens.Hash(token);
}
