namespace Alongside.Web.Features.PeerSupport;

/// <summary>A peer supporter's lived experience and what they can offer, for matching.</summary>
public class PeerSupporterProfile
{
    public Guid UserId { get; set; }
    public AppUser? User { get; set; }
    public Guid OrganisationId { get; set; }

    /// <summary>Lived experience, in the same words as group audiences.</summary>
    public GroupAudience Experience { get; set; }

    /// <summary>Languages other than English, comma separated, as written.</summary>
    public string? Languages { get; set; }
    public string? District { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public bool OffersInPerson { get; set; }
    public bool OffersOnline { get; set; }
    public string? Availability { get; set; }
    public int Capacity { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
