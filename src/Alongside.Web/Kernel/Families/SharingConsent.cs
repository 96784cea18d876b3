namespace Alongside.Web.Kernel.Families;

/// <summary>
/// A family's choice to share their plan and progress with someone outside the care team.
/// Revocable: a revoked choice is kept, with the time, so the record shows what was shared when.
/// </summary>
public class SharingConsent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid FamilyId { get; set; }
    public SharingAudience Audience { get; set; }
    public Guid GivenByUserId { get; set; }
    public DateTimeOffset From { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
