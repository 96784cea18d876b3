namespace Alongside.Web.Features.Referrals;

/// <summary>A self-referral in progress, so a long form can be left and resumed.</summary>
public class ReferralDraft
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? UserId { get; set; }

    /// <summary>For someone not signed in: the hash of the token in their draft cookie.</summary>
    public string? TokenHash { get; set; }
    public string AnswersJson { get; set; } = "{}";
    public DateTimeOffset UpdatedAt { get; set; }
}
