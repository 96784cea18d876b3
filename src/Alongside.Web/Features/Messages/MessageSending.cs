using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Alongside.Web.Features.Messages;

/// <summary>
/// Adds a message (and its checked attachment) to a thread, tells the other side by email without
/// the content, and raises the alarm when a carer's words signal risk. The caller saves.
/// </summary>
public sealed class MessageSending(AlongsideDbContext db, Notices notices, RiskAlerts riskAlerts, Microsoft.Extensions.Options.IOptions<UrgentHelpOptions> urgentHelp, TimeProvider clock)
{
    public const int MaxBodyLength = 8000;

    /// <summary>Reads and checks an optional attachment; adds a model error and returns null when it is refused.</summary>
    public static async Task<(string Name, string Type, byte[] Bytes)?> ReadAttachmentAsync(IFormFile? file, ModelStateDictionary modelState, string key)
    {
        if (file is null || file.Length == 0) return null;
        var name = UploadRules.SafeName(file.FileName);
        if (file.Length > UploadRules.MaxBytes)
        {
            modelState.AddModelError(key, $"{name} must be smaller than 5 MB");
            return null;
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        var bytes = buffer.ToArray();
        var (storedName, type, error) = UploadRules.Check(file.FileName, bytes);
        if (error is not null)
        {
            modelState.AddModelError(key, error);
            return null;
        }
        return (storedName!, type!, bytes);
    }

    /// <returns>True when the words signal risk: the sender should see urgent help now.</returns>
    /// <param name="senderIsCarer">Whether the sender cares for the thread's family, when the caller already knows.</param>
    /// <param name="senderHasReadMarker">Whether the sender has a read marker on the thread, when the caller already knows.</param>
    public async Task<bool> AddAsync(MessageThread thread, Guid senderId, string body, (string Name, string Type, byte[] Bytes)? attachment,
        bool? senderIsCarer = null, bool? senderHasReadMarker = null)
    {
        var now = clock.GetUtcNow();
        var isCarer = senderIsCarer ?? await db.FamilyCarers.AnyAsync(c => c.FamilyId == thread.FamilyId && c.UserId == senderId);
        var risk = isCarer && RiskWords.Signal(body, urgentHelp.Value.RiskPhrases);
        var message = new Message { ThreadId = thread.Id, SenderUserId = senderId, Body = body.Trim(), SentAt = now, RiskFlagged = risk };
        db.Messages.Add(message);
        if (attachment is { } file)
        {
            db.MessageAttachments.Add(new MessageAttachment { MessageId = message.Id, FileName = file.Name, ContentType = file.Type, SizeBytes = file.Bytes.Length, Content = file.Bytes });
        }
        thread.LastMessageAt = now;
        // The sender has read everything up to their own message.
        if (senderHasReadMarker is { } hasMarker) db.MarkRead(thread.Id, senderId, hasMarker, now);
        else await db.MarkReadAsync(thread.Id, senderId, now);

        if (thread.PeerSupportRequestId is { } matchId)
        {
            await PeerAsync(thread, matchId, senderId, isCarer, risk);
            return risk;
        }
        await NotifyAsync(thread, senderId, isCarer);
        if (risk) await riskAlerts.RaiseForFamilyAsync(thread.FamilyId, "a message", $"/messages/{thread.Id}");
        return risk;
    }

    /// <summary>
    /// A peer support message: the other side is told (the supporter while the match is on, or the
    /// family's other carers), never the care team; a carer's risk words alert the supervisors of the
    /// match's organisation (its admins when it has no supervisor), who read the thread.
    /// </summary>
    private async Task PeerAsync(MessageThread thread, Guid matchId, Guid senderId, bool senderIsCarer, bool risk)
    {
        var match = await db.PeerSupportRequests.Where(r => r.Id == matchId)
            .Select(r => new { r.OrganisationId, Supporter = r.Status == PeerRequestStatus.Matched ? r.SupporterUserId : null }).SingleAsync();
        List<Recipient> recipients = [];
        if (!senderIsCarer) recipients = await FamilyRecipients.CarersAsync(db, thread.FamilyId, except: senderId);
        else if (match.Supporter is { } supporter && await FamilyRecipients.PersonAsync(db, supporter) is { } person) recipients.Add(person);
        await notices.SendAtMostOnceWithinAsync(TimeSpan.FromMinutes(15), recipients, new NewMessageNotice(thread.Id));
        if (!risk) return;
        var supervisors = await FamilyRecipients.StaffAsync(db, match.OrganisationId, Role.Supervisor, Role.Supervisor);
        var told = "the peer support supervisors";
        if (supervisors.Count == 0)
        {
            supervisors = await FamilyRecipients.StaffAsync(db, match.OrganisationId, Role.Admin, Role.Admin);
            told = supervisors.Count == 0 ? "the peer support organisation's admins (none found)" : "the peer support organisation's admins";
        }
        await riskAlerts.RaiseForOrganisationAsync(match.OrganisationId, thread.FamilyId, supervisors, told, "a message to their peer supporter", $"/messages/{thread.Id}");
    }

    private async Task NotifyAsync(MessageThread thread, Guid senderId, bool senderIsCarer)
    {
        var recipients = senderIsCarer
            ? await FamilyRecipients.CareTeamAsync(db, thread.FamilyId)
            : await FamilyRecipients.CarersAsync(db, thread.FamilyId, except: senderId);
        // One email per person per quarter hour, however busy the conversation (or a flood of messages).
        await notices.SendAtMostOnceWithinAsync(TimeSpan.FromMinutes(15), recipients, new NewMessageNotice(thread.Id));
    }
}
