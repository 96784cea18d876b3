using System.Security.Cryptography;

namespace Alongside.Web.Features.Sessions;

/// <summary>How a session is delivered: the family's stated preference, and video links.</summary>
public static class SessionDelivery
{
    /// <summary>The preference the family gave in their latest request for help; online when they said either or nothing.</summary>
    public static async Task<DeliveryMode> FamilyPreferenceAsync(AlongsideDbContext db, Guid familyId)
    {
        var said = await db.Referrals.Where(r => r.FamilyId == familyId).OrderByDescending(r => r.SubmittedAt)
            .Select(r => (MeetingPreference?)r.MeetingPreference).FirstOrDefaultAsync();
        return said == MeetingPreference.FaceToFace ? DeliveryMode.FaceToFace : DeliveryMode.Online;
    }

    /// <summary>A new room from the configured base URL, or null when none is configured.</summary>
    public static string? NewVideoLink(SessionOptions options) =>
        string.IsNullOrWhiteSpace(options.VideoRoomBaseUrl)
            ? null
            : options.VideoRoomBaseUrl.Trim() + RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyz23456789", 16);

    /// <summary>The checks a clinician's choice of how to meet must pass, as form errors under "Input.".</summary>
    public static void Check(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, DeliveryMode? mode, string? place, string? videoLink)
    {
        if (mode is null || !Enum.IsDefined(mode.Value)) modelState.AddModelError("Input.Mode", "Choose online or face to face");
        if (mode == DeliveryMode.FaceToFace && string.IsNullOrWhiteSpace(place)) modelState.AddModelError("Input.Place", "Enter where the session will be");
        if (mode == DeliveryMode.Online && !string.IsNullOrWhiteSpace(videoLink) && !WebAddress.IsValid(videoLink))
            modelState.AddModelError("Input.VideoLink", "Enter the video link as a web address starting https://");
    }

    public static string Describe(DeliveryMode mode, string? place) => mode == DeliveryMode.FaceToFace
        ? place is null ? "face to face, the place to be confirmed" : $"face to face at {place}"
        : "online, by video call";
}
