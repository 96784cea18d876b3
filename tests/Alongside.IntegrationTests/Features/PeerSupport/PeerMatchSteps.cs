using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.PeerSupport;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.PeerSupport;

/// <summary>Helpers for the match tests, not tests: a peer support organisation's people, signed in, and requests as the pages make them.</summary>
public static class PeerMatchSteps
{
    public static async Task<HttpClient> SignedInAsync(this AlongsideApp app, Person person)
    {
        var browser = app.NewBrowser();
        await browser.SignInAsync(person);
        return browser;
    }

    /// <summary>A supporter with a saved profile (online, with room for <paramref name="capacity"/>), named so pages can be read.</summary>
    public static async Task<(Person Person, HttpClient Browser)> SupporterAsync(this AlongsideApp app, Organisation org, string name, string experience = "AdoptiveParents", string languages = "", int capacity = 3)
    {
        var person = await app.CreateStaffAsync(org, Role.PeerSupporter);
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == person.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, name)));
        var browser = await app.SignedInAsync(person);
        var saved = await browser.PostFormAsync("/peer", new Dictionary<string, string>
        {
            ["Input.Experience"] = experience,
            ["Input.Languages"] = languages,
            ["Input.Near"] = "M1",
            ["Input.InPerson"] = "true",
            ["Input.Online"] = "true",
            ["Input.Availability"] = "Evenings",
            ["Input.Capacity"] = capacity.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        return (person, browser);
    }

    /// <summary>The parent asks the organisation for a supporter on the page; the request's id.</summary>
    public static async Task<Guid> AskAsync(this AlongsideApp app, HttpClient parent, Guid familyId, Organisation org)
    {
        var asked = await parent.PostFormAsync("/family/peer-support", new Dictionary<string, string>
        {
            ["Input.OrganisationId"] = org.Id.ToString(),
            ["Input.Needs"] = "AdoptiveParents",
            ["Input.InPerson"] = "true",
            ["Input.Online"] = "true",
            ["Input.Near"] = "M1",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, asked.StatusCode);
        return await app.WithDbAsync(db => db.PeerSupportRequests.Where(r => r.FamilyId == familyId).OrderByDescending(r => r.RequestedAt).Select(r => r.Id).FirstAsync());
    }

    /// <summary>The coordinator proposes a supporter on the match page.</summary>
    public static Task<HttpResponseMessage> ProposeAsync(this HttpClient coordinator, Guid requestId, Guid supporterId) =>
        coordinator.PostFormAsync($"/peer/requests/{requestId}?supporterId={supporterId}", new Dictionary<string, string>(), tokenFrom: $"/peer/requests/{requestId}");

    /// <summary>The parent answers or ends on their page: handler Accept, Decline or End.</summary>
    public static Task<HttpResponseMessage> AnswerAsync(this HttpClient parent, string handler, Guid requestId, string? endReason = null)
    {
        var form = new Dictionary<string, string> { ["requestId"] = requestId.ToString() };
        if (endReason is not null) form["endReason"] = endReason;
        return parent.PostFormAsync($"/family/peer-support?handler={handler}", form, tokenFrom: "/family/peer-support");
    }

    /// <summary>The supporter or a coordinator ends the match on its page.</summary>
    public static Task<HttpResponseMessage> EndAsync(this HttpClient staff, Guid requestId, string? endReason, string? tokenFrom = null)
    {
        var form = new Dictionary<string, string>();
        if (endReason is not null) form["endReason"] = endReason;
        return staff.PostFormAsync($"/peer/parents/{requestId}?handler=End", form, tokenFrom: tokenFrom ?? $"/peer/parents/{requestId}");
    }

    /// <summary>Arranged: a match already on, as if proposed and accepted <paramref name="daysAgo"/> days ago. The journeys walk the real steps.</summary>
    public static async Task<Guid> MatchedAsync(this AlongsideApp app, Organisation org, Guid familyId, Guid supporterId, int daysAgo = 0)
    {
        var request = new PeerSupportRequest
        {
            OrganisationId = org.Id,
            FamilyId = familyId,
            Needs = GroupAudience.AdoptiveParents,
            WantsOnline = true,
            RequestedAt = app.Now.AddDays(-daysAgo - 1),
            Status = PeerRequestStatus.Matched,
            SupporterUserId = supporterId,
            MatchedAt = app.Now.AddDays(-daysAgo - 1),
            AcceptedAt = app.Now.AddDays(-daysAgo),
        };
        await app.WithDbAsync(async db => { db.PeerSupportRequests.Add(request); return await db.SaveChangesAsync(); });
        return request.Id;
    }

    public static Task<PeerSupportRequest> RequestAsync(this AlongsideApp app, Guid requestId) =>
        app.WithDbAsync(db => db.PeerSupportRequests.AsNoTracking().SingleAsync(r => r.Id == requestId));

    /// <summary>Emails queued to an address with a subject: the outbox is the proof of what was not sent, which the mailbox cannot give.</summary>
    public static Task<int> QueuedAsync(this AlongsideApp app, string to, string subject) =>
        app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == to && m.Subject == subject));
}
