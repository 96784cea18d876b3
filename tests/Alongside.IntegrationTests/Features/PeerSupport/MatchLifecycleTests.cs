using System.Net;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.PeerSupport;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Features.PeerSupport;

/// <summary>
/// The whole life of a match: a coordinator proposes, the parent reads about the supporter and
/// says yes or no before any contact, and the parent, the supporter or a coordinator ends it with
/// a reason. Each denial leaves the record as it was.
/// </summary>
public abstract class MatchLifecycleTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private static Dictionary<string, string> Contact(string topics) => new()
    {
        ["Contact.Date"] = "2026-01-01",
        ["Contact.Mode"] = "Phone",
        ["Contact.Topics"] = topics,
        ["Contact.Note"] = "",
    };

    [Fact]
    public async Task The_parent_reads_about_the_proposed_supporter_and_contact_starts_only_after_their_yes()
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var coordinator = await app.SignedInAsync(await app.CreateStaffAsync(org, Role.Supervisor));
        var (jo, joBrowser) = await app.SupporterAsync(org, "Jo Proposed", experience: "AdoptiveParents", languages: "Polish, Urdu");
        var (parent, familyId) = await app.CreateParentAsync();
        var family = await app.SignedInAsync(parent);
        var requestId = await app.AskAsync(family, familyId, org);

        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.ProposeAsync(requestId, jo.Id)).StatusCode);
        var proposed = await app.RequestAsync(requestId);
        Assert.Equal((PeerRequestStatus.Proposed, jo.Id, (DateTimeOffset?)null), (proposed.Status, proposed.SupporterUserId, proposed.AcceptedAt));
        var email = await app.Mail.WaitForAsync(parent.Email, "A peer supporter who may suit you");
        Assert.DoesNotContain("Jo Proposed", email.TextBody);
        Assert.Equal(0, await app.QueuedAsync(jo.Email, "You have been matched with a parent")); // nobody tells the supporter before the parent's yes

        var page = Html.Parse(await family.GetPageAsync("/family/peer-support"));
        Assert.Equal("Would you like Jo Proposed to support you?", page.Text("h2"));
        var about = page.SummaryRows();
        Assert.Equal("Adoptive parents", about["Has lived through"]);
        Assert.Equal("English, Polish, Urdu", about["Languages"]);
        Assert.StartsWith("In person or by phone or video", about["How they meet"]);
        Assert.DoesNotContain("M1", about["How they meet"]); // how far, never where the supporter lives

        // While only proposed, the supporter reaches nothing: no page, no contact, no concern, not on their list.
        var matchPage = $"/peer/parents/{requestId}";
        Assert.Equal(HttpStatusCode.NotFound, (await joBrowser.GetAsync(matchPage)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await joBrowser.PostFormAsync(matchPage, Contact("Too early"), tokenFrom: "/peer")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await joBrowser.PostFormAsync($"{matchPage}?handler=Concern", new Dictionary<string, string> { ["description"] = "Too early" }, tokenFrom: "/peer")).StatusCode);
        Assert.DoesNotContain(matchPage, await joBrowser.GetPageAsync("/peer"));
        Assert.Contains("Waiting for the family", await coordinator.GetPageAsync("/peer/requests"));

        // Another family's parent cannot answer for them.
        var (otherParent, _) = await app.CreateParentAsync();
        var other = await app.SignedInAsync(otherParent);
        Assert.Equal(HttpStatusCode.NotFound, (await other.AnswerAsync("Accept", requestId)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.AnswerAsync("Decline", requestId)).StatusCode);
        Assert.Equal(PeerRequestStatus.Proposed, (await app.RequestAsync(requestId)).Status);

        Assert.Equal(HttpStatusCode.Redirect, (await family.AnswerAsync("Accept", requestId)).StatusCode);
        var accepted = await app.RequestAsync(requestId);
        Assert.Equal(PeerRequestStatus.Matched, accepted.Status);
        Assert.NotNull(accepted.AcceptedAt);
        var told = await app.Mail.WaitForAsync(jo.Email, "You have been matched with a parent");
        Assert.Contains(matchPage, told.TextBody);
        Assert.Contains("Your peer supporter is <strong>Jo Proposed</strong>", await family.GetPageAsync("/family/peer-support"));

        Assert.Equal(HttpStatusCode.Redirect, (await joBrowser.PostFormAsync(matchPage, Contact("First call"))).StatusCode);
        Assert.Contains("First call", await family.GetPageAsync("/family/peer-support"));
        // A second yes answers nothing and changes nothing.
        Assert.Equal(HttpStatusCode.Redirect, (await family.AnswerAsync("Accept", requestId)).StatusCode);
        Assert.Equal(accepted.AcceptedAt, (await app.RequestAsync(requestId)).AcceptedAt);
        Assert.Equal(1, await app.QueuedAsync(jo.Email, "You have been matched with a parent"));
    }

    [Fact]
    public async Task A_supporter_the_parent_says_no_to_is_never_proposed_again_for_that_request()
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var supervisor = await app.CreateStaffAsync(org, Role.Supervisor);
        var coordinator = await app.SignedInAsync(supervisor);
        var (best, bestBrowser) = await app.SupporterAsync(org, "Best Fit", experience: "AdoptiveParents");
        var (next, _) = await app.SupporterAsync(org, "Next Fit", experience: "FosterCarers");
        var (parent, familyId) = await app.CreateParentAsync();
        var family = await app.SignedInAsync(parent);
        var requestId = await app.AskAsync(family, familyId, org);
        var ranking = await coordinator.GetPageAsync($"/peer/requests/{requestId}");
        Assert.True(ranking.IndexOf($"supporterId={best.Id}", StringComparison.Ordinal) < ranking.IndexOf($"supporterId={next.Id}", StringComparison.Ordinal), "the better fit first");

        await coordinator.ProposeAsync(requestId, best.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await family.AnswerAsync("Decline", requestId)).StatusCode);
        var declined = await app.RequestAsync(requestId);
        Assert.Equal((PeerRequestStatus.Open, (Guid?)null, (Guid?)best.Id), (declined.Status, declined.SupporterUserId, declined.DeclinedSupporterUserId));
        var email = await app.Mail.WaitForAsync(supervisor.Email, "A parent would like a different peer supporter");
        Assert.DoesNotContain("Best Fit", email.TextBody);
        Assert.Equal(0, await app.QueuedAsync(best.Email, "You have been matched with a parent"));
        Assert.Contains("asked for a peer supporter on", await family.GetPageAsync("/family/peer-support"));
        Assert.Equal(HttpStatusCode.NotFound, (await bestBrowser.GetAsync($"/peer/parents/{requestId}")).StatusCode);

        var again = await coordinator.GetPageAsync($"/peer/requests/{requestId}");
        Assert.DoesNotContain($"supporterId={best.Id}", again);
        Assert.Contains($"supporterId={next.Id}", again);
        Assert.Contains("The family said no to Best Fit", again);
        // Sent anyway, it is refused with a message and nothing changes.
        var forced = await coordinator.ProposeAsync(requestId, best.Id);
        Assert.Contains("the parent has said no to them", await forced.Content.ReadAsStringAsync());
        Assert.Equal(PeerRequestStatus.Open, (await app.RequestAsync(requestId)).Status);

        await coordinator.ProposeAsync(requestId, next.Id);
        Assert.Equal((PeerRequestStatus.Proposed, (Guid?)next.Id), ((await app.RequestAsync(requestId)).Status, (await app.RequestAsync(requestId)).SupporterUserId));

        // A second no: both are remembered, so the first is not brought back.
        Assert.Equal(HttpStatusCode.Redirect, (await family.AnswerAsync("Decline", requestId)).StatusCode);
        var third = await coordinator.GetPageAsync($"/peer/requests/{requestId}");
        Assert.DoesNotContain($"supporterId={best.Id}", third);
        Assert.DoesNotContain($"supporterId={next.Id}", third);
        Assert.Contains("The family said no to Best Fit and Next Fit", third);
        Assert.Equal(2, await app.WithDbAsync(db => db.PeerSupportDeclines.CountAsync(d => d.RequestId == requestId)));
    }

    [Fact]
    public async Task A_proposal_holds_a_place_and_an_ended_match_frees_it()
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var coordinator = await app.SignedInAsync(await app.CreateStaffAsync(org, Role.Supervisor));
        var (only, onlyBrowser) = await app.SupporterAsync(org, "Only Place", capacity: 1);
        var (firstParent, firstFamily) = await app.CreateParentAsync();
        var first = await app.SignedInAsync(firstParent);
        var firstRequest = await app.AskAsync(first, firstFamily, org);
        var (secondParent, secondFamily) = await app.CreateParentAsync();
        var second = await app.SignedInAsync(secondParent);
        var secondRequest = await app.AskAsync(second, secondFamily, org);

        await coordinator.ProposeAsync(firstRequest, only.Id);
        Assert.DoesNotContain($"supporterId={only.Id}", await coordinator.GetPageAsync($"/peer/requests/{secondRequest}")); // proposed: no room
        await first.AnswerAsync("Accept", firstRequest);
        Assert.DoesNotContain($"supporterId={only.Id}", await coordinator.GetPageAsync($"/peer/requests/{secondRequest}")); // matched: no room
        Assert.Equal(HttpStatusCode.Redirect, (await onlyBrowser.EndAsync(firstRequest, nameof(MatchEndReason.GoalsMet))).StatusCode);
        Assert.Contains($"supporterId={only.Id}", await coordinator.GetPageAsync($"/peer/requests/{secondRequest}")); // ended: room again
    }

    [Fact]
    public async Task The_supporter_ends_the_match_with_a_reason_and_then_reaches_nothing_while_the_parent_may_ask_again()
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var coordinator = await app.SignedInAsync(await app.CreateStaffAsync(org, Role.Supervisor));
        var (supporter, supporterBrowser) = await app.SupporterAsync(org, "Sam Ending");
        var (_, unmatchedBrowser) = await app.SupporterAsync(org, "Not Theirs");
        var (parent, familyId) = await app.CreateParentAsync();
        var family = await app.SignedInAsync(parent);
        var requestId = await app.MatchedAsync(org, familyId, supporter.Id);
        var page = $"/peer/parents/{requestId}";

        // Not theirs: a supporter of the same organisation, another family's parent. 404, and nothing changed.
        Assert.Equal(HttpStatusCode.NotFound, (await unmatchedBrowser.EndAsync(requestId, nameof(MatchEndReason.Other), tokenFrom: "/peer")).StatusCode);
        var (otherParent, _) = await app.CreateParentAsync();
        var other = await app.SignedInAsync(otherParent);
        Assert.Equal(HttpStatusCode.NotFound, (await other.AnswerAsync("End", requestId, nameof(MatchEndReason.Other))).StatusCode);
        // A reason is required, and a parent cannot say the supporter chose to stop.
        Assert.Contains("Choose why the support is ending", await (await supporterBrowser.EndAsync(requestId, null)).Content.ReadAsStringAsync());
        Assert.Contains("Choose why you would like to stop", await (await family.AnswerAsync("End", requestId, nameof(MatchEndReason.SupporterChose))).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await supporterBrowser.EndAsync(requestId, "99")).StatusCode); // not a reason at all: unreadable
        var untouched = await app.RequestAsync(requestId);
        Assert.Equal((PeerRequestStatus.Matched, (DateTimeOffset?)null, (MatchEndReason?)null), (untouched.Status, untouched.EndedAt, untouched.EndReason));

        // The End button asks first and says what will happen; asking changes nothing, and no reason gets the form's message.
        Assert.Contains("Choose why the support is ending", await supporterBrowser.GetPageAsync($"{page}?step=end"));
        Assert.Contains("Choose why the support is ending", await supporterBrowser.GetPageAsync($"{page}?step=end&endReason=Nope"));
        var confirm = Html.Parse(await supporterBrowser.GetPageAsync($"{page}?step=end&endReason={MatchEndReason.SupporterChose}"));
        Assert.StartsWith("End the peer support of", confirm.Text("h1"));
        Assert.Contains("The family is emailed that it has ended, not why.", confirm.Text("main"));
        Assert.Equal(nameof(MatchEndReason.SupporterChose), confirm.QuerySelector("form[action$='handler=End'] input[name='endReason']")?.GetAttribute("value"));
        Assert.Equal(PeerRequestStatus.Matched, (await app.RequestAsync(requestId)).Status);

        var ended = await supporterBrowser.EndAsync(requestId, nameof(MatchEndReason.SupporterChose), tokenFrom: $"{page}?step=end&endReason={MatchEndReason.SupporterChose}");
        Assert.Equal("/peer", Browser.Location(ended));
        var closed = await app.RequestAsync(requestId);
        Assert.Equal((PeerRequestStatus.Closed, (Guid?)supporter.Id, (MatchEndReason?)MatchEndReason.SupporterChose), (closed.Status, closed.EndedByUserId, closed.EndReason));
        Assert.NotNull(closed.EndedAt);
        var email = await app.Mail.WaitForAsync(parent.Email, "Your peer support has ended");
        Assert.DoesNotContain("chose", email.TextBody, StringComparison.OrdinalIgnoreCase); // that it ended, never why
        Assert.DoesNotContain("Sam Ending", email.TextBody);
        Assert.Equal(0, await app.QueuedAsync(supporter.Email, "A peer support match has ended")); // the one who ended it is not told

        Assert.Equal(HttpStatusCode.NotFound, (await supporterBrowser.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supporterBrowser.PostFormAsync(page, Contact("After the end"), tokenFrom: "/peer")).StatusCode);
        Assert.DoesNotContain(page, await supporterBrowser.GetPageAsync("/peer"));
        // The organisation keeps the record: the coordinator reads it, with why it ended, and cannot end it twice.
        var review = await coordinator.GetPageAsync(page);
        Assert.Contains("This match ended on", review);
        Assert.Contains("the peer supporter chose to stop", review);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.EndAsync(requestId, nameof(MatchEndReason.Other))).StatusCode);
        Assert.Equal(supporter.Id, (await app.RequestAsync(requestId)).EndedByUserId);

        var familyPage = await family.GetPageAsync("/family/peer-support");
        Assert.Contains("Your last peer support ended on", familyPage);
        Assert.Contains("Ask for a peer supporter", familyPage);
        var askedAgain = await app.AskAsync(family, familyId, org);
        Assert.NotEqual(requestId, askedAgain);
        Assert.Equal(PeerRequestStatus.Open, (await app.RequestAsync(askedAgain)).Status);
    }

    [Fact]
    public async Task The_parent_ends_their_peer_support_and_the_supporter_is_told_that_it_ended()
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var (supporter, supporterBrowser) = await app.SupporterAsync(org, "Pat Told");
        var (parent, familyId) = await app.CreateParentAsync();
        var family = await app.SignedInAsync(parent);
        var requestId = await app.MatchedAsync(org, familyId, supporter.Id);
        Assert.Contains("Stop my peer support", await family.GetPageAsync("/family/peer-support"));

        Assert.Equal(HttpStatusCode.Redirect, (await family.AnswerAsync("End", requestId, nameof(MatchEndReason.MovedToOtherSupport))).StatusCode);
        var closed = await app.RequestAsync(requestId);
        Assert.Equal((PeerRequestStatus.Closed, (Guid?)parent.Id, (MatchEndReason?)MatchEndReason.MovedToOtherSupport), (closed.Status, closed.EndedByUserId, closed.EndReason));
        var email = await app.Mail.WaitForAsync(supporter.Email, "A peer support match has ended");
        Assert.DoesNotContain("other support", email.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await app.QueuedAsync(parent.Email, "Your peer support has ended"));
        Assert.Equal(HttpStatusCode.NotFound, (await supporterBrowser.GetAsync($"/peer/parents/{requestId}")).StatusCode);
        // Ending again is not possible: the page says so and nothing changes.
        Assert.Equal(HttpStatusCode.Redirect, (await family.AnswerAsync("End", requestId, nameof(MatchEndReason.Other))).StatusCode);
        Assert.Equal(MatchEndReason.MovedToOtherSupport, (await app.RequestAsync(requestId)).EndReason);
    }

    [Fact]
    public async Task Two_ends_at_the_same_moment_end_the_match_once()
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var (supporter, supporterBrowser) = await app.SupporterAsync(org, "Both At Once");
        var (parent, familyId) = await app.CreateParentAsync();
        var family = await app.SignedInAsync(parent);
        var requestId = await app.MatchedAsync(org, familyId, supporter.Id);
        // Both forms are read first, so both posts arrive with the match still on.
        var supporterToken = Browser.Token(await supporterBrowser.GetPageAsync($"/peer/parents/{requestId}"));
        var familyToken = Browser.Token(await family.GetPageAsync("/family/peer-support"));

        var bySupporter = supporterBrowser.PostAsync($"/peer/parents/{requestId}?handler=End", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["endReason"] = nameof(MatchEndReason.NoContact),
            ["__RequestVerificationToken"] = supporterToken,
        }));
        var byParent = family.PostAsync("/family/peer-support?handler=End", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["requestId"] = requestId.ToString(),
            ["endReason"] = nameof(MatchEndReason.GoalsMet),
            ["__RequestVerificationToken"] = familyToken,
        }));
        var answers = await Task.WhenAll(bySupporter, byParent);
        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.NotFound, a.StatusCode.ToString()));

        var closed = await app.RequestAsync(requestId);
        Assert.Equal(PeerRequestStatus.Closed, closed.Status);
        Assert.Contains(closed.EndedByUserId, new Guid?[] { supporter.Id, parent.Id });
        Assert.Equal(closed.EndedByUserId == parent.Id ? MatchEndReason.GoalsMet : MatchEndReason.NoContact, closed.EndReason);
        // One end, so one email: to whichever side did not end it.
        var told = await app.QueuedAsync(supporter.Email, "A peer support match has ended") + await app.QueuedAsync(parent.Email, "Your peer support has ended");
        Assert.Equal(1, told);
    }

    [Fact]
    public async Task Coordinators_review_current_matches_oldest_first_and_end_one_and_nobody_else_can()
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var admin = await app.SignedInAsync(await app.CreateStaffAsync(org, Role.Admin));
        var (supporter, supporterBrowser) = await app.SupporterAsync(org, "Rev Iewed");
        var (olderParent, olderFamily) = await app.CreateParentAsync();
        var (newerParent, newerFamily) = await app.CreateParentAsync();
        var newer = await app.MatchedAsync(org, newerFamily, supporter.Id, daysAgo: 10);
        var older = await app.MatchedAsync(org, olderFamily, supporter.Id, daysAgo: 100);
        await supporterBrowser.PostFormAsync($"/peer/parents/{older}", Contact("Checking in"));
        var names = await app.WithDbAsync(db => db.Families.Where(f => f.Id == olderFamily || f.Id == newerFamily).ToDictionaryAsync(f => f.Id, f => f.Name));

        var rows = Html.Parse(await admin.GetPageAsync("/peer/requests")).TableRows("#current-matches");
        var mine = rows.Where(r => r[0].StartsWith(names[olderFamily], StringComparison.Ordinal) || r[0].StartsWith(names[newerFamily], StringComparison.Ordinal)).ToList();
        Assert.Equal(2, mine.Count);
        Assert.StartsWith(names[olderFamily], mine[0][0], StringComparison.Ordinal); // the longest-running first
        Assert.Equal("Rev Iewed", mine[0][1]);
        Assert.StartsWith("3 months", mine[0][2], StringComparison.Ordinal);
        Assert.Equal("1 January 2026", mine[0][3]);
        Assert.StartsWith("less than a month", mine[1][2], StringComparison.Ordinal);
        Assert.Equal("None logged", mine[1][3]);
        Assert.Contains($"/peer/parents/{older}", Html.Parse(await admin.GetPageAsync("/peer/requests")).Links("/peer/parents/"));

        // Another organisation's coordinator neither lists nor ends it.
        var elsewhere = await app.SignedInAsync(await app.CreateStaffAsync(await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation), Role.Supervisor));
        Assert.DoesNotContain(names[olderFamily], await elsewhere.GetPageAsync("/peer/requests"));
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.EndAsync(older, nameof(MatchEndReason.Other), tokenFrom: "/peer/requests")).StatusCode);
        Assert.Equal(PeerRequestStatus.Matched, (await app.RequestAsync(older)).Status);

        Assert.Equal("/peer/requests", Browser.Location(await admin.EndAsync(older, nameof(MatchEndReason.NoContact))));
        await app.Mail.WaitForAsync(olderParent.Email, "Your peer support has ended");
        await app.Mail.WaitForAsync(supporter.Email, "A peer support match has ended");
        var left = Html.Parse(await admin.GetPageAsync("/peer/requests")).TableRows("#current-matches").Select(r => r[0]).ToList();
        Assert.DoesNotContain(left, f => f.StartsWith(names[olderFamily], StringComparison.Ordinal));
        Assert.Contains(left, f => f.StartsWith(names[newerFamily], StringComparison.Ordinal));
        Assert.Equal(PeerRequestStatus.Matched, (await app.RequestAsync(newer)).Status);
        Assert.Equal(0, await app.QueuedAsync(newerParent.Email, "Your peer support has ended"));
    }
}

public sealed class MatchLifecycleTestsOnSqlite(SqliteApp app) : MatchLifecycleTests<SqliteApp>(app);

public sealed class MatchLifecycleTestsOnPostgres(PostgresApp app) : MatchLifecycleTests<PostgresApp>(app);
