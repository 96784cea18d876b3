namespace Alongside.Web.Infrastructure.Notices;

/// <summary>
/// The one way to tell someone something by email: render the notice and queue it in the
/// caller's unit of work, so it is sent if, and only if, the change that caused it is saved.
/// Here, and only here, a person's choice of emails is obeyed: an essential notice always goes;
/// any other is skipped for an account holder who turned its category off, so no feature can
/// forget to ask.
/// </summary>
public sealed class Notices(Outbox outbox, NoticeRenderer renderer, INoticePreferences preferences)
{
    public Task SendAsync(Recipient to, Notice notice) => SendAsync([to], notice);

    public async Task SendAsync(IEnumerable<Recipient> recipients, Notice notice)
    {
        foreach (var (to, accountHolder) in await WantedAsync(recipients.ToList(), notice.Category)) Queue(to, notice, accountHolder);
    }

    /// <summary>
    /// Several notices for one change (the clinician's and the family's, say), with one look-up of
    /// email choices per category rather than one per notice.
    /// </summary>
    public async Task SendEachAsync(params (IReadOnlyList<Recipient> To, Notice Notice)[] sends)
    {
        foreach (var category in sends.GroupBy(s => s.Notice.Category))
        {
            var wanted = (await WantedAsync([.. category.SelectMany(s => s.To)], category.Key))
                .DistinctBy(w => w.To.Email, StringComparer.Ordinal).ToDictionary(w => w.To.Email, w => w.AccountHolder, StringComparer.Ordinal);
            foreach (var (to, notice) in category)
            {
                foreach (var person in to)
                {
                    if (wanted.TryGetValue(person.Email, out var accountHolder)) Queue(person, notice, accountHolder);
                }
            }
        }
    }

    /// <summary>
    /// Sends unless the person was sent the same subject within the window, so a burst (a busy
    /// conversation, someone registering with another's address again and again) becomes one email.
    /// </summary>
    public async Task SendAtMostOnceWithinAsync(TimeSpan window, IEnumerable<Recipient> recipients, Notice notice)
    {
        var wanted = await WantedAsync(recipients.ToList(), notice.Category);
        var sentLately = await outbox.QueuedWithinAsync([.. wanted.Select(w => w.To.Email).Distinct(StringComparer.Ordinal)], notice.Subject, window);
        foreach (var (to, accountHolder) in wanted)
        {
            if (sentLately.Add(to.Email)) Queue(to, notice, accountHolder);
        }
    }

    /// <summary>The recipients who get this notice, each with whether they have an account (and so a page to change their choice on).</summary>
    private async Task<List<(Recipient To, bool AccountHolder)>> WantedAsync(List<Recipient> recipients, NoticeCategory category)
    {
        if (recipients.Count == 0) return [];
        if (category == NoticeCategory.Essential) return [.. recipients.Select(r => (r, false))];
        var accounts = await preferences.LookUpAsync([.. recipients.Select(r => r.Email)], category);
        return [.. recipients
            .Where(r => !accounts.TryGetValue(r.Email, out var turnedOff) || !turnedOff)
            .Select(r => (r, accounts.ContainsKey(r.Email)))];
    }

    private void Queue(Recipient to, Notice notice, bool withChoiceLink)
    {
        var rendered = renderer.Render(notice, to.Name, withChoiceLink);
        outbox.Enqueue(to.Email, to.Name, rendered.Subject, rendered.Text, rendered.Html);
    }
}
