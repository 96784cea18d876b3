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

    /// <summary>
    /// The hint beside a clinician's video link box. It promises a room only when a video service is
    /// configured to make one; otherwise it says so and asks for the link.
    /// </summary>
    public static string VideoLinkHint(SessionOptions options, bool changing) =>
        string.IsNullOrWhiteSpace(options.VideoRoomBaseUrl)
            ? changing
                ? "No video service is set up here, so no room can be made. Paste the link to the call, starting https://, or leave empty to keep the current one."
                : "No video service is set up here, so no room can be made. Paste the link to the call, starting https://. Left empty, the family is told you will send the link."
            : changing
                ? "Starting https://. Leave empty to keep the current room, or to make one if there is none."
                : "Paste a link starting https://, or leave empty for a new room to be made.";

    /// <summary>The checks a clinician's choice of how to meet must pass, as form errors under "Input.".</summary>
    public static void Check(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, DeliveryMode? mode, string? place, string? videoLink)
    {
        if (mode is null || !Enum.IsDefined(mode.Value)) modelState.AddModelError("Input.Mode", "Choose online or face to face");
        if (mode == DeliveryMode.FaceToFace && string.IsNullOrWhiteSpace(place)) modelState.AddModelError("Input.Place", "Enter where the session will be");
        if (mode == DeliveryMode.Online && !string.IsNullOrWhiteSpace(videoLink) && !WebAddress.IsValid(videoLink))
            modelState.AddModelError("Input.VideoLink", "Enter the video link as a web address starting https://");
    }

    public static string Describe(DeliveryMode mode, string? place) => DeliveryDescription.Describe(mode, place);
}
