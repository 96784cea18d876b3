using Alongside.BrowserTests.Support;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Strategies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Alongside.BrowserTests.Features.PhoneWidth;

/// <summary>
/// The pages added for sessions, messages, groups, peer support and data rights, on a 320 px screen and after
/// submitting them empty or with a bad place: no sideways scrolling, and axe passes.
/// </summary>
public sealed class PhoneWidthTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private readonly List<string> _wide = [];

    private async Task VisitAsync(IPage page, string name, string url, string? submit = null)
    {
        await page.GotoAsync(url);
        if (submit is not null) await page.GetByRole(AriaRole.Button, new() { Name = submit, Exact = true }).First.ClickAsync();
        await page.WaitForLoadStateAsync();
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        if (width > 320)
        {
            var culprit = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 321).map(e => e.tagName + '.' + e.className + ' ' + (e.textContent || '').slice(0, 60)).slice(-3).join(' | ')");
            _wide.Add($"{name} {url} scrollWidth={width}: {culprit}");
        }
        await page.ScreenshotAsync("phone-" + name);
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task New_pages_fit_a_320px_screen_with_their_error_messages()
    {
        var therapy = await app.CreateOrganisationAsync();
        var (parentPerson, familyId) = await app.CreateParentAsync(workedWithBy: therapy);
        var clinician = await app.CreateStaffAsync(therapy, Role.Clinician);
        var peerOrg = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var admin = await app.CreateStaffAsync(peerOrg, Role.Admin);
        var supporter = await app.CreateStaffAsync(peerOrg, Role.PeerSupporter);
        var session = new Session { FamilyId = familyId, ClinicianUserId = clinician.Id, Kind = SessionKind.Coaching, StartsAt = app.Now.AddDays(5), EndsAt = app.Now.AddDays(5).AddHours(1), Mode = DeliveryMode.Online, BookedByUserId = clinician.Id, CreatedAt = app.Now };
        var strategy = new HomeStrategy { FamilyId = familyId, Title = "Calm corner", WhatToDo = "x", WhyItHelps = "y", HowOften = "daily", SharedByUserId = clinician.Id, SharedAt = app.Now };
        var asking = await app.CreateStaffAsync(therapy, Role.Clinician);
        var group = new Alongside.Web.Features.Groups.PeerGroup
        {
            OrganisationId = peerOrg.Id,
            Name = "Kinship carers",
            Description = "For kinship carers",
            Audiences = GroupAudience.KinshipCarers,
            Format = Alongside.Web.Features.Groups.GroupFormat.Online,
            Recurrence = "FREQ=WEEKLY;BYDAY=TU",
            FirstMeeting = new DateOnly(2026, 1, 6),
            StartTime = new TimeOnly(19, 0),
            EndTime = new TimeOnly(20, 0),
            OnlineLink = "https://video.example.test/kinship",
            CreatedAt = app.Now,
        };
        var (matchedParent, matchedFamilyId) = await app.CreateParentAsync(); // another family, so this one can still ask for a supporter
        var match = new Alongside.Web.Kernel.PeerSupport.PeerSupportRequest
        {
            OrganisationId = peerOrg.Id,
            FamilyId = matchedFamilyId,
            Needs = GroupAudience.KinshipCarers,
            WantsOnline = true,
            RequestedAt = app.Now,
            Status = Alongside.Web.Kernel.PeerSupport.PeerRequestStatus.Matched,
            SupporterUserId = supporter.Id,
            MatchedAt = app.Now,
        };
        var feedback = new MeasureDue { FamilyId = familyId, InstrumentId = "session-feedback", Point = "phone", Reason = "After your session", DueAt = app.Now, CreatedAt = app.Now };
        var childId = await app.WithDbAsync(db => db.Children.Where(c => c.FamilyId == familyId).Select(c => c.Id).FirstAsync());
        var plan = new SupportPlan { FamilyId = familyId, ChildId = childId, OrganisationId = therapy.Id, Status = PlanStatus.Agreed, StartDate = new DateOnly(2026, 11, 1), ReviewDate = new DateOnly(2027, 3, 1), CreatedByUserId = clinician.Id, CreatedAt = app.Now };
        plan.Goals.Add(new PlanGoal { Order = 1, Text = "Bedtimes without shouting, most nights of the week" });
        var goals = new MeasureDue { FamilyId = familyId, PlanId = plan.Id, InstrumentId = "goals", Point = "phone", Reason = "At the start of your support", DueAt = app.Now, CreatedAt = app.Now };
        var alert = new RiskAlert { FamilyId = familyId, Where = "a message", Path = "/messages", RaisedAt = app.Now, NextEscalationAt = app.Now.AddHours(1) };
        alert.Organisations.Add(new RiskAlertOrganisation { AlertId = alert.Id, OrganisationId = therapy.Id });
        alert.Steps.Add(new RiskAlertStep { AlertId = alert.Id, At = app.Now, What = "Raised: the care team told (1)" });
        await app.WithDbAsync(async db =>
        {
            db.CareTeamMembers.Add(new CareTeamMember { FamilyId = familyId, UserId = clinician.Id, OrganisationId = therapy.Id, AddedAt = app.Now });
            db.CareTeamRequests.Add(new CareTeamRequest { FamilyId = familyId, UserId = asking.Id, OrganisationId = therapy.Id, RequestedAt = app.Now });
            db.Sessions.Add(session);
            db.HomeStrategies.Add(strategy);
            db.MeasuresDue.Add(feedback);
            db.SupportPlans.Add(plan);
            db.MeasuresDue.Add(goals);
            db.PeerGroups.Add(group);
            db.PeerGroupMembers.Add(new Alongside.Web.Features.Groups.PeerGroupMember { GroupId = group.Id, UserId = parentPerson.Id, Status = Alongside.Web.Features.Groups.GroupMemberStatus.Member, DisplayName = "Robin's gran", RequestedAt = app.Now, ConductAcceptedAt = app.Now });
            db.GroupTopics.Add(Alongside.Web.Features.Groups.GroupTopic.General(group.Id, app.Now));
            db.GroupPosts.Add(new Alongside.Web.Features.Groups.GroupPost { GroupId = group.Id, TopicId = group.Id, AuthorUserId = admin.Id, Body = "Welcome, everyone.", PostedAt = app.Now, Status = Alongside.Web.Features.Groups.PostStatus.Visible });
            db.PeerSupportRequests.Add(match);
            db.SharingConsents.Add(new SharingConsent { FamilyId = matchedFamilyId, Audience = SharingAudience.PeerSupporter, GivenByUserId = matchedParent.Id, From = app.Now });
            db.RiskAlerts.Add(alert);
            return await db.SaveChangesAsync();
        });

        var staff = await app.NewPageAsync(320, 800);
        await staff.SignInAsync(clinician);
        await VisitAsync(staff, "exceptions", "/staff/availability/exceptions", "Add");
        await VisitAsync(staff, "book-for-family", $"/staff/families/{familyId}/sessions/book", "Book");
        await VisitAsync(staff, "change", $"/staff/sessions/{session.Id}/change");
        await VisitAsync(staff, "staff-strategies", $"/staff/families/{familyId}/strategies", "Share with the family");
        await VisitAsync(staff, "staff-message-new", $"/messages/new?familyId={familyId}", "Send");
        await VisitAsync(staff, "diary", "/staff/sessions");
        await VisitAsync(staff, "family-record-care-team", $"/staff/families/{familyId}");
        await VisitAsync(staff, "risk-queue", "/staff/risk", "Acknowledge the alert in a message");
        await VisitAsync(staff, "devices", "/account/sessions");
        await VisitAsync(staff, "caseload", "/staff/caseload");
        await VisitAsync(staff, "with-family", $"/staff/families/{familyId}/measures");
        // Saved empty: a message by the goal.
        await VisitAsync(staff, "with-family-errors", $"/staff/families/{familyId}/measures/{goals.Id}", "Save the family's answers");
        await VisitAsync(staff, "feedback", "/staff/feedback");
        // No reason chosen: the error summary and the message by the reasons.
        await VisitAsync(staff, "end-plan", $"/staff/families/{familyId}/plans/{plan.Id}/end", "End the support");

        var family = await app.NewPageAsync(320, 800);
        await family.SignInAsync(parentPerson);
        await VisitAsync(family, "guests", $"/family/sessions/{session.Id}/guests", "Send the invitation");
        await VisitAsync(family, "my-sessions", "/family/sessions");
        await VisitAsync(family, "calendar", "/account/calendar");
        // Saved as it stands: the page again, with its message.
        await VisitAsync(family, "emails", "/account/emails", "Save your choices");
        await VisitAsync(family, "log", $"/family/strategies/{strategy.Id}/log", "Save");
        await VisitAsync(family, "message-new", "/messages/new", "Send");
        await VisitAsync(family, "peer-request", "/family/peer-support", "Ask for a peer supporter");
        await VisitAsync(family, "groups-bad", "/groups?near=ZZ99");
        await VisitAsync(family, "local-help-bad", "/local-help?near=M66");
        await VisitAsync(family, "family", "/family");
        await VisitAsync(family, "who-has-looked", "/family/who-has-looked");
        await VisitAsync(family, "sharing", "/family/sharing");
        await VisitAsync(family, "discussion-mute", $"/groups/{group.Id}/discussion");
        await VisitAsync(family, "sign-out-everywhere", "/account/sign-out");
        await VisitAsync(family, "my-data", "/family/my-data");
        await VisitAsync(family, "measures", "/family/measures");
        // Saved empty: the error summary and a message by each group of choices.
        await VisitAsync(family, "measure-errors", $"/family/measures/{feedback.Id}", "Save my answers");
        await VisitAsync(family, "progress", "/family/progress");
        // Submitted empty: the error summary and the message by the password box.
        await VisitAsync(family, "close-account", "/account/close", "Close my account");

        var adminPage = await app.NewPageAsync(320, 800);
        await adminPage.SignInAsync(admin);
        await VisitAsync(adminPage, "new-group", "/admin/groups/new", "Publish the group");
        await VisitAsync(adminPage, "import", "/admin/groups/import", "Import");
        await VisitAsync(adminPage, "local-help-admin", "/admin/local-help", "Add to the directory");
        await VisitAsync(adminPage, "manage-measures", $"/groups/{group.Id}/manage");
        await VisitAsync(adminPage, "instruments", "/admin/instruments");
        // A blank licence reference: the error summary names it.
        await VisitAsync(adminPage, "instruments-licence", "/admin/instruments", "Record the licence");
        // Published blank: a message by each box.
        await VisitAsync(adminPage, "feedback-publish", "/staff/feedback", "Publish to families");

        var peer = await app.NewPageAsync(320, 800);
        await peer.SignInAsync(supporter);
        await peer.GotoAsync("/peer");
        await peer.GetByLabel("Your postcode district or town").FillAsync("ZZ99");
        await VisitAsync(peer, "peer-profile", "/peer");
        await VisitAsync(peer, "peer-shared-plan", $"/peer/parents/{match.Id}");

        Assert.True(_wide.Count == 0, string.Join("\n", _wide));
    }
}
