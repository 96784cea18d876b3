using System.Net;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Groups;

namespace Alongside.IntegrationTests.Features.Groups;

public sealed record GroupSetup(Organisation Org, Guid GroupId, Person Facilitator, HttpClient FacilitatorBrowser);

public static class GroupSteps
{
    /// <summary>A monthly group in Manchester run by a new peer support organisation, its facilitator signed in.</summary>
    public static async Task<GroupSetup> GroupAsync(this AlongsideApp app, bool approveNewMembers = false)
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var facilitator = await app.CreateStaffAsync(org, Role.PeerSupporter);
        var group = new PeerGroup
        {
            OrganisationId = org.Id,
            Name = "Adopters' evening",
            Description = "For adoptive parents",
            Audiences = GroupAudience.AdoptiveParents,
            Format = GroupFormat.Hybrid,
            Recurrence = "FREQ=WEEKLY;BYDAY=MO",
            FirstMeeting = new DateOnly(2026, 1, 5),
            StartTime = new TimeOnly(19, 0),
            EndTime = new TimeOnly(21, 0),
            District = "M1",
            Latitude = 53.47747,
            Longitude = -2.23622,
            OnlineLink = "https://video.example.test/adopters-members-only",
            NewMembersPostsNeedApproval = approveNewMembers,
            CreatedAt = app.Now,
        };
        await app.WithDbAsync(async db =>
        {
            db.PeerGroups.Add(group);
            db.PeerGroupFacilitators.Add(new PeerGroupFacilitator { GroupId = group.Id, UserId = facilitator.Id });
            return await db.SaveChangesAsync();
        });
        var browser = app.NewBrowser();
        await browser.SignInAsync(facilitator);
        return new GroupSetup(org, group.Id, facilitator, browser);
    }

    /// <summary>A parent who asked to join under <paramref name="name"/>, was welcomed, and accepted the code of conduct (their browser keeps its cookies in <paramref name="cookies"/> when given).</summary>
    public static async Task<(Person Parent, HttpClient Browser)> MemberAsync(this AlongsideApp app, GroupSetup group, string name, CookieContainer? cookies = null)
    {
        var (parent, _) = await app.CreateParentAsync();
        var browser = cookies is null ? app.NewBrowser() : app.NewBrowser(cookies);
        await browser.SignInAsync(parent);
        await browser.PostFormAsync($"/groups/{group.GroupId}?handler=Join", new Dictionary<string, string> { ["Join.DisplayName"] = name, ["Join.Introduction"] = "" });
        await group.FacilitatorBrowser.PostFormAsync($"/groups/{group.GroupId}/manage?handler=Decide&userId={parent.Id}&welcome=true", new Dictionary<string, string>(), tokenFrom: $"/groups/{group.GroupId}/manage");
        await browser.PostFormAsync($"/groups/{group.GroupId}/discussion?handler=Conduct", new Dictionary<string, string>(), tokenFrom: $"/groups/{group.GroupId}/discussion");
        return (parent, browser);
    }

    /// <summary>Starts a topic whose title is the post's first words (up to the title's limit) and whose first post is <paramref name="body"/>.</summary>
    public static Task<HttpResponseMessage> PostAsync(this HttpClient browser, Guid groupId, string body) =>
        browser.StartTopicAsync(groupId, body.Length > GroupTopic.TitleMaxLength ? body[..GroupTopic.TitleMaxLength] : body, body);

    public static Task<HttpResponseMessage> StartTopicAsync(this HttpClient browser, Guid groupId, string title, string body) =>
        browser.PostFormAsync($"/groups/{groupId}/discussion", new Dictionary<string, string> { ["Title"] = title, ["Body"] = body });

    /// <summary>Replies in a topic; the form's token comes from the topic's page.</summary>
    public static Task<HttpResponseMessage> ReplyAsync(this HttpClient browser, Guid groupId, Guid topicId, string body) =>
        browser.PostFormAsync($"/groups/{groupId}/discussion/topics/{topicId}", new Dictionary<string, string> { ["Body"] = body }, tokenFrom: $"/groups/{groupId}/discussion/topics/{topicId}");

    /// <summary>The topic a redirect after starting one points at.</summary>
    public static Guid TopicFrom(HttpResponseMessage response) =>
        Guid.Parse(response.Headers.Location!.OriginalString.Split("/topics/")[1].Split('?', '#')[0]);
}
