using System.Globalization;
using Who = Alongside.Web.Infrastructure.Security.AccessMatrix.Who;

namespace Alongside.IntegrationTests.Infrastructure.Security;

/// <summary>A request as a browser sends it: forms carry the sender's antiforgery token unless the endpoint takes none.</summary>
public sealed record MatrixRequest(HttpMethod Method, string Url, IReadOnlyDictionary<string, string>? Form = null, bool Antiforgery = true);

/// <summary>
/// How each row of the access matrix is sent, with the world's real ids. Posts that would change
/// what a later row depends on carry input the handler refuses (the page comes back with a
/// message) or act on a record of the sender's own; the rest act for real.
/// </summary>
public static class AccessMatrixRequests
{
    private static readonly string Nobody = Guid.NewGuid().ToString();

    private static Func<Who, MatrixRequest> Get(string url) => _ => new(HttpMethod.Get, url);

    private static Func<Who, MatrixRequest> Post(string url, params (string Name, string Value)[] form) =>
        _ => new(HttpMethod.Post, url, form.ToDictionary(f => f.Name, f => f.Value));

    private static MatrixRequest PostAs(string url, params (string Name, string Value)[] form) =>
        new(HttpMethod.Post, url, form.ToDictionary(f => f.Name, f => f.Value));

    private static string Ticks(long ticks) => ticks.ToString(CultureInfo.InvariantCulture);

    public static IReadOnlyDictionary<string, Func<Who, MatrixRequest>> For(AccessMatrixWorld w)
    {
        var family = $"/staff/families/{w.FamilyId}";
        var group = $"/groups/{w.GroupId}";
        var referral = $"/staff/referrals/{w.DuplicateReferralId}";
        var session = $"/staff/sessions/{w.SessionId}";
        return new Dictionary<string, Func<Who, MatrixRequest>>
        {
            ["GET /"] = Get("/"),
            ["GET /about/data"] = Get("/about/data"),
            ["GET /about/privacy"] = Get("/about/privacy"),
            ["GET /about/accessibility"] = Get("/about/accessibility"),
            ["GET /about/contact"] = Get("/about/contact"),
            ["GET /about/who-runs-this-service"] = Get("/about/who-runs-this-service"),
            ["GET /urgent-help"] = Get("/urgent-help"),
            ["GET /error/{code?}"] = Get("/error/404"),
            ["POST /error/{code?}"] = _ => new(HttpMethod.Post, "/error/400", Antiforgery: false),
            ["GET /health/live"] = Get("/health/live"),
            ["GET /health/ready"] = Get("/health/ready"),
            ["GET /openapi/{documentName}.json"] = Get("/openapi/v1.json"),
            ["GET /api/docs/{documentName?}"] = Get("/api/docs/"),
            ["GET /api/docs/scalar.js"] = Get("/api/docs/scalar.js"),
            ["GET /api/docs/scalar.aspnetcore.js"] = Get("/api/docs/scalar.aspnetcore.js"),
            ["GET /api/docs/favicon.svg"] = Get("/api/docs/favicon.svg"),
            ["GET /staff/risk"] = Get("/staff/risk"),
            ["POST /staff/risk"] = Post("/staff/risk", ("alertId", Nobody), ("actionTaken", "")),

            ["GET /account/register"] = Get("/account/register"),
            ["POST /account/register"] = Post("/account/register"),
            ["GET /account/check-your-email"] = Get("/account/check-your-email"),
            ["GET /account/confirm-email"] = Get("/account/confirm-email"),
            ["GET /account/sign-in"] = Get("/account/sign-in"),
            ["POST /account/sign-in"] = Post("/account/sign-in", ("Input.Email", "nobody@example.test"), ("Input.Password", "not the password")),
            ["GET /account/sign-in-code"] = Get("/account/sign-in-code"),
            ["POST /account/sign-in-code"] = Post("/account/sign-in-code", ("Input.Code", "123456")),
            ["GET /account/forgot-password"] = Get("/account/forgot-password"),
            ["POST /account/forgot-password"] = Post("/account/forgot-password"),
            ["GET /account/reset-password"] = Get("/account/reset-password"),
            ["POST /account/reset-password"] = Post("/account/reset-password"),
            ["GET /account/signed-out"] = Get("/account/signed-out"),
            ["GET /account/closed"] = Get("/account/closed"),
            ["GET /account/access-denied"] = Get("/account/access-denied"),
            ["GET /account"] = Get("/account"),
            ["GET /account/change-password"] = Get("/account/change-password"),
            ["POST /account/change-password"] = Post("/account/change-password"),
            ["GET /account/details"] = Get("/account/details"),
            // No name: the page comes back with its message and nobody's details change.
            ["POST /account/details"] = Post("/account/details"),
            ["GET /account/change-email"] = Get("/account/change-email"),
            ["POST /account/change-email"] = Post("/account/change-email"),
            ["GET /account/confirm-new-email"] = Get("/account/confirm-new-email"),
            // No token: "this link has not worked" and nothing changes.
            ["POST /account/confirm-new-email"] = Post("/account/confirm-new-email", ("UserId", Nobody), ("Email", "nobody@example.test"), ("Code", "bm90LWEtdG9rZW4")),
            ["GET /account/two-factor"] = Get("/account/two-factor"),
            ["POST /account/two-factor"] = Post("/account/two-factor"),
            ["GET /account/emails"] = Get("/account/emails"),
            // Essential is not a choice: the page comes back with its message and nobody's choices change.
            ["POST /account/emails"] = Post("/account/emails", ("Input.Wanted", "Essential")),
            ["GET /account/sessions"] = Get("/account/sessions"),
            ["POST /account/sessions?handler=End"] = Post("/account/sessions?handler=End", ("id", Nobody)),
            ["POST /account/sessions?handler=Others"] = Post("/account/sessions?handler=Others"),
            ["GET /account/close"] = Get("/account/close"),
            // No password: the page comes back with its message and nobody's account closes.
            ["POST /account/close"] = Post("/account/close"),
            ["GET /account/sign-out"] = Get("/account/sign-out"),
            ["POST /account/sign-out"] = Post("/account/sign-out"),
            ["POST /account/sign-out?handler=Everywhere"] = Post("/account/sign-out?handler=Everywhere"),
            ["GET /api/v1/me"] = Get("/api/v1/me"),

            ["GET /admin/invitations"] = Get("/admin/invitations"),
            ["POST /admin/invitations"] = Post("/admin/invitations"),
            ["POST /admin/invitations?handler=Revoke"] = who => PostAs("/admin/invitations?handler=Revoke", ("id", w.InvitationsToRevoke[who].ToString())),
            ["GET /platform/funding"] = Get("/platform/funding"),
            // A window of 13 months is refused: the page answers with a message and nothing is saved.
            ["POST /platform/funding"] = Post("/platform/funding", ("Input.TherapyLimit", "5000"), ("Input.AssessmentLimit", "2500"), ("Input.MatchSharePercent", "50"),
                ("Input.MatchCeiling", "5000"), ("Input.WindowMonths", "13"), ("Input.WarnDays", "14")),
            ["GET /account/invitation"] = Get("/account/invitation?token=not-a-token"),
            ["POST /account/invitation"] = Post("/account/invitation?token=not-a-token"),

            ["GET /platform/organisations"] = Get("/platform/organisations"),
            ["GET /platform/organisations/new"] = Get("/platform/organisations/new"),
            // Every field empty: the page comes back with its messages and nothing is created.
            ["POST /platform/organisations/new"] = Post("/platform/organisations/new"),
            ["GET /admin/organisation"] = Get($"/admin/organisation?organisation={w.Org.Id}"),
            // A website that is not https is refused with a message.
            ["POST /admin/organisation"] = Post($"/admin/organisation?organisation={w.Org.Id}", ("Input.Website", "http://example.test")),
            ["GET /admin/services"] = Get($"/admin/services?organisation={w.Org.Id}"),
            ["POST /admin/services"] = Post($"/admin/services?organisation={w.Org.Id}", ("Input.Name", "")),
            ["POST /admin/services?handler=Edit"] = Post($"/admin/services?organisation={w.Org.Id}&handler=Edit&id={w.ServiceId}", ("Input.Name", "")),
            // Closing acts for real on a service nothing else reads; closing it again changes nothing.
            ["POST /admin/services?handler=Close"] = Post($"/admin/services?organisation={w.Org.Id}&handler=Close&id={w.ServiceToCloseId}"),
            ["GET /admin/members"] = Get($"/admin/members?organisation={w.Org.Id}"),
            // No role chosen, and the last admin's role or membership: each refused with a message.
            ["POST /admin/members?handler=AddRole"] = Post($"/admin/members?organisation={w.Org.Id}&handler=AddRole&userId={w.People[Who.Supervisor].Id}"),
            ["POST /admin/members?handler=RemoveRole"] = Post($"/admin/members?organisation={w.Org.Id}&handler=RemoveRole&userId={w.People[Who.Admin].Id}&role=Admin"),
            ["POST /admin/members?handler=Remove"] = Post($"/admin/members?organisation={w.Org.Id}&handler=Remove&userId={w.People[Who.Admin].Id}"),
            ["GET /admin/commissioners"] = Get($"/admin/commissioners?organisation={w.Org.Id}"),
            ["POST /admin/commissioners"] = Post($"/admin/commissioners?organisation={w.Org.Id}"),
            // Ending acts for real on a commission nothing else reads; ending it again the same day changes nothing.
            ["POST /admin/commissioners?handler=End"] = Post($"/admin/commissioners?organisation={w.Org.Id}&handler=End&id={w.CommissionId}"),

            ["GET /staff/families/{familyId}/assessments/new"] = Get($"{family}/assessments/new"),
            ["POST /staff/families/{familyId}/assessments/new"] = Post($"{family}/assessments/new"),

            ["GET /family"] = Get("/family"),
            ["GET /family/children/{id}"] = Get($"/family/children/{w.ChildId}"),
            ["POST /family/children/{id}"] = Post($"/family/children/{w.ChildId}", ("Input.FirstName", "")),
            ["GET /family/invite"] = Get("/family/invite"),
            ["POST /family/invite"] = Post("/family/invite"),
            ["GET /family/join"] = Get("/family/join?token=not-a-token"),
            ["POST /family/join"] = Post("/family/join?token=not-a-token"),
            ["GET /family/sharing"] = Get("/family/sharing"),
            ["POST /family/sharing"] = Post("/family/sharing", ("audience", "Referrer"), ("share", "true")),
            ["GET /family/who-has-looked"] = Get("/family/who-has-looked"),
            ["GET /family/my-data"] = Get("/family/my-data"),
            ["GET /family/measures"] = Get("/family/measures"),
            ["GET /family/measures/{dueId}"] = Get($"/family/measures/{w.DueId}"),
            // No answers: the page comes back with a message by each item and nothing is saved.
            ["POST /family/measures/{dueId}"] = Post($"/family/measures/{w.DueId}"),
            ["GET /family/progress"] = Get("/family/progress"),
            ["GET /staff/caseload"] = Get("/staff/caseload"),
            ["GET /admin/instruments"] = Get("/admin/instruments"),
            ["GET /staff/feedback"] = Get("/staff/feedback"),
            // Blank notes are refused with a message; taking one down acts for real on the world's note, which nothing else reads.
            ["POST /staff/feedback?handler=Publish"] = Post("/staff/feedback?handler=Publish", ("Note.OrganisationId", w.Org.Id.ToString()), ("Note.YouSaid", ""), ("Note.WeDid", "")),
            ["POST /staff/feedback?handler=TakeDown"] = Post($"/staff/feedback?handler=TakeDown&id={w.NoteId}"),
            // A zero interval and a blank licence reference are refused with a message; removing a licence never recorded changes nothing.
            ["POST /admin/instruments?handler=Schedule"] = Post($"/admin/instruments?handler=Schedule&org={w.Org.Id}", ("GoalsEvery", "0"), ("WellbeingEvery", "4")),
            ["POST /admin/instruments?handler=Licence"] = Post($"/admin/instruments?handler=Licence&org={w.Org.Id}&instrumentId=swemwbs", ("Reference", "")),
            ["POST /admin/instruments?handler=RemoveLicence"] = Post($"/admin/instruments?handler=RemoveLicence&org={w.Org.Id}&instrumentId=swemwbs"),
            ["GET /staff/families/{familyId}/measures/{dueId?}"] = Get($"{family}/measures/{w.GoalsDueId}"),
            // No answers: the page comes back with a message by each goal and nothing is saved.
            ["POST /staff/families/{familyId}/measures/{dueId?}"] = Post($"{family}/measures/{w.GoalsDueId}"),
            ["POST /family/my-data"] = Post("/family/my-data"),
            ["GET /api/v1/families/{id}"] = Get($"/api/v1/families/{w.FamilyId}"),
            ["GET /api/v1/fhir/Questionnaire"] = Get("/api/v1/fhir/Questionnaire"),
            ["GET /api/v1/fhir/Questionnaire/{id}"] = Get("/api/v1/fhir/Questionnaire/session-feedback"),
            ["GET /api/v1/fhir/QuestionnaireResponse"] = Get($"/api/v1/fhir/QuestionnaireResponse?subject=Family/{w.FamilyId}"),
            ["GET /api/v1/fhir/QuestionnaireResponse/{id}"] = Get($"/api/v1/fhir/QuestionnaireResponse/{w.ResponseId}"),
            ["GET /api/v1/fhir/Observation"] = Get($"/api/v1/fhir/Observation?subject=Family/{w.FamilyId}"),
            ["GET /api/v1/fhir/Observation/{id}"] = Get($"/api/v1/fhir/Observation/{w.ResponseId}"),

            ["GET /groups"] = Get("/groups"),
            ["GET /api/v1/groups"] = Get("/api/v1/groups"),
            ["GET /courses"] = Get("/courses"),
            ["GET /courses/{id}"] = Get($"/courses/{w.CourseId}"),
            ["POST /courses/{id}?handler=Join"] = Post($"/courses/{w.CourseId}?handler=Join", ("cohortId", Nobody)),
            ["POST /courses/{id}?handler=Ask"] = Post($"/courses/{w.CourseId}?handler=Ask", ("cohortId", Nobody), ("familyId", Nobody)),
            ["GET /courses/mine"] = Get("/courses/mine"),
            ["GET /reports"] = Get("/reports"),
            ["GET /reports/{organisationId}"] = Get($"/reports/{w.Org.Id}"),
            ["GET /reports/{organisationId}?handler=Csv"] = Get($"/reports/{w.Org.Id}?handler=Csv"),
            ["POST /courses/mine?handler=Accept"] = Post("/courses/mine?handler=Accept", ("placeId", w.CompletedPlaceId.ToString())),
            ["POST /courses/mine?handler=Leave"] = Post("/courses/mine?handler=Leave", ("placeId", Nobody)),
            ["GET /courses/places/{id}/certificate"] = Get($"/courses/places/{w.CompletedPlaceId}/certificate"),
            ["GET /courses/manage"] = Get("/courses/manage"),
            ["GET /courses/manage/course/{id?}"] = Get($"/courses/manage/course/{w.CourseId}"),
            ["POST /courses/manage/course/{id?}"] = Post($"/courses/manage/course/{w.CourseId}", ("Input.OrganisationId", w.Org.Id.ToString()), ("Input.Title", "")),
            ["POST /courses/manage/course/{id?}?handler=Retire"] = Post($"/courses/manage/course/{w.CourseToRetireId}?handler=Retire"),
            ["GET /courses/manage/course/{courseId}/cohorts/new"] = Get($"/courses/manage/course/{w.CourseId}/cohorts/new"),
            ["POST /courses/manage/course/{courseId}/cohorts/new"] = Post($"/courses/manage/course/{w.CourseId}/cohorts/new", ("Input.StartsOn", "")),
            ["GET /courses/cohorts/{id}"] = Get($"/courses/cohorts/{w.PastCohortId}"),
            ["POST /courses/cohorts/{id}?handler=Remove"] = Post($"/courses/cohorts/{w.PastCohortId}?handler=Remove", ("placeId", Nobody)),
            ["POST /courses/cohorts/{id}?handler=Cancel"] = Post($"/courses/cohorts/{w.PastCohortId}?handler=Cancel"),
            ["GET /courses/cohorts/{id}/edit"] = Get($"/courses/cohorts/{w.PastCohortId}/edit"),
            ["POST /courses/cohorts/{id}/edit"] = Post($"/courses/cohorts/{w.PastCohortId}/edit", ("Input.Capacity", "")),
            ["GET /courses/cohorts/{id}/register/{week}"] = Get($"/courses/cohorts/{w.PastCohortId}/register/1"),
            ["POST /courses/cohorts/{id}/register/{week}"] = Post($"/courses/cohorts/{w.PastCohortId}/register/1", ("Present", Nobody)),
            ["GET /groups/{id}"] = Get(group),
            ["POST /groups/{id}?handler=Join"] = Post($"{group}?handler=Join", ("Join.DisplayName", "")),
            ["POST /groups/{id}?handler=Respond"] = Post($"{group}?handler=Respond&meeting={Ticks(w.UpcomingMeeting)}&coming=true"),
            ["POST /groups/{id}?handler=Feedback"] = Post($"{group}?handler=Feedback&meeting={Ticks(w.LastMeeting)}"),
            ["GET /groups/{id}/manage"] = Get($"{group}/manage"),
            ["POST /groups/{id}/manage?handler=Decide"] = who => PostAs($"{group}/manage?handler=Decide&userId={w.GroupApplicants[who]}&welcome=false"),
            ["POST /groups/{id}/manage?handler=Attendance"] = Post($"{group}/manage?handler=Attendance&meeting={Ticks(w.LastMeeting)}"),
            ["POST /groups/{id}/manage?handler=Remove"] = who => PostAs($"{group}/manage?handler=Remove&userId={w.GroupMembersToRemove[who]}"),
            // Lifting a measure nobody has is the harmless way to reach the handler.
            ["POST /groups/{id}/manage?handler=Measure"] = Post($"{group}/manage?handler=Measure&userId={w.ParentId}", ("action", "Lift"), ("days", "1")),
            ["GET /admin/groups/new"] = Get("/admin/groups/new"),
            ["POST /admin/groups/new"] = Post("/admin/groups/new"),
            ["GET /admin/groups/import"] = Get("/admin/groups/import"),
            ["POST /admin/groups/import"] = Post("/admin/groups/import"),
            ["GET /admin/groups/import?handler=Template"] = Get("/admin/groups/import?handler=Template"),
            ["GET /groups/{id}/discussion"] = Get($"{group}/discussion"),
            ["POST /groups/{id}/discussion"] = Post($"{group}/discussion", ("Title", ""), ("Body", "")),
            ["POST /groups/{id}/discussion?handler=Conduct"] = Post($"{group}/discussion?handler=Conduct"),
            ["GET /groups/{id}/leave"] = Get($"{group}/leave"),
            // Without the confirmation the page asks again and the parent stays a member (leaving for real: LeaveGroupTests).
            ["POST /groups/{id}/leave"] = Post($"{group}/leave"),
            ["GET /groups/{id}/discussion/topics/{topicId}"] = Get($"{group}/discussion/topics/{w.TopicId}"),
            ["POST /groups/{id}/discussion/topics/{topicId}"] = Post($"{group}/discussion/topics/{w.TopicId}", ("Body", "")),
            ["POST /groups/{id}/discussion/topics/{topicId}?handler=Mute"] = Post($"{group}/discussion/topics/{w.TopicId}?handler=Mute&postId={w.OtherPostId}"),
            ["POST /groups/{id}/discussion/topics/{topicId}?handler=Support"] = Post($"{group}/discussion/topics/{w.TopicId}?handler=Support&postId={w.OtherPostId}"),
            ["POST /groups/{id}/discussion/topics/{topicId}?handler=Pin"] = Post($"{group}/discussion/topics/{w.TopicId}?handler=Pin&pin=false"),
            ["GET /groups/{id}/discussion/posts/{postId}/edit"] = Get($"{group}/discussion/posts/{w.PostId}/edit"),
            ["POST /groups/{id}/discussion/posts/{postId}/edit"] = Post($"{group}/discussion/posts/{w.PostId}/edit", ("Body", "")),
            ["POST /groups/{id}/discussion/posts/{postId}/edit?handler=Delete"] = Post($"{group}/discussion/posts/{w.PostId}/edit?handler=Delete"),
            ["POST /groups/{id}/discussion?handler=Unmute"] = Post($"{group}/discussion?handler=Unmute&userId={w.ParentId}"),
            // A choice that does not exist is the harmless way to reach the handler: the page says so and nothing changes.
            ["POST /groups/{id}/discussion?handler=Emails"] = Post($"{group}/discussion?handler=Emails", ("emails", "Hourly")),
            ["GET /groups/{id}/discussion/search"] = Get($"{group}/discussion/search?q=news"),
            ["GET /groups/{id}/discussion/report/{postId}"] = Get($"{group}/discussion/report/{w.PostId}"),
            ["POST /groups/{id}/discussion/report/{postId}"] = Post($"{group}/discussion/report/{w.PostId}", ("Reason", "")),
            ["GET /groups/{id}/discussion/review"] = Get($"{group}/discussion/review"),
            ["POST /groups/{id}/discussion/review"] = Post($"{group}/discussion/review", ("postId", w.PostId.ToString()), ("action", "Approve")),
            ["POST /hubs/groups/negotiate"] = _ => new(HttpMethod.Post, "/hubs/groups/negotiate?negotiateVersion=1", Antiforgery: false),

            ["GET /messages"] = Get("/messages"),
            ["GET /messages/new"] = Get($"/messages/new?familyId={w.FamilyId}"),
            ["POST /messages/new"] = Post($"/messages/new?familyId={w.FamilyId}", ("Input.Subject", ""), ("Input.Body", "")),
            ["GET /messages/{id}"] = Get($"/messages/{w.ThreadId}"),
            ["POST /messages/{id}"] = Post($"/messages/{w.ThreadId}", ("Body", "")),
            ["GET /messages/{id}?handler=Attachment"] = Get($"/messages/{w.ThreadId}?handler=Attachment&attachmentId={w.AttachmentId}"),

            ["GET /family/peer-support"] = Get("/family/peer-support"),
            ["POST /family/peer-support"] = Post("/family/peer-support"),
            // The match is already on, so a yes or no answers nothing, and an end without a reason is refused with a message.
            ["POST /family/peer-support?handler=Accept"] = Post("/family/peer-support?handler=Accept", ("requestId", w.MatchedRequestId.ToString())),
            ["POST /family/peer-support?handler=Decline"] = Post("/family/peer-support?handler=Decline", ("requestId", w.MatchedRequestId.ToString())),
            ["POST /family/peer-support?handler=End"] = Post("/family/peer-support?handler=End", ("requestId", w.MatchedRequestId.ToString())),
            ["GET /peer"] = Get("/peer"),
            ["POST /peer"] = Post("/peer", ("Input.Capacity", "99")),
            ["GET /peer/requests"] = Get("/peer/requests"),
            ["GET /peer/requests/{id}"] = Get($"/peer/requests/{w.OpenRequestId}"),
            ["POST /peer/requests/{id}"] = Post($"/peer/requests/{w.OpenRequestId}", ("supporterId", Nobody)),
            ["GET /peer/parents/{id}"] = Get($"/peer/parents/{w.MatchedRequestId}"),
            ["POST /peer/parents/{id}"] = Post($"/peer/parents/{w.MatchedRequestId}", ("Contact.Topics", "")),
            ["POST /peer/parents/{id}?handler=Concern"] = Post($"/peer/parents/{w.MatchedRequestId}?handler=Concern", ("description", "")),
            ["POST /peer/parents/{id}?handler=End"] = Post($"/peer/parents/{w.MatchedRequestId}?handler=End"),
            ["GET /peer/concerns"] = Get("/peer/concerns"),
            ["POST /peer/concerns"] = Post("/peer/concerns", ("concernId", w.ConcernId.ToString()), ("action", "")),
            ["GET /peer/supervision"] = Get("/peer/supervision"),
            ["GET /peer/supervision/{supporterUserId}"] = Get($"/peer/supervision/{w.People[Who.MatchedPeerSupporter].Id}"),
            // Nothing filled in: the page comes back with its messages and nothing is recorded.
            ["POST /peer/supervision/{supporterUserId}"] = Post($"/peer/supervision/{w.People[Who.MatchedPeerSupporter].Id}", ("Input.Topics", "")),
            ["GET /peer/supervision/mine"] = Get("/peer/supervision/mine"),
            ["GET /local-help"] = Get("/local-help"),
            ["GET /admin/local-help"] = Get("/admin/local-help"),
            ["POST /admin/local-help"] = Post("/admin/local-help"),

            ["GET /staff/families/{familyId}/plans/new"] = Get($"{family}/plans/new"),
            ["POST /staff/families/{familyId}/plans/new"] = Post($"{family}/plans/new"),
            ["GET /staff/families/{familyId}/plans/{planId}"] = Get($"{family}/plans/{w.PlanId}"),
            ["GET /staff/families/{familyId}/plans/{planId}/end"] = Get($"{family}/plans/{w.PlanId}/end"),
            // An item counted in course places is refused with a message, so nothing changes.
            ["POST /staff/families/{familyId}/plans/{planId}?handler=Delivered"] = Post($"{family}/plans/{w.CoursePlanId}?handler=Delivered", ("itemId", w.CourseItemId.ToString())),
            ["POST /staff/families/{familyId}/plans/{planId}?handler=NotDelivered"] = Post($"{family}/plans/{w.CoursePlanId}?handler=NotDelivered", ("itemId", w.CourseItemId.ToString())),
            ["GET /staff/families/{familyId}/plans/{planId}/report"] = Get($"{family}/plans/{w.PlanId}/report"),
            ["GET /staff/families/{familyId}/plans/{planId}/items/{itemId}/cohort"] = Get($"{family}/plans/{w.CoursePlanId}/items/{w.CourseItemId}/cohort"),
            ["POST /staff/families/{familyId}/plans/{planId}/items/{itemId}/cohort"] = Post($"{family}/plans/{w.CoursePlanId}/items/{w.CourseItemId}/cohort", ("cohortId", Nobody)),
            // No reason given: the page asks for one and the support goes on.
            ["POST /staff/families/{familyId}/plans/{planId}/end"] = Post($"{family}/plans/{w.PlanId}/end"),
            ["GET /family/plans/{planId}"] = Get($"/family/plans/{w.PlanId}"),
            ["POST /family/plans/{planId}?handler=Agree"] = Post($"/family/plans/{w.PlanId}?handler=Agree"),
            ["POST /family/plans/{planId}?handler=Changes"] = Post($"/family/plans/{w.PlanId}?handler=Changes", ("Comment", "")),

            ["GET /get-help"] = Get("/get-help"),
            ["GET /get-help/{slug}"] = Get("/get-help/child-name"),
            ["POST /get-help/{slug}"] = Post("/get-help/child-name", ("answer", "")),
            ["GET /get-help/check"] = Get("/get-help/check"),
            ["POST /get-help/check"] = Post("/get-help/check"),
            ["GET /get-help/sent"] = Get("/get-help/sent"),
            ["GET /get-help/requests/{id}"] = Get($"/get-help/requests/{w.OwnRequestId}"),
            ["GET /get-help/requests/{id}/withdraw"] = Get($"/get-help/requests/{w.OwnRequestId}/withdraw"),
            ["POST /get-help/requests/{id}/withdraw"] = Post($"/get-help/requests/{w.OwnRequestId}/withdraw"),
            ["GET /refer/mine/{id}"] = Get($"/refer/mine/{w.ReferralId}"),
            ["GET /refer"] = Get("/refer"),
            ["POST /refer"] = Post("/refer"),
            ["GET /refer/mine"] = Get("/refer/mine"),
            ["GET /refer/mine/plans/{planId}/report"] = Get($"/refer/mine/plans/{w.PlanId}/report"),
            ["GET /staff/referrals"] = Get("/staff/referrals"),
            ["GET /staff/referrals/{id}"] = Get($"/staff/referrals/{w.ReferralId}"),
            ["GET /staff/referrals/{id}?handler=Document"] = Get($"/staff/referrals/{w.ReferralId}?handler=Document&documentId={w.DocumentId}"),
            ["POST /staff/referrals/{id}?handler=Accept"] = Post($"{referral}?handler=Accept"),
            ["POST /staff/referrals/{id}?handler=WaitingList"] = Post($"{referral}?handler=WaitingList"),
            ["POST /staff/referrals/{id}?handler=Decline"] = Post($"{referral}?handler=Decline", ("Reason", "")),
            ["POST /staff/referrals/{id}?handler=ReviewDecline"] = Post($"{referral}?handler=ReviewDecline", ("Reason", "")),
            ["POST /staff/referrals/{id}?handler=Priority"] = Post($"{referral}?handler=Priority", ("Priority", "1"), ("Reason", "")),
            ["POST /staff/referrals/{id}?handler=Funding"] = Post($"{referral}?handler=Funding"),
            ["POST /staff/referrals/{id}?handler=Service"] = Post($"{referral}?handler=Service", ("ServiceId", Guid.NewGuid().ToString())),
            ["POST /staff/referrals/{id}?handler=DismissDuplicate"] = Post($"/staff/referrals/{w.ReferralId}?handler=DismissDuplicate"),
            ["POST /staff/referrals/{id}?handler=Merge"] = Post($"{referral}?handler=Merge&into={w.ReferralId}"),

            ["GET /family/sessions"] = Get("/family/sessions"),
            ["GET /family/sessions?handler=Calendar"] = Get($"/family/sessions?handler=Calendar&id={w.SessionId}"),
            ["GET /family/sessions?handler=Join"] = Get($"/family/sessions?handler=Join&id={w.SessionId}"),
            ["GET /family/sessions/{id}/cancel"] = Get($"/family/sessions/{w.SessionId}/cancel"),
            ["POST /family/sessions/{id}/cancel"] = who => PostAs($"/family/sessions/{w.SessionsToCancel[who]}/cancel"),
            ["GET /family/sessions/book"] = Get("/family/sessions/book?kind=ParentingSupport"),
            ["POST /family/sessions/book?handler=Earlier"] = Post($"/family/sessions/book?handler=Earlier&clinicianId={w.Id(Who.CareTeamClinician)}&kind=ParentingSupport"),
            ["POST /family/sessions/book?handler=LeaveEarlier"] = Post($"/family/sessions/book?handler=LeaveEarlier&clinicianId={w.Id(Who.CareTeamClinician)}&kind=ParentingSupport"),
            ["GET /family/sessions/book/review"] = Get($"/family/sessions/book/review?kind=ParentingSupport&clinicianId={w.Id(Who.CareTeamClinician)}&start={Ticks(w.App.Now.AddDays(5).UtcTicks)}"),
            ["POST /family/sessions/book/review"] = Post("/family/sessions/book/review", ("kind", "ParentingSupport"), ("clinicianId", w.Id(Who.CareTeamClinician).ToString()), ("start", Ticks(w.App.Now.AddDays(5).UtcTicks)), ("mode", "Online")),
            ["GET /family/sessions/{id}/guests"] = Get($"/family/sessions/{w.SessionId}/guests"),
            ["POST /family/sessions/{id}/guests"] = Post($"/family/sessions/{w.SessionId}/guests"),
            ["POST /family/sessions/{id}/guests?handler=Revoke"] = who => PostAs($"/family/sessions/{w.SessionId}/guests?handler=Revoke&guestId={w.GuestsToRevoke[who]}"),
            ["GET /guest/{token}"] = who => new(HttpMethod.Get, $"/guest/{(who == Who.Guest ? w.GuestToken : "never-given-" + Nobody)}"),
            ["GET /staff/sessions"] = Get("/staff/sessions"),
            ["GET /staff/sessions/calendar"] = Get($"/staff/sessions/calendar?view=week&date={UkTime.DateOf(w.SessionStartsAt):yyyy-MM-dd}"),
            ["POST /staff/sessions?handler=Record"] = who => PostAs($"/staff/sessions?handler=Record&id={w.SessionsToRecord[who]}&outcome=Attended"),
            ["GET /staff/sessions/{id}/change"] = Get($"{session}/change"),
            ["POST /staff/sessions/{id}/change?handler=Move"] = Post($"{session}/change?handler=Move"),
            ["POST /staff/sessions/{id}/change?handler=Cancel"] = who => PostAs($"/staff/sessions/{w.SessionsToCancelForTheService[who]}/change?handler=Cancel"),
            ["GET /staff/sessions/{id}/notes"] = Get($"{session}/notes"),
            ["POST /staff/sessions/{id}/notes"] = Post($"{session}/notes"),
            ["GET /staff/families/{familyId}/sessions/book"] = Get($"{family}/sessions/book"),
            ["POST /staff/families/{familyId}/sessions/book"] = Post($"{family}/sessions/book"),
            ["GET /staff/availability"] = Get("/staff/availability"),
            ["POST /staff/availability"] = Post("/staff/availability", ("Times[0]", "not a time"), ("Times[1]", "17:00")),
            ["GET /staff/availability/exceptions"] = Get("/staff/availability/exceptions"),
            ["POST /staff/availability/exceptions?handler=Add"] = Post("/staff/availability/exceptions?handler=Add"),
            ["POST /staff/availability/exceptions?handler=Remove"] = who => PostAs($"/staff/availability/exceptions?handler=Remove&id={w.TimeOffToRemove[who]}"),
            ["GET /account/calendar"] = Get("/account/calendar"),
            ["POST /account/calendar"] = Post("/account/calendar"),
            ["POST /account/calendar?handler=Stop"] = Post("/account/calendar?handler=Stop"),
            ["GET /calendar/{token}.ics"] = who => new(HttpMethod.Get, $"/calendar/{(who == Who.Parent ? w.FeedToken : "never-given-" + Nobody)}.ics"),

            ["GET /staff"] = Get("/staff"),
            ["GET /staff/families/{id}"] = Get(family),
            ["POST /staff/families/{id}?handler=Join"] = Post($"{family}?handler=Join"),
            ["POST /staff/families/{id}?handler=Decide"] = who => PostAs($"{family}?handler=Decide&requestId={w.CareTeamRequests[who]}&approve=false"),
            ["POST /staff/families/{id}?handler=Add"] = who => PostAs($"{family}?handler=Add&userId={w.CliniciansToAdd[who]}"),
            ["POST /staff/families/{id}?handler=Remove"] = who => PostAs($"{family}?handler=Remove&userId={w.CareTeamMembersToRemove[who]}"),

            ["GET /training/register-interest"] = Get($"/training/register-interest?organisation={w.Org.Id}"),
            // Nothing filled in: the page comes back with its messages and nothing is sent.
            ["POST /training/register-interest"] = Post($"/training/register-interest?organisation={w.Org.Id}", ("Input.Name", "")),
            ["GET /training/register-interest/thanks"] = Get("/training/register-interest/thanks"),
            ["GET /training/interests"] = Get("/training/interests"),
            ["GET /training/interests/{id}"] = Get($"/training/interests/{w.InterestId}"),
            ["POST /training/interests/{id}?handler=Note"] = Post($"/training/interests/{w.InterestId}?handler=Note", ("Note.Text", "")),
            // Back to New is never a move: refused with a message, so the interest stays where it is.
            ["POST /training/interests/{id}?handler=Move"] = Post($"/training/interests/{w.InterestId}?handler=Move", ("Move.To", "New")),
            ["GET /training/records"] = Get("/training/records"),

            ["GET /family/strategies"] = Get("/family/strategies"),
            ["GET /family/strategies/{id}/log"] = Get($"/family/strategies/{w.StrategyId}/log"),
            ["POST /family/strategies/{id}/log"] = Post($"/family/strategies/{w.StrategyId}/log"),
            ["GET /staff/families/{familyId}/strategies"] = Get($"{family}/strategies"),
            ["POST /staff/families/{familyId}/strategies"] = Post($"{family}/strategies"),
            ["POST /staff/families/{familyId}/strategies?handler=Stop"] = who => PostAs($"{family}/strategies?handler=Stop&strategyId={w.StrategiesToStop[who]}"),
        };
    }
}
