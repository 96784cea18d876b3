using Alongside.BrowserTests.Support;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Groups;
using Microsoft.Playwright;

namespace Alongside.BrowserTests.Features.Groups;

/// <summary>
/// A parent finds a group by postcode on the list and the map, asks to join and is welcomed,
/// starts a topic in the discussion and replies, and another member sees the reply arrive live; a moderator hides a
/// reported message. Every page passes axe.
/// </summary>
public sealed class GroupJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<IPage> PageAsync(int width = 1024)
    {
        var page = await app.NewPageAsync(width, 900);
        // No map tiles from outside in tests: the markers and the list are what is checked.
        await page.RouteAsync("https://tile.openstreetmap.org/**", route => route.AbortAsync());
        return page;
    }

    [Fact]
    public async Task Find_join_post_see_a_live_message_and_moderate()
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var facilitator = await app.CreateStaffAsync(org, Role.PeerSupporter);
        var (sam, _) = await app.CreateParentAsync();
        var group = new PeerGroup
        {
            OrganisationId = org.Id,
            Name = "Manchester adopters' evening",
            Description = "Tea and people who understand.",
            Audiences = GroupAudience.AdoptiveParents,
            Format = GroupFormat.InPerson,
            Access = GroupAccess.StepFree | GroupAccess.Free,
            Recurrence = "FREQ=MONTHLY;BYDAY=2TU",
            FirstMeeting = new DateOnly(2026, 1, 13),
            StartTime = new TimeOnly(19, 0),
            EndTime = new TimeOnly(21, 0),
            VenueName = "Hope Street Centre",
            District = "M1",
            Latitude = 53.47747,
            Longitude = -2.23622,
            NewMembersPostsNeedApproval = false,
            CreatedAt = app.Now,
        };
        await app.WithDbAsync(async db =>
        {
            db.PeerGroups.Add(group);
            db.PeerGroupFacilitators.Add(new PeerGroupFacilitator { GroupId = group.Id, UserId = facilitator.Id });
            db.PeerGroupMembers.Add(new PeerGroupMember { GroupId = group.Id, UserId = sam.Id, Status = GroupMemberStatus.Member, DisplayName = "Sam", RequestedAt = app.Now, ConductAcceptedAt = app.Now });
            return await db.SaveChangesAsync();
        });
        var (robin, _) = await app.CreateParentAsync();

        // Robin, on a phone, finds the group by postcode.
        var parent = await PageAsync(320);
        await parent.SignInAsync(robin);
        await parent.ClickHeaderLinkAsync("Find a group");
        await parent.AssertAccessibleAsync();
        await parent.GetByLabel("Postcode, district or town").FillAsync("M1 7JA");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(parent.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("within 10 km of M1") })).ToBeVisibleAsync();
        await Assertions.Expect(parent.Locator(".leaflet-marker-icon")).ToHaveCountAsync(1);
        await Assertions.Expect(parent.Locator(".leaflet-marker-icon")).ToHaveAttributeAsync("alt", "1. Manchester adopters' evening");
        await parent.AssertAccessibleAsync();
        await parent.ScreenshotAsync("groups-search-320");
        Assert.DoesNotContain("7JA", parent.Url, StringComparison.Ordinal);

        await parent.GetByRole(AriaRole.Link, new() { Name = "Manchester adopters' evening" }).ClickAsync();
        await parent.AssertAccessibleAsync();
        await parent.GetByLabel("The name other members will see").FillAsync("Robin");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Ask to join" }).ClickAsync();
        await Assertions.Expect(parent.GetByRole(AriaRole.Status)).ToContainTextAsync("You have asked to join");
        await parent.AssertAccessibleAsync();

        // The facilitator welcomes Robin.
        var staff = await PageAsync();
        await staff.SignInAsync(facilitator);
        await staff.GotoAsync($"/groups/{group.Id}/manage");
        await staff.AssertAccessibleAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Welcome Robin" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Robin is now a member");

        await parent.ReloadAsync();
        await parent.GetByRole(AriaRole.Link, new() { Name = "Group discussion" }).ClickAsync();
        await parent.AssertAccessibleAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "I agree to the code of conduct" }).ClickAsync();
        await parent.GetByLabel("Title").FillAsync("Bedtimes");
        await parent.GetByLabel("Your first post").FillAsync("Hello from Robin. <b>Bedtimes</b> are hard here too.");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Start the topic" }).ClickAsync();
        await Assertions.Expect(parent.GetByRole(AriaRole.Status)).ToContainTextAsync("Posted");
        await parent.AssertAccessibleAsync();
        await parent.ScreenshotAsync("group-discussion-320");

        // Sam opens the topic from the list and reads it, live.
        var other = await PageAsync();
        await other.SignInAsync(sam);
        await other.GotoAsync($"/groups/{group.Id}/discussion");
        await Assertions.Expect(other.Locator(".app-new")).ToHaveTextAsync("New");
        await other.AssertAccessibleAsync();
        await other.GetByRole(AriaRole.Link, new() { Name = "Bedtimes" }).ClickAsync();
        await Assertions.Expect(other.Locator("#posts[data-live=true]")).ToHaveCountAsync(1);

        await parent.GetByLabel("Your reply").FillAsync("A reply from Robin. <b>Naps</b> too.");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Reply" }).ClickAsync();
        await Assertions.Expect(parent.GetByRole(AriaRole.Status)).ToContainTextAsync("Posted");
        await parent.ScreenshotAsync("group-topic-320");

        // It arrives on Sam's page without a reload, as text.
        await Assertions.Expect(other.GetByText("A reply from Robin. <b>Naps</b> too.")).ToBeVisibleAsync();
        await other.AssertAccessibleAsync();

        // Sam reports it; the facilitator hides it.
        await other.GetByRole(AriaRole.Link, new() { Name = "Report this message from Robin" }).Last.ClickAsync();
        await other.AssertAccessibleAsync();
        await other.GetByLabel("Unkind or hurtful").CheckAsync();
        await other.GetByLabel("Anything to add? (optional)").FillAsync("Testing the report button");
        await other.GetByRole(AriaRole.Button, new() { Name = "Send the report" }).ClickAsync();
        await Assertions.Expect(other.GetByRole(AriaRole.Status)).ToContainTextAsync("The moderators will look");
        var topic = other.Url;

        await staff.GotoAsync($"/groups/{group.Id}/discussion/review");
        await Assertions.Expect(staff.GetByText("Testing the report button")).ToBeVisibleAsync();
        await staff.AssertAccessibleAsync();
        await staff.ScreenshotAsync("group-review");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Hide the post by Robin" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Hidden from the group");
        await other.GotoAsync(topic);
        await Assertions.Expect(other.GetByText("A reply from Robin.")).ToHaveCountAsync(0);
        await Assertions.Expect(other.GetByText("Hello from Robin.")).ToBeVisibleAsync();

        // Robin's phone: the topic list, with the topic's reply count.
        await parent.GotoAsync($"/groups/{group.Id}/discussion");
        await Assertions.Expect(parent.GetByRole(AriaRole.Link, new() { Name = "Bedtimes" })).ToBeVisibleAsync();
        await parent.AssertAccessibleAsync();
        await parent.ScreenshotAsync("group-topics-320");

        // Searching the group finds Robin's visible post, and never the hidden reply.
        await parent.GetByLabel("Search this group's discussion").FillAsync("bedtimes");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(parent.Locator("main")).ToContainTextAsync("are hard here too");
        await parent.AssertAccessibleAsync();
        await parent.ScreenshotAsync("group-search-320");
        await parent.GotoAsync($"/groups/{group.Id}/discussion/search?q=naps");
        await Assertions.Expect(parent.Locator("main")).ToContainTextAsync("No posts contain");
    }
}
