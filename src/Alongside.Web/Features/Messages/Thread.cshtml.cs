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

    public async Task<IActionResult> OnGetAsync(Guid id, int earlier = 0)
    {
        if (!await LoadAsync(id, earlier)) return NotFound();
        var me = User.Id();
        var now = clock.GetUtcNow();
        var read = await db.MessageThreadReads.SingleOrDefaultAsync(r => r.ThreadId == id && r.UserId == me);
        if (read is null) db.MessageThreadReads.Add(new MessageThreadRead { ThreadId = id, UserId = me, ReadUpTo = now });
        else read.ReadUpTo = now;
        if (!IsCarer) await audit.AddAsync("read", "MessageThread", id, Thread!.FamilyId, "Read messages");
        await db.SaveChangesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id, 0)) return NotFound();
        var attachment = await MessageSending.ReadAttachmentAsync(Attachment, ModelState, nameof(Attachment));
        if (!ModelState.IsValid) return Page();
        var risk = await sending.AddAsync(Thread!, User.Id(), Body!, attachment);
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
        var me = User.Id();
        Thread = await db.ThreadsFor(me).SingleOrDefaultAsync(t => t.Id == id);
        if (Thread is null) return false;
        FamilyName = await db.Families.Where(f => f.Id == Thread.FamilyId).Select(f => f.Name).SingleAsync();
        IsCarer = await db.FamilyCarers.AnyAsync(c => c.FamilyId == Thread.FamilyId && c.UserId == me);
        Earlier = Math.Clamp(earlier, 0, 10_000);
        var rows = await db.Messages.Where(m => m.ThreadId == id).OrderByDescending(m => m.SentAt)
            .Skip(Earlier * PageSize).Take(PageSize + 1)
            .Select(m => new Row(m.Id, m.Sender!.DisplayName, m.SenderUserId == me, m.Body, m.SentAt, m.RiskFlagged)).ToListAsync();
        HasEarlier = rows.Count > PageSize;
        Messages = rows.Take(PageSize).Reverse().ToList();
        var ids = Messages.Select(m => m.Id).ToList();
        Attachments = (await db.MessageAttachments.Where(a => ids.Contains(a.MessageId))
            .Select(a => new { a.Id, a.MessageId, a.FileName, a.ContentType, a.SizeBytes }).ToListAsync())
            .Select(a => new AttachmentRow(a.Id, a.MessageId, UploadRules.Download(a.FileName, a.ContentType).Name, a.SizeBytes)).ToLookup(a => a.MessageId);
        return true;
    }
}
