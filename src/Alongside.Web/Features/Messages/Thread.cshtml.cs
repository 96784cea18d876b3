using System.ComponentModel.DataAnnotations;
using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Messages;

/// <summary>One conversation: the latest messages, older ones a page at a time, and a reply box.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class ThreadModel(AlongsideDbContext db, MessageSending sending, AuditLog audit, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    public sealed record AttachmentRow(Guid Id, Guid MessageId, string FileName, long SizeBytes);

    public sealed record Row(Guid Id, string Sender, bool Mine, string Body, DateTimeOffset SentAt, bool RiskFlagged);

    [BindProperty]
    [Required(ErrorMessage = "Write your reply")]
    [StringLength(MessageSending.MaxBodyLength, ErrorMessage = "Your reply must be 8,000 characters or fewer")]
    public string? Body { get; set; }

    [BindProperty]
    public IFormFile? Attachment { get; set; }

    public MessageThread? Thread { get; private set; }
    public string FamilyName { get; private set; } = "";
    public IReadOnlyList<Row> Messages { get; private set; } = [];
    public ILookup<Guid, AttachmentRow> Attachments { get; private set; } = Array.Empty<AttachmentRow>().ToLookup(a => a.MessageId);
    public bool HasEarlier { get; private set; }
    public int Earlier { get; private set; }
    public bool IsCarer { get; private set; }

    /// <summary>A peer support thread: who the supporter is, their organisation, and who is reading.</summary>
    public sealed record PeerView(string Organisation, string Supporter, bool MatchOn, bool IsSupporter);

    public PeerView? Peer { get; private set; }

    /// <summary>
    /// A care team thread: everyone who reads it. A peer thread: the family's carers and the supporter
    /// while the match is on; never the supervisors, who only read.
    /// </summary>
    public bool CanWrite => Peer is null || (Peer.MatchOn && (IsCarer || Peer.IsSupporter));

    public const string SupportEnded = "This support has ended, so you cannot send messages here. You can still read them.";

    public async Task<IActionResult> OnGetAsync(Guid id, int earlier = 0)
    {
        if (!await LoadAsync(id, earlier)) return NotFound();
        // The marker and the audit entry come from facts the access query already read, and are saved together.
        db.MarkRead(id, User.Id(), found!.HasMarker, clock.GetUtcNow());
        if (!IsCarer) audit.Add("read", "MessageThread", id, Thread!.FamilyId, "Read messages", found.ActorPlaces, found.FamilyOrganisations);
        await db.SaveChangesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        // A reply needs only the thread; the page's messages are read again only to show an error.
        if (!await AccessAsync(id)) return NotFound();
        // A supervisor reads a peer thread but never writes in it.
        if (Peer is not null && !IsCarer && !Peer.IsSupporter) return NotFound();
        if (!CanWrite)
        {
            ModelState.AddModelError(string.Empty, SupportEnded);
            await ListAsync(id, 0);
            return Page();
        }
        var attachment = await MessageSending.ReadAttachmentAsync(Attachment, ModelState, nameof(Attachment));
        if (!ModelState.IsValid)
        {
            await ListAsync(id, 0);
            return Page();
        }
        var risk = await sending.AddAsync(Thread!, User.Id(), Body!, attachment, senderIsCarer: IsCarer, senderHasReadMarker: found!.HasMarker);
        await db.SaveChangesAsync();
        if (risk) TempData["UrgentHelp"] = true;
        this.Flash("Your message is sent");
        return Redirect($"/messages/{id}#latest");
    }

    public async Task<IActionResult> OnGetAttachmentAsync(Guid id, Guid attachmentId)
    {
        var me = User.Id();
        var file = await db.MessageAttachments
            .Where(a => a.Id == attachmentId && db.Messages.Any(m => m.Id == a.MessageId && m.ThreadId == id && db.ThreadsFor(me).Any(t => t.Id == id)))
            .SingleOrDefaultAsync();
        if (file is null) return NotFound();
        if (!await db.FamilyCarers.AnyAsync(c => c.UserId == me && db.MessageThreads.Any(t => t.Id == id && t.FamilyId == c.FamilyId)))
        {
            var familyId = await db.MessageThreads.Where(t => t.Id == id).Select(t => t.FamilyId).SingleAsync();
            await audit.RecordReadAsync("MessageAttachment", file.Id, familyId, "Downloaded a file sent in messages");
        }
        var (name, type) = UploadRules.Download(file.FileName, file.ContentType);
        return File(file.Content, type, name);
    }

    private async Task<bool> LoadAsync(Guid id, int earlier)
    {
        if (!await AccessAsync(id)) return false;
        await ListAsync(id, earlier);
        return true;
    }

    /// <summary>What the access query found beyond the thread: the reader's marker, and what an audit entry of the read needs.</summary>
    private sealed record Found(bool HasMarker, List<AuditLog.StaffPlace> ActorPlaces, List<Guid> FamilyOrganisations);

    private Found? found;

    /// <summary>
    /// The thread if the person reads it, its family's name, whether they are its carer, whether they
    /// have read it before and, for the audit entry, their staff roles and the organisations working
    /// with the family: one query.
    /// </summary>
    private async Task<bool> AccessAsync(Guid id)
    {
        var me = User.Id();
        // The reader's own row is joined so the audit's subquery can be tied to it (see AuditLog.ActorPlaces).
        var row = await db.ThreadsFor(me).Where(t => t.Id == id)
            .SelectMany(t => db.Users.Where(u => u.Id == me), (t, reader) => new
            {
                Thread = t,
                Family = db.Families.Where(f => f.Id == t.FamilyId).Select(f => f.Name).First(),
                IsCarer = db.FamilyCarers.Any(c => c.FamilyId == t.FamilyId && c.UserId == me),
                Organisation = db.PeerSupportRequests.Where(r => r.Id == t.PeerSupportRequestId)
                    .Select(r => db.Organisations.Where(o => o.Id == r.OrganisationId).Select(o => o.Name).FirstOrDefault()).FirstOrDefault(),
                Supporter = db.PeerSupportRequests.Where(r => r.Id == t.PeerSupportRequestId)
                    .Select(r => db.Users.Where(u => u.Id == r.SupporterUserId).Select(u => u.DisplayName).FirstOrDefault()).FirstOrDefault(),
                MatchOn = db.PeerSupportRequests.On().Any(r => r.Id == t.PeerSupportRequestId),
                IsSupporter = db.PeerSupportRequests.On().Any(r => r.Id == t.PeerSupportRequestId && r.SupporterUserId == me),
                HasMarker = db.MessageThreadReads.Any(r => r.ThreadId == t.Id && r.UserId == me),
                ActorPlaces = audit.ActorPlaces().Where(p => p.UserId == reader.Id).ToList(),
                FamilyOrganisations = db.FamilyOrganisations.Where(fo => fo.FamilyId == t.FamilyId).Select(fo => fo.OrganisationId).ToList(),
            })
            .AsSingleQuery().SingleOrDefaultAsync();
        if (row is null) return false;
        (Thread, FamilyName, IsCarer) = (row.Thread, row.Family, row.IsCarer);
        found = new Found(row.HasMarker, row.ActorPlaces, row.FamilyOrganisations);
        if (row.Thread.PeerSupportRequestId is not null)
        {
            Peer = new PeerView(row.Organisation ?? "", row.Supporter ?? "Former member", row.MatchOn, row.IsSupporter);
        }
        return true;
    }

    /// <summary>A page of messages, each with its attachments' names: one query.</summary>
    private async Task ListAsync(Guid id, int earlier)
    {
        var me = User.Id();
        Earlier = Math.Clamp(earlier, 0, 10_000);
        var rows = await db.Messages.Where(m => m.ThreadId == id).OrderByDescending(m => m.SentAt).ThenBy(m => m.Id)
            .Skip(Earlier * PageSize).Take(PageSize + 1)
            .Select(m => new
            {
                Row = new Row(m.Id, m.Sender!.DisplayName, m.SenderUserId == me, m.Body, m.SentAt, m.RiskFlagged),
                Files = db.MessageAttachments.Where(a => a.MessageId == m.Id).OrderBy(a => a.Id)
                    .Select(a => new { a.Id, a.FileName, a.ContentType, a.SizeBytes }).ToList(),
            })
            .AsSingleQuery().ToListAsync();
        HasEarlier = rows.Count > PageSize;
        var shown = rows.Take(PageSize).Reverse().ToList();
        Messages = shown.Select(m => m.Row).ToList();
        Attachments = shown.SelectMany(m => m.Files.Select(a => new AttachmentRow(a.Id, m.Row.Id, UploadRules.Download(a.FileName, a.ContentType).Name, a.SizeBytes)))
            .ToLookup(a => a.MessageId);
    }
}
