namespace Alongside.Web.Infrastructure.Notices;

/// <summary>
/// The one way to tell someone something by email: render the notice and queue it in the
/// caller's unit of work, so it is sent if, and only if, the change that caused it is saved.
/// </summary>
public sealed class Notices(Outbox outbox, NoticeRenderer renderer)
{
    public void Send(Recipient to, Notice notice)
    {
        var rendered = renderer.Render(notice, to.Name);
        outbox.Enqueue(to.Email, to.Name, rendered.Subject, rendered.Text, rendered.Html);
    }

    public void Send(IEnumerable<Recipient> recipients, Notice notice)
    {
        foreach (var to in recipients) Send(to, notice);
    }

    /// <summary>
    /// Sends unless the person was sent the same subject within the window, so a burst (a busy
    /// conversation, someone registering with another's address again and again) becomes one email.
    /// </summary>
    public async Task SendAtMostOnceWithinAsync(TimeSpan window, IEnumerable<Recipient> recipients, Notice notice)
    {
        foreach (var to in recipients)
        {
            if (!await outbox.QueuedSinceAsync(to.Email, notice.Subject, window)) Send(to, notice);
        }
    }
}
