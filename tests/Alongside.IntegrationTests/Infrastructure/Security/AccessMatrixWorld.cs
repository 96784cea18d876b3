using System.Net;
using Alongside.IntegrationTests.Support;
using Alongside.Web.Features.Groups;
using Alongside.Web.Features.Outcomes;
using Alongside.Web.Features.PeerSupport;
using Alongside.Web.Features.Sessions;
using Alongside.Web.Features.Strategies;
using Alongside.Web.Features.Training;
using Microsoft.EntityFrameworkCore;
using Who = Alongside.Web.Infrastructure.Security.AccessMatrix.Who;

namespace Alongside.IntegrationTests.Infrastructure.Security;

/// <summary>
/// One family and everyone around it, as the access matrix names them, each signed in once.
/// Records a row's request would use up (a request to decide, a session to cancel) come one per
/// person, so a person wrongly let in still finds theirs, instead of one already used by someone
/// rightly let in.
/// </summary>
public sealed class AccessMatrixWorld
{
    private AccessMatrixWorld(AlongsideApp app) => App = app;

    public AlongsideApp App { get; }

    /// <summary>How long each step of building took, for the test's output.</summary>
    public List<string> Timings { get; } = [];
    public Dictionary<Who, Person> People { get; } = [];
    public Dictionary<Who, HttpClient> Browsers { get; } = [];
    public Dictionary<Who, CookieContainer> Cookies { get; } = [];

    /// <summary>The antiforgery token each person's forms carry (tied to who is signed in).</summary>
    public Dictionary<Who, string> Tokens { get; } = [];

    public Organisation Org { get; private set; } = null!;
    public Guid FamilyId { get; private set; }
    public Guid ChildId { get; private set; }

    /// <summary>The family's name and its child's, found on a list page only by those who see this family there.</summary>
    public string FamilyName { get; private set; } = "";
    public string ChildName { get; } = "Kit" + Guid.NewGuid().ToString("N")[..6];
    public Guid ThreadId { get; private set; }
    public Guid AttachmentId { get; private set; }
    public Guid PlanId { get; private set; }
    public Guid StrategyId { get; private set; }
    public Guid SessionId { get; private set; }

    /// <summary>When <see cref="SessionId"/> starts, so the calendar can be asked for its week.</summary>
    public DateTimeOffset SessionStartsAt { get; private set; }
    public Guid DueId { get; private set; }

    /// <summary>The plan's goals to rate, which a care team member may fill in with the family.</summary>
    public Guid GoalsDueId { get; private set; }

    /// <summary>A "you said, we did" note the organisation published.</summary>
    public Guid NoteId { get; private set; }
    /// <summary>A measure the parent has answered, for the FHIR API's reads.</summary>
    public Guid ResponseId { get; private set; }
    public string GuestToken { get; private set; } = "";
    public string FeedToken { get; private set; } = "";
    public Guid GroupId { get; private set; }
    public Guid PostId { get; private set; }

    /// <summary>The group's general topic, where both posts are.</summary>
    public Guid TopicId { get; private set; }

    /// <summary>A post by someone outside the matrix's group people, for muting: nobody mutes themselves.</summary>
    public Guid OtherPostId { get; private set; }
    public long UpcomingMeeting { get; private set; }
    public long LastMeeting { get; private set; }
    public Guid ReferralId { get; private set; }
    public Guid DocumentId { get; private set; }
    public Guid DuplicateReferralId { get; private set; }

    /// <summary>The parent's own self-referral, for their request page and withdrawing it.</summary>
    public Guid OwnRequestId { get; private set; }
    public Guid MatchedRequestId { get; private set; }
    public Guid OpenRequestId { get; private set; }
    public Guid ConcernId { get; private set; }

    /// <summary>A parents' course the organisation runs: dates ahead, and past dates the parent completed (run by the care team clinician).</summary>
    public Guid CourseId { get; private set; }
    public Guid CourseToRetireId { get; private set; }
    public Guid PastCohortId { get; private set; }
    public Guid CompletedPlaceId { get; private set; }

    /// <summary>An agreed plan with a group course item still without dates.</summary>
    public Guid CoursePlanId { get; private set; }
    public Guid CourseItemId { get; private set; }

    /// <summary>Two of the organisation's services (one for closing), and a commission of it by a council.</summary>
    public Guid ServiceId { get; private set; }
    public Guid ServiceToCloseId { get; private set; }
    public Guid CommissionId { get; private set; }

    /// <summary>Someone's interest in training, sent to the family's organisation.</summary>
    public Guid InterestId { get; private set; }

    // One each, used up by the people a row lets in.
    public Dictionary<Who, Guid> CareTeamRequests { get; } = [];
    public Dictionary<Who, Guid> CliniciansToAdd { get; } = [];
    public Dictionary<Who, Guid> CareTeamMembersToRemove { get; } = [];
    public Dictionary<Who, Guid> GroupApplicants { get; } = [];
    public Dictionary<Who, Guid> GroupMembersToRemove { get; } = [];
    public Dictionary<Who, Guid> SessionsToCancel { get; } = [];
    public Dictionary<Who, Guid> SessionsToCancelForTheService { get; } = [];
    public Dictionary<Who, Guid> SessionsToRecord { get; } = [];
    public Dictionary<Who, Guid> GuestsToRevoke { get; } = [];
    public Dictionary<Who, Guid> TimeOffToRemove { get; } = [];
    public Dictionary<Who, Guid> InvitationsToRevoke { get; } = [];
    public Dictionary<Who, Guid> StrategiesToStop { get; } = [];

    public static async Task<AccessMatrixWorld> BuildAsync(AlongsideApp app)
    {
        var world = new AccessMatrixWorld(app);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        async Task Step(string name, Func<Task> step)
        {
            await step();
            world.Timings.Add($"{name} {clock.Elapsed.TotalSeconds:0.0} s");
            clock.Restart();
        }
        await Step("app start", () =>
        {
            _ = app.Server;
            return Task.CompletedTask;
        });
        await Step("people", world.PeopleAsync);
        await Step("records", world.RecordsAsync);
        await Step("courses", world.CoursesAsync);
        await Step("organisation", world.OrganisationAsync);
        await Step("sign-in", world.SignInAsync);
        await Step("pages", world.ThroughThePagesAsync);
        await Step("one each", world.OnePerPersonAsync);
        return world;
    }

    private DateTimeOffset Now => App.Now;

    private async Task PeopleAsync()
    {
        Org = await App.CreateOrganisationAsync();
        var otherOrg = await App.CreateOrganisationAsync();
        var council = await App.CreateOrganisationAsync(OrganisationKind.LocalAuthority);
        var (parent, familyId) = await App.CreateParentAsync(workedWithBy: Org);
        var (otherParent, _) = await App.CreateParentAsync(workedWithBy: Org);
        FamilyId = familyId;
        People[Who.Parent] = parent;
        People[Who.ParentOfAnotherFamily] = otherParent;
        People[Who.CareTeamClinician] = await App.CreateStaffAsync(Org, Role.Clinician);
        People[Who.OrganisationClinician] = await App.CreateStaffAsync(Org, Role.Clinician);
        People[Who.OtherOrganisationClinician] = await App.CreateStaffAsync(otherOrg, Role.Clinician);
        People[Who.MatchedPeerSupporter] = await App.CreateStaffAsync(Org, Role.PeerSupporter);
        People[Who.UnmatchedPeerSupporter] = await App.CreateStaffAsync(Org, Role.PeerSupporter);
        People[Who.Supervisor] = await App.CreateStaffAsync(Org, Role.Supervisor);
        People[Who.Referrer] = await App.CreateStaffAsync(council, Role.Referrer);
        People[Who.OtherReferrer] = await App.CreateStaffAsync(council, Role.Referrer);
        People[Who.Commissioner] = await App.CreateStaffAsync(council, Role.Commissioner);
        await App.WithDbAsync(async db =>
        {
            db.Commissions.Add(new Commission { CommissionerOrganisationId = council.Id, ProviderOrganisationId = Org.Id, StartsOn = new DateOnly(2020, 4, 1), CreatedAt = Now });
            return await db.SaveChangesAsync();
        });
        People[Who.Admin] = await App.CreateStaffAsync(Org, Role.Admin);
        People[Who.PlatformAdmin] = await App.CreateStaffAsync(otherOrg, Role.Admin);
        await App.WithDbAsync(db => db.Users.Where(u => u.Id == People[Who.PlatformAdmin].Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PlatformAdmin, true)));
        await App.JoinCareTeamAsync(FamilyId, People[Who.CareTeamClinician], Org);
        ChildId = await App.ChildIdAsync(FamilyId);
        FamilyName = await App.WithDbAsync(async db =>
        {
            await db.Children.Where(c => c.Id == ChildId).ExecuteUpdateAsync(s => s.SetProperty(c => c.FirstName, ChildName));
            return await db.Families.Where(f => f.Id == FamilyId).Select(f => f.Name).SingleAsync();
        });
    }

    public Guid Id(Who who) => People[who].Id;

    /// <summary>The parent of the family, a member of the group.</summary>
    public Guid ParentId => Id(Who.Parent);

    /// <summary>What is arranged straight in the database: the group, the referrals, peer support, sessions, links.</summary>
    private async Task RecordsAsync()
    {
        var group = new PeerGroup
        {
            OrganisationId = Org.Id,
            Name = "Kinship carers' evening",
            Description = "For kinship carers",
            Audiences = GroupAudience.KinshipCarers,
            Format = GroupFormat.Online,
            Recurrence = "FREQ=WEEKLY;BYDAY=MO",
            FirstMeeting = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(-50),
            StartTime = new TimeOnly(19, 0),
            EndTime = new TimeOnly(20, 0),
            OnlineLink = "https://video.example.test/kinship",
            NewMembersPostsNeedApproval = false,
            CreatedAt = Now,
        };
        GroupId = group.Id;
        UpcomingMeeting = GroupSchedule.Next(group.Recurrence, group.FirstMeeting, group.StartTime, Now, 1)[0].UtcTicks;
        // The last meeting as the manage page finds it: the latest on the schedule in the past two months.
        LastMeeting = GroupSchedule.Next(group.Recurrence, group.FirstMeeting, group.StartTime, Now.AddDays(-62), 20).Last(m => m <= Now).UtcTicks;
        var topic = GroupTopic.General(group.Id, Now);
        TopicId = topic.Id;
        var post = new GroupPost { GroupId = group.Id, TopicId = topic.Id, AuthorUserId = Id(Who.Parent), Body = "Hello everyone", PostedAt = Now, Status = PostStatus.Visible };
        PostId = post.Id;
        var other = new GroupPost { GroupId = group.Id, TopicId = topic.Id, AuthorUserId = Id(Who.Commissioner), Body = "A word from elsewhere", PostedAt = Now, Status = PostStatus.Visible };
        OtherPostId = other.Id;

        var matched = new PeerSupportRequest
        {
            OrganisationId = Org.Id,
            FamilyId = FamilyId,
            RequestedByUserId = Id(Who.Parent),
            Needs = GroupAudience.KinshipCarers,
            WantsOnline = true,
            RequestedAt = Now,
            Status = PeerRequestStatus.Matched,
            SupporterUserId = Id(Who.MatchedPeerSupporter),
            MatchedAt = Now,
            AcceptedAt = Now,
        };
        var open = new PeerSupportRequest
        {
            OrganisationId = Org.Id,
            FamilyId = await App.WithDbAsync(db => db.FamilyCarers.Where(c => c.UserId == People[Who.ParentOfAnotherFamily].Id).Select(c => c.FamilyId).SingleAsync()),
            RequestedByUserId = Id(Who.ParentOfAnotherFamily),
            Needs = GroupAudience.KinshipCarers,
            WantsOnline = true,
            RequestedAt = Now,
        };
        var concern = new SafeguardingConcern { RequestId = matched.Id, OrganisationId = Org.Id, RaisedByUserId = Id(Who.MatchedPeerSupporter), Description = "Worried after a call", RaisedAt = Now };
        (MatchedRequestId, OpenRequestId, ConcernId) = (matched.Id, open.Id, concern.Id);

        var session = FutureSession(0);
        SessionId = session.Id;
        SessionStartsAt = session.StartsAt;
        var (guestToken, guestHash) = SecretTokens.New();
        var (feedToken, feedHash) = SecretTokens.New();
        (GuestToken, FeedToken) = (guestToken, feedToken);
        var strategy = Strategy();
        StrategyId = strategy.Id;

        await App.WithDbAsync(async db =>
        {
            db.PeerGroups.Add(group);
            db.PeerGroupMembers.Add(new PeerGroupMember { GroupId = group.Id, UserId = Id(Who.Parent), Status = GroupMemberStatus.Member, DisplayName = "Sam", RequestedAt = Now, ConductAcceptedAt = Now });
            db.GroupTopics.Add(topic);
            db.GroupPosts.Add(post);
            db.GroupPosts.Add(other);
            db.PeerSupportRequests.AddRange(matched, open);
            db.SafeguardingConcerns.Add(concern);
            var interest = new TrainingInterest { OrganisationId = Org.Id, Route = InterestRoute.ParentOrCarer, Name = "Jo", Email = "jo@example.test", CreatedAt = Now, UpdatedAt = Now };
            InterestId = interest.Id;
            db.TrainingInterests.Add(interest);
            db.Sessions.Add(session);
            db.SessionGuests.Add(new SessionGuest { SessionId = session.Id, Name = "Nan", Email = "nan@example.test", TokenHash = guestHash, InvitedByUserId = Id(Who.Parent), InvitedAt = Now });
            db.CalendarFeeds.Add(new CalendarFeed { UserId = Id(Who.Parent), TokenHash = feedHash, CreatedAt = Now });
            db.HomeStrategies.Add(strategy);
            var due = new MeasureDue { FamilyId = FamilyId, SessionId = session.Id, InstrumentId = "session-feedback", Point = "matrix", Reason = "After your session", DueAt = Now, CreatedAt = Now };
            DueId = due.Id;
            db.MeasuresDue.Add(due);
            var note = new YouSaidWeDid { OrganisationId = Org.Id, YouSaid = "Evenings are hard", WeDid = "Sessions after 6pm", PublishedByUserId = Id(Who.Admin), PublishedAt = Now };
            NoteId = note.Id;
            db.YouSaidWeDid.Add(note);
            var answered = new MeasureDue { FamilyId = FamilyId, InstrumentId = "session-feedback", Point = "matrix-answered", Reason = "After your session", DueAt = Now, CreatedAt = Now, AnsweredAt = Now };
            db.MeasuresDue.Add(answered);
            var response = new MeasureResponse { FamilyId = FamilyId, DueId = answered.Id, InstrumentId = "session-feedback", InstrumentVersion = 1, AnsweredByUserId = Id(Who.Parent), AnsweredAt = Now, Total = 3 };
            response.Answers.Add(new MeasureAnswer { Item = 1, Value = 3 });
            ResponseId = response.Id;
            db.MeasureResponses.Add(response);
            return await db.SaveChangesAsync();
        });

        // The referrer's professional referral, accepted, with a letter; and a self-referral for the same child, a possible duplicate.
        var referral = await App.CreateReferralAsync(Org, FamilyId, ReferralStatus.Accepted);
        var duplicate = await App.CreateReferralAsync(Org, FamilyId, ReferralStatus.New);
        (ReferralId, DuplicateReferralId) = (referral.Id, duplicate.Id);
        var document = new ReferralDocument { ReferralId = referral.Id, FileName = "letter.pdf", ContentType = "application/pdf", SizeBytes = 8, Content = "%PDF-1.4"u8.ToArray(), UploadedAt = Now };
        DocumentId = document.Id;
        await App.WithDbAsync(async db =>
        {
            await db.Referrals.Where(r => r.Id == referral.Id).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.SubmittedByUserId, Id(Who.Referrer)).SetProperty(r => r.Source, ReferralSource.Professional));
            db.ReferralDocuments.Add(document);
            // The family shares their plan with the referrer, who may then read its end-of-support report.
            db.SharingConsents.Add(new SharingConsent { FamilyId = FamilyId, Audience = SharingAudience.Referrer, GivenByUserId = Id(Who.Parent), From = Now });
            return await db.SaveChangesAsync();
        });
        var own = await App.CreateReferralAsync(Org, FamilyId, ReferralStatus.New);
        OwnRequestId = own.Id;
        await App.WithDbAsync(db => db.Referrals.Where(r => r.Id == own.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.SubmittedByUserId, Id(Who.Parent))));
    }

    private async Task CoursesAsync()
    {
        var today = UkTime.DateOf(Now);
        var course = new Course { OrganisationId = Org.Id, Title = "Parenting with PACE", Summary = "Eight weeks together.", WhoFor = "Adoptive parents", Weeks = 2, CompletionMinimum = 1, SelfEnrol = true, CreatedAt = Now };
        var retiring = new Course { OrganisationId = Org.Id, Title = "An old course", Summary = "Retiring.", WhoFor = "Anyone", Weeks = 1, CompletionMinimum = 1, CreatedAt = Now };
        var ahead = new Cohort { CourseId = course.Id, OrganisationId = Org.Id, StartsOn = today.AddDays(30), StartTime = new(19, 0), EndTime = new(21, 0), Capacity = 10, VenueName = "Library", CreatedAt = Now };
        var past = new Cohort { CourseId = course.Id, OrganisationId = Org.Id, StartsOn = today.AddDays(-20), StartTime = new(19, 0), EndTime = new(21, 0), Capacity = 10, PlacesHeld = 1, VenueName = "Library", CreatedAt = Now };
        past.Facilitators.Add(new CohortFacilitator { CohortId = past.Id, UserId = Id(Who.CareTeamClinician) });
        var place = new CoursePlace { CohortId = past.Id, UserId = ParentId, FamilyId = FamilyId, Status = PlaceStatus.Enrolled, JoinedAt = Now.AddDays(-30), EnrolledAt = Now.AddDays(-30), CompletedAt = Now.AddDays(-13), AddedByUserId = ParentId };
        place.Attendance.Add(new CourseAttendance { PlaceId = place.Id, Week = 1, Attended = true, RecordedByUserId = Id(Who.CareTeamClinician), RecordedAt = Now.AddDays(-20) });
        // A second child's plan, so the first child's plan, made through the pages, stays the one other rows read.
        var sibling = new Child { FamilyId = FamilyId, FirstName = "Robin" };
        var plan = new SupportPlan { FamilyId = FamilyId, ChildId = sibling.Id, OrganisationId = Org.Id, Status = PlanStatus.Agreed, StartDate = today, ReviewDate = today.AddMonths(3), CreatedByUserId = Id(Who.CareTeamClinician), CreatedAt = Now, RespondedAt = Now };
        var item = new PlanItem { PlanId = plan.Id, Kind = PlanItemKind.GroupCourse, Funding = FundingRoute.SelfFunded, Cost = 300 };
        (CourseId, CourseToRetireId, PastCohortId, CompletedPlaceId, CoursePlanId, CourseItemId) = (course.Id, retiring.Id, past.Id, place.Id, plan.Id, item.Id);
        await App.WithDbAsync(db =>
        {
            db.AddRange(course, retiring, ahead, past, place, sibling, plan, item);
            return db.SaveChangesAsync();
        });
    }

    private async Task OrganisationAsync()
    {
        var council = await App.CreateOrganisationAsync(OrganisationKind.LocalAuthority);
        var service = new Service { OrganisationId = Org.Id, Name = "Adoption support", CreatedAt = Now };
        var closing = new Service { OrganisationId = Org.Id, Name = "Sensory OT", CreatedAt = Now };
        var commission = new Commission { CommissionerOrganisationId = council.Id, ProviderOrganisationId = Org.Id, StartsOn = UkTime.DateOf(Now).AddDays(-30), CreatedByUserId = Id(Who.Admin), CreatedAt = Now };
        (ServiceId, ServiceToCloseId, CommissionId) = (service.Id, closing.Id, commission.Id);
        await App.WithDbAsync(db =>
        {
            db.AddRange(service, closing, commission);
            return db.SaveChangesAsync();
        });
    }

    /// <summary>What is simplest made as people make it: the plan the care team writes, the parent's message with a file.</summary>
    private async Task ThroughThePagesAsync()
    {
        PlanId = SessionSteps.PlanIdFrom(await Browsers[Who.CareTeamClinician].PostFormAsync($"/staff/families/{FamilyId}/plans/new", App.PlanForm(ChildId)));
        var goals = new MeasureDue { FamilyId = FamilyId, PlanId = PlanId, InstrumentId = "goals", Point = "matrix", Reason = "At the start", DueAt = Now, CreatedAt = Now };
        GoalsDueId = goals.Id;
        await App.WithDbAsync(db => { db.MeasuresDue.Add(goals); return db.SaveChangesAsync(); });

        var sent = await Browsers[Who.Parent].PostMultipartAsync($"/messages/new?familyId={FamilyId}",
            new Dictionary<string, string> { ["Input.Subject"] = $"Bedtime for {ChildName}", ["Input.Body"] = "Bedtime was hard again." }, [("Attachment", "timetable.png", Documents.Png)]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        ThreadId = Guid.Parse(Browser.Location(sent)["/messages/".Length..]);
        AttachmentId = await App.WithDbAsync(db => db.MessageAttachments.Where(a => db.Messages.Any(m => m.Id == a.MessageId && m.ThreadId == ThreadId)).Select(a => a.Id).SingleAsync());
    }

    private async Task OnePerPersonAsync()
    {
        var clinician = Id(Who.CareTeamClinician);
        await App.WithDbAsync(async db =>
        {
            var i = 0;
            foreach (var who in Enum.GetValues<Who>())
            {
                i++;
                var asker = Helper(db, $"asker{i}");
                var toAdd = Helper(db, $"addable{i}");
                var toRemove = Helper(db, $"member{i}");
                var request = new CareTeamRequest { FamilyId = FamilyId, UserId = asker, OrganisationId = Org.Id, RequestedAt = Now };
                db.CareTeamRequests.Add(request);
                CareTeamRequests[who] = request.Id;
                CliniciansToAdd[who] = toAdd;
                db.CareTeamMembers.Add(new CareTeamMember { FamilyId = FamilyId, UserId = toRemove, OrganisationId = Org.Id, AddedAt = Now });
                CareTeamMembersToRemove[who] = toRemove;

                db.PeerGroupMembers.Add(new PeerGroupMember { GroupId = GroupId, UserId = asker, Status = GroupMemberStatus.Requested, DisplayName = $"Applicant {i}", RequestedAt = Now });
                GroupApplicants[who] = asker;
                db.PeerGroupMembers.Add(new PeerGroupMember { GroupId = GroupId, UserId = toAdd, Status = GroupMemberStatus.Member, DisplayName = $"Member {i}", RequestedAt = Now });
                GroupMembersToRemove[who] = toAdd;

                var toCancel = FutureSession(i);
                var forTheService = FutureSession(100 + i);
                var past = PastSession(i);
                db.Sessions.AddRange(toCancel, forTheService, past);
                (SessionsToCancel[who], SessionsToCancelForTheService[who], SessionsToRecord[who]) = (toCancel.Id, forTheService.Id, past.Id);

                var guest = new SessionGuest { SessionId = SessionId, Name = $"Guest {i}", Email = $"guest{i}@example.test", TokenHash = SecretTokens.New().Hash, InvitedByUserId = Id(Who.Parent), InvitedAt = Now };
                db.SessionGuests.Add(guest);
                GuestsToRevoke[who] = guest.Id;

                var timeOff = new AvailabilityException { ClinicianUserId = clinician, Kind = AvailabilityExceptionKind.Leave, StartsAt = Now.AddDays(200 + i), EndsAt = Now.AddDays(200 + i).AddHours(8) };
                db.AvailabilityExceptions.Add(timeOff);
                TimeOffToRemove[who] = timeOff.Id;

                var invitation = new StaffInvitation
                {
                    OrganisationId = Org.Id,
                    Email = $"invited{i}@example.test",
                    DisplayName = $"Invited {i}",
                    Role = Role.Clinician,
                    TokenHash = SecretTokens.New().Hash,
                    InvitedByUserId = Id(Who.Admin),
                    CreatedAt = Now,
                    ExpiresAt = Now.AddDays(7),
                };
                db.StaffInvitations.Add(invitation);
                InvitationsToRevoke[who] = invitation.Id;

                var strategy = Strategy();
                db.HomeStrategies.Add(strategy);
                StrategiesToStop[who] = strategy.Id;
            }
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>A clinician of the organisation who never signs in: someone for a row to act on.</summary>
    private Guid Helper(AlongsideDbContext db, string name)
    {
        var email = Support.People.NewEmail(name);
        var user = new AppUser { Id = Guid.CreateVersion7(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true, DisplayName = name, CreatedAt = Now, SecurityStamp = Guid.NewGuid().ToString("N") };
        db.Users.Add(user);
        db.Memberships.Add(new Membership { UserId = user.Id, OrganisationId = Org.Id, Role = Role.Clinician, CreatedAt = Now });
        return user.Id;
    }

    /// <summary>A booked online session of the care team clinician, days ahead (each <paramref name="slot"/> two hours apart).</summary>
    private Session FutureSession(int slot) => Booked(Now.AddDays(10).AddHours(2 * slot));

    private Session PastSession(int slot) => Booked(Now.AddDays(-3).AddHours(-2 * slot));

    private Session Booked(DateTimeOffset startsAt) => new()
    {
        FamilyId = FamilyId,
        ClinicianUserId = Id(Who.CareTeamClinician),
        Kind = SessionKind.ParentingSupport,
        StartsAt = startsAt,
        EndsAt = startsAt.AddHours(1),
        Mode = DeliveryMode.Online,
        VideoLink = "https://video.example.test/room-matrix",
        BookedByUserId = Id(Who.CareTeamClinician),
        CreatedAt = Now,
    };

    private HomeStrategy Strategy() => new()
    {
        FamilyId = FamilyId,
        Title = "Name the feeling",
        WhatToDo = "Say what you see",
        WhyItHelps = "It calms",
        HowOften = "Daily",
        SharedByUserId = Id(Who.CareTeamClinician),
        SharedAt = Now,
    };

    /// <summary>Everyone signs in once; the anonymous visitor and the guest only fetch a form.</summary>
    private async Task SignInAsync()
    {
        foreach (var who in Enum.GetValues<Who>())
        {
            var cookies = new CookieContainer();
            var browser = App.NewBrowser(cookies);
            if (People.TryGetValue(who, out var person)) await browser.SignInAsync(person);
            (Browsers[who], Cookies[who]) = (browser, cookies);
            Tokens[who] = Browser.Token(await browser.GetStringAsync(People.ContainsKey(who) ? "/account" : "/account/sign-in"));
        }
    }

    /// <summary>Signs the person in again on a new browser (for a row that ends every session they have).</summary>
    public async Task<(HttpClient Browser, string Token)> FreshSignInAsync(Who who)
    {
        var browser = App.NewBrowser(new CookieContainer());
        await browser.SignInAsync(People[who]);
        return (browser, Browser.Token(await browser.GetStringAsync("/account")));
    }
}
