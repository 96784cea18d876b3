namespace Alongside.Web.Features.PeerSupport.LocalHelp;

/// <summary>
/// Practical help and help with systems: who, what, how to reach them, and where they serve
/// (every area, or postcode areas and districts such as "M" or "SK1").
/// </summary>
public class LocalHelpEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public required string Description { get; set; }
    public HelpCategory Categories { get; set; }
    public string? Phone { get; set; }
    public string? Website { get; set; }
    public bool Nationwide { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
