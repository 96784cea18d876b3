using Alongside.BrowserTests.Support;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Groups;
using Alongside.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Alongside.BrowserTests.Features.NoScript;

/// <summary>
/// The everyday journeys in a browser with JavaScript turned off, as on a locked-down work
/// laptop or when a script fails to load: asking for help, booking, finding and joining a
/// group and posting in it, messages, a measure, and a clinician's confirmations (by keyboard). Each ends in the database, not on a page
/// that only looks right. Every page passes axe.
/// </summary>
public sealed class JavaScriptOffJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private Task<IPage> PageAsync(int width = 320) => app.NewPageAsync(width, 800, javaScript: false);

    private static async Task ScriptsAreOffAsync(IPage page) =>
        // app.js adds this class as its first act; without it, the page is the no-script page.
        await Assertions.Expect(page.Locator("body.js-enabled")).ToHaveCountAsync(0);

    private static Task ClickAsync(IPage page, string button) =>
        page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    [Fact]
    public async Task A_parent_asks_for_help()
    {
        var org = await app.CreateOrganisationAsync();
        var page = await PageAsync();
        var email = People.NewEmail("noscript");

        await page.GotoAsync("/get-help");
        await ScriptsAreOffAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Start now" }).ClickAsync();
        await ClickAsync(page, "Continue");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter their first name");
        await page.GetByLabel("What is your child's first name?").FillAsync("Morgan");
        await ClickAsync(page, "Continue");
        await page.GetByLabel("Day").FillAsync("3");
        await page.GetByLabel("Month").FillAsync("7");
        await page.GetByLabel("Year").FillAsync("2015");
        await ClickAsync(page, "Continue");
        foreach (var label in new[] { "Adopted", "Adoptive parent" })
        {
            await page.GetByLabel(label, new() { Exact = true }).CheckAsync();
            await ClickAsync(page, "Continue");
        }
        foreach (var answer in new[] { "Meltdowns after school.", "A calm-down corner.", "Easier evenings." })
        {
            await page.Locator("textarea").FillAsync(answer);
            await ClickAsync(page, "Continue");
        }
        await page.GetByLabel("Online, by video call", new() { Exact = true }).CheckAsync();
        await ClickAsync(page, "Continue");
        await page.GetByLabel("What phone number can the service use?").FillAsync("07700 900123");
        await page.Locator("#phone-call-no").CheckAsync();
        await page.Locator("#phone-text").CheckAsync();
        await page.Locator("#phone-message-no").CheckAsync();
        await ClickAsync(page, "Continue");
        await page.GetByLabel("What is the first part of your postcode?").FillAsync("M1");
        await ClickAsync(page, "Continue");
        await page.Locator("textarea").FillAsync("");
        await ClickAsync(page, "Continue");
        await page.GetByLabel("Which language would you like to use with the service?").FillAsync("Urdu");
        await page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await ClickAsync(page, "Continue");
        foreach (var label in new[] { "I am not sure yet", org.Name })
        {
            await page.GetByLabel(label, new() { Exact = true }).CheckAsync();
            await ClickAsync(page, "Continue");
        }

        await page.WaitForURLAsync("**/get-help/check");
        await Assertions.Expect(page.GetByText("3 July 2015")).ToBeVisibleAsync();
        await page.AssertAccessibleWithoutScriptsAsync(app);
        await page.ScreenshotAsync("noscript-get-help-check-320");
        await page.GetByLabel("Your first name").FillAsync("Robin");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Create a password").FillAsync("harbour kettle violet dawn");
        await ClickAsync(page, "Send request");

        await page.WaitForURLAsync("**/get-help/requests/*");
        await page.AssertAccessibleWithoutScriptsAsync(app);
        await page.ScreenshotAsync("noscript-get-help-request-320");
        await app.Mail.WaitForAsync(email, "Your request for help has been sent");
        var referral = await app.WithDbAsync(db => db.Referrals.SingleAsync(r => r.OrganisationId == org.Id && r.CarerEmail == email.ToLowerInvariant()));
        Assert.Equal(("M1", "Urdu", true, false), (referral.PostcodeDistrict, referral.PreferredLanguage, referral.InterpreterNeeded, referral.SafeToCall));
        await Assertions.Expect(page.Locator("#reference")).ToHaveTextAsync(referral.Reference!);
    }

    [Fact]
    public async Task A_parent_books_and_cancels_a_session()
    {
        var org = await app.CreateOrganisationAsync();
        var (parent, familyId) = await app.CreateParentAsync(workedWithBy: org);
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        var childId = await app.ChildIdAsync(familyId);
        await app.WithDbAsync(db =>
        {
            db.CareTeamMembers.Add(new CareTeamMember { FamilyId = familyId, UserId = clinician.Id, OrganisationId = org.Id, AddedAt = app.Now });
            var plan = app.AgreedPlan(familyId, childId, org.Id, clinician.Id, "Calmer evenings");
            plan.Items.Add(new PlanItem { Kind = PlanItemKind.ParentingSupportSessions, Sessions = 4, Funding = FundingRoute.SelfFunded, Cost = 400m });
            db.SupportPlans.Add(plan);
            foreach (var day in Enum.GetValues<DayOfWeek>())
            {
                db.WorkingHours.Add(new WorkingHoursEntry { ClinicianUserId = clinician.Id, Day = day, Start = new TimeOnly(9, 0), End = new TimeOnly(17, 0) });
            }
            return db.SaveChangesAsync();
        });

        var page = await PageAsync();
        await page.SignInAsync(parent);
        await ScriptsAreOffAsync(page);
        // An edited address gets the page's own message and the kinds to choose from.
        await page.GotoAsync("/family/sessions/book?kind=Nope");
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("There is no kind of session by that name");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "1:1 therapeutic parenting support session" })).ToBeVisibleAsync();
        await page.AssertAccessibleWithoutScriptsAsync(app);
        await page.ScreenshotAsync("noscript-book-unknown-kind-320");

        await page.GotoAsync("/family/sessions");
        await page.GetByRole(AriaRole.Link, new() { Name = "Book a session" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "1:1 therapeutic parenting support session" }).ClickAsync();
        await page.AssertAccessibleWithoutScriptsAsync(app);
        await page.Locator("form button[type=submit]").Nth(2).ClickAsync();
        // Choosing a time opens the check page; only Confirm books it.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your booking" })).ToBeVisibleAsync();
        Assert.Equal(0, await app.WithDbAsync(db => db.Sessions.CountAsync(s => s.FamilyId == familyId)));
        await page.AssertAccessibleWithoutScriptsAsync(app);
        await page.ScreenshotAsync("noscript-check-booking-320");
        await page.GetByLabel("Face to face").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm booking" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your session is booked");
        await page.AssertAccessibleWithoutScriptsAsync(app);
        await page.ScreenshotAsync("noscript-my-sessions-320");
        Assert.Equal(SessionStatus.Booked, await app.WithDbAsync(db => db.Sessions.Where(s => s.FamilyId == familyId).Select(s => s.Status).SingleAsync()));

        Assert.Equal(DeliveryMode.FaceToFace, await app.WithDbAsync(db => db.Sessions.Where(s => s.FamilyId == familyId).Select(s => s.Mode).SingleAsync()));

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Cancel the session") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cancel this session?" })).ToBeVisibleAsync();
        await page.AssertAccessibleWithoutScriptsAsync(app);
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, cancel this session" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your session is cancelled");
        Assert.Equal(SessionStatus.CancelledByFamily, await app.WithDbAsync(db => db.Sessions.Where(s => s.FamilyId == familyId).Select(s => s.Status).SingleAsync()));

        // Joining needs no script either: five minutes before an online session, the home has the button.
        await app.WithDbAsync(db =>
        {
            db.Sessions.Add(new Session
            {
                FamilyId = familyId,
                ClinicianUserId = clinician.Id,
                Kind = SessionKind.ParentingSupport,
                StartsAt = app.Now.AddMinutes(5),
                EndsAt = app.Now.AddMinutes(65),
                Mode = DeliveryMode.Online,
                VideoLink = "https://video.example.org/room-noscript",
                BookedByUserId = clinician.Id,
                CreatedAt = app.Now,
            });
            return db.SaveChangesAsync();
        });
        await page.GotoAsync("/family");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Join the video call" })).ToHaveAttributeAsync("href", "https://video.example.org/room-noscript");
        await page.AssertAccessibleWithoutScriptsAsync(app);
        await page.ScreenshotAsync("noscript-family-join-320");
    }

    [Fact]
    public async Task A_parent_finds_a_group_by_postcode_joins_and_posts()
    {
        var org = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var facilitator = await app.CreateStaffAsync(org, Role.PeerSupporter);
        var group = new PeerGroup
        {
            OrganisationId = org.Id,
            Name = "Leeds kinship carers' morning",
            Description = "Coffee with people who understand.",
            Audiences = GroupAudience.KinshipCarers,
            Format = GroupFormat.InPerson,
            Access = GroupAccess.Free,
            Recurrence = "FREQ=WEEKLY;BYDAY=WE",
            FirstMeeting = new DateOnly(2026, 1, 7),
            StartTime = new TimeOnly(10, 0),
            EndTime = new TimeOnly(12, 0),
            VenueName = "Park Square Hall",
            District = "LS1",
            Latitude = 53.79965,
            Longitude = -1.55316,
            NewMembersPostsNeedApproval = false,
            CreatedAt = app.Now,
        };
        await app.WithDbAsync(db =>
        {
            db.PeerGroups.Add(group);
            db.PeerGroupFacilitators.Add(new PeerGroupFacilitator { GroupId = group.Id, UserId = facilitator.Id });
            return db.SaveChangesAsync();
        });
        var (robin, _) = await app.CreateParentAsync();

        var parent = await PageAsync();
        await parent.SignInAsync(robin);
        await ScriptsAreOffAsync(parent);
        await parent.GotoAsync("/groups");
        await parent.GetByLabel("Postcode, district or town").FillAsync("LS1 4AP");
        await ClickAsync(parent, "Search");
        // Without scripts there is no map; the numbered list is the whole answer.
        await Assertions.Expect(parent.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("within 10 km of LS1") })).ToBeVisibleAsync();
        await Assertions.Expect(parent.Locator(".leaflet-marker-icon")).ToHaveCountAsync(0);
        await parent.AssertAccessibleWithoutScriptsAsync(app);
        await parent.ScreenshotAsync("noscript-groups-search-320");

        await parent.GetByRole(AriaRole.Link, new() { Name = "Leeds kinship carers' morning" }).ClickAsync();
        await parent.GetByLabel("The name other members will see").FillAsync("Robin");
        await ClickAsync(parent, "Ask to join");
        await Assertions.Expect(parent.GetByRole(AriaRole.Status)).ToContainTextAsync("You have asked to join");

        var staff = await PageAsync(1024);
        await staff.SignInAsync(facilitator);
        await staff.GotoAsync($"/groups/{group.Id}/manage");
        await ClickAsync(staff, "Welcome Robin");
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Robin is now a member");

        await parent.GotoAsync($"/groups/{group.Id}/discussion");
        await ClickAsync(parent, "I agree to the code of conduct");
        await parent.GetByLabel("Title").FillAsync("Scripts off");
        await parent.GetByLabel("Your first post").FillAsync("Hello from Robin, posted with scripts off.");
        await ClickAsync(parent, "Start the topic");
        await Assertions.Expect(parent.GetByRole(AriaRole.Status)).ToContainTextAsync("Posted");
        await Assertions.Expect(parent.GetByText("Hello from Robin, posted with scripts off.")).ToBeVisibleAsync();
        await parent.GetByLabel("Your reply").FillAsync("And a reply, scripts still off.");
        await ClickAsync(parent, "Reply");
        await Assertions.Expect(parent.GetByRole(AriaRole.Status)).ToContainTextAsync("Posted");
        await Assertions.Expect(parent.GetByText("And a reply, scripts still off.")).ToBeVisibleAsync();
        await parent.AssertAccessibleWithoutScriptsAsync(app);
        await parent.ScreenshotAsync("noscript-group-discussion-320");
        await parent.GotoAsync($"/groups/{group.Id}/discussion");
        await Assertions.Expect(parent.GetByText("1 reply.", new() { Exact = false })).ToBeVisibleAsync();
        await parent.AssertAccessibleWithoutScriptsAsync(app);
        await parent.ScreenshotAsync("noscript-group-topics-320");
    }

    [Fact]
    public async Task A_clinician_confirms_declining_a_request_and_cancelling_a_session_by_keyboard()
    {
        var org = await app.CreateOrganisationAsync();
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        var (_, familyId) = await app.CreateParentAsync(workedWithBy: org);
        var (_, referredFamilyId) = await app.CreateParentAsync();
        var referral = await app.CreateReferralAsync(org, referredFamilyId);
        var session = new Session
        {
            FamilyId = familyId,
            ClinicianUserId = clinician.Id,
            Kind = SessionKind.ParentingSupport,
            StartsAt = app.Now.AddDays(2),
            EndsAt = app.Now.AddDays(2).AddHours(1),
            Mode = DeliveryMode.Online,
            BookedByUserId = clinician.Id,
            CreatedAt = app.Now,
        };
        await app.WithDbAsync(db =>
        {
            db.CareTeamMembers.Add(new CareTeamMember { FamilyId = familyId, UserId = clinician.Id, OrganisationId = org.Id, AddedAt = app.Now });
            db.Sessions.Add(session);
            return db.SaveChangesAsync();
        });

        var page = await PageAsync();
        await page.SignInAsync(clinician);
        await ScriptsAreOffAsync(page);

        // Not accepting: the reason is typed, the first button only asks, and the warning repeats the reason.
        await page.GotoAsync($"/staff/referrals/{referral.Id}");
        await page.TabToAsync(page.GetByLabel("Reason, if you cannot accept or are changing the priority"), 80);
        await page.Keyboard.TypeAsync("We do not cover this area; the local authority's post-adoption team does.");
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Do not accept", Exact = true }));
        await page.PressEnterAndWaitAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not accept the request for" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".nhsuk-warning-callout")).ToContainTextAsync("We do not cover this area");
        Assert.Equal(ReferralStatus.New, await app.WithDbAsync(db => db.Referrals.Where(r => r.Id == referral.Id).Select(r => r.Status).SingleAsync()));
        await page.AssertAccessibleWithoutScriptsAsync(app);
        await page.ScreenshotAsync("noscript-confirm-decline-320");
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Yes, do not accept it" }), 80);
        await page.PressEnterAndWaitAsync();
        Assert.Equal(ReferralStatus.Declined, await app.WithDbAsync(db => db.Referrals.Where(r => r.Id == referral.Id).Select(r => r.Status).SingleAsync()));

        // Cancelling for the service: the diary's link asks first and says the plan is not charged.
        await page.GotoAsync("/staff/sessions");
        await page.TabToAsync(page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Cancel for the service") }), 80);
        await page.PressEnterAndWaitAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cancel this session for the service?" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".nhsuk-warning-callout")).ToContainTextAsync("does not count against the family's plan");
        Assert.Equal(SessionStatus.Booked, await app.WithDbAsync(db => db.Sessions.Where(s => s.Id == session.Id).Select(s => s.Status).SingleAsync()));
        await page.AssertAccessibleWithoutScriptsAsync(app);
        await page.ScreenshotAsync("noscript-confirm-cancel-for-service-320");
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Yes, cancel this session" }), 80);
        await page.PressEnterAndWaitAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Cancelled by the service");
        Assert.Equal(SessionStatus.CancelledByService, await app.WithDbAsync(db => db.Sessions.Where(s => s.Id == session.Id).Select(s => s.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_parent_and_their_clinician_exchange_messages()
    {
        var org = await app.CreateOrganisationAsync();
        var (parent, familyId) = await app.CreateParentAsync(workedWithBy: org);
        var clinician = await app.CreateStaffAsync(org, Role.Clinician);
        await app.WithDbAsync(db =>
        {
            db.CareTeamMembers.Add(new CareTeamMember { FamilyId = familyId, UserId = clinician.Id, OrganisationId = org.Id, AddedAt = app.Now });
            return db.SaveChangesAsync();
        });

        var family = await PageAsync();
        await family.SignInAsync(parent);
        await ScriptsAreOffAsync(family);
        await family.GotoAsync("/messages");
        await family.GetByRole(AriaRole.Link, new() { Name = "Write a new message" }).ClickAsync();
        await family.GetByLabel("Subject").FillAsync("School pick-up");
        await family.GetByLabel("Message").FillAsync("Pick-ups went better this week.");
        await ClickAsync(family, "Send");
        await Assertions.Expect(family.GetByText("Pick-ups went better this week.")).ToBeVisibleAsync();
        await family.AssertAccessibleWithoutScriptsAsync(app);

        var staff = await PageAsync(1024);
        await staff.SignInAsync(clinician);
        await staff.GotoAsync("/messages");
        await staff.GetByRole(AriaRole.Link, new() { Name = "School pick-up" }).ClickAsync();
        await staff.GetByLabel("Reply", new() { Exact = true }).FillAsync("Good to hear. Keep the same routine.");
        await ClickAsync(staff, "Send reply");
        await Assertions.Expect(staff.GetByText("Good to hear. Keep the same routine.")).ToBeVisibleAsync();

        await family.ReloadAsync();
        await Assertions.Expect(family.GetByText("Good to hear. Keep the same routine.")).ToBeVisibleAsync();
        await family.ScreenshotAsync("noscript-message-thread-320");
        Assert.Equal(2, await app.WithDbAsync(db => db.Messages.CountAsync(m => db.MessageThreads.Any(t => t.Id == m.ThreadId && t.FamilyId == familyId))));
    }

    [Fact]
    public async Task A_parent_rates_their_goals_and_reads_progress_as_a_table()
    {
        var org = await app.CreateOrganisationAsync();
        var (parent, familyId) = await app.CreateParentAsync(workedWithBy: org);
        var plan = app.AgreedPlan(familyId, await app.ChildIdAsync(familyId), org.Id, parent.Id, "Bedtimes without shouting");
        var due = new MeasureDue { FamilyId = familyId, PlanId = plan.Id, InstrumentId = "goals", Point = "start", Reason = "At the start of your support", DueAt = app.Now, CreatedAt = app.Now };
        await app.WithDbAsync(db =>
        {
            db.SupportPlans.Add(plan);
            db.MeasuresDue.Add(due);
            return db.SaveChangesAsync();
        });

        var page = await PageAsync();
        await page.SignInAsync(parent);
        await ScriptsAreOffAsync(page);
        await page.GotoAsync("/family/measures");
        await page.GetByRole(AriaRole.Link, new() { Name = "Your goals" }).ClickAsync();
        await page.Locator("#item-1-3").CheckAsync();
        await ClickAsync(page, "Save my answers");
        await page.WaitForURLAsync(url => !url.Contains($"/family/measures/{due.Id}", StringComparison.Ordinal));

        await page.GotoAsync("/family/progress");
        // The chart is drawn by a script; its table is the page without one.
        var table = page.Locator("table[data-chart='Bedtimes without shouting']");
        await Assertions.Expect(table).ToBeVisibleAsync();
        await Assertions.Expect(table.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(table.Locator("tbody tr").Last).ToContainTextAsync("3 out of 10");
        await Assertions.Expect(page.Locator(".app-chart canvas")).ToHaveCountAsync(0);
        await page.AssertAccessibleWithoutScriptsAsync(app);
        await page.ScreenshotAsync("noscript-progress-320");
        Assert.NotNull(await app.WithDbAsync(db => db.MeasuresDue.Where(d => d.Id == due.Id).Select(d => d.AnsweredAt).SingleAsync()));
    }
}
