namespace Alongside.Web.Features.Sessions;

/// <summary>
/// What the clinician writes after a session: private notes for the care team, and a separate
/// summary for the parents. Two fields with two audiences; parents' queries never select the first.
/// </summary>
public class SessionNote
{
    public Guid SessionId { get; set; }
    public string PrivateNotes { get; set; } = "";
    public string ParentSummary { get; set; } = "";
    public Guid WrittenByUserId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
