namespace Alongside.Web.Infrastructure.Security;

/// <summary>
/// Who may use each endpoint, for the people around one family: every page handler (GET and
/// POST), API endpoint, hub method and file download. A row names the endpoint and its policy;
/// everyone the policy admits may use it, unless the row narrows that to the people a
/// relationship admits (decided inside the query, so everyone else gets 404). On list pages
/// open to more people than the relationship, a row may also say who sees this family on it.
/// AccessMatrixTests fails on an endpoint the app maps that is not here, on a row the app no
/// longer maps, and on every answer that differs from this table.
/// </summary>
public static class AccessMatrix
{
    /// <summary>The people the table asks about, each by what they are to one family.</summary>
    public enum Who
    {
        Anonymous,
        Parent,
        ParentOfAnotherFamily,

        /// <summary>Someone the parent invited to one session: no account, only the guest link.</summary>
        Guest,
        CareTeamClinician,

        /// <summary>A clinician of the organisation working with the family, not on its care team.</summary>
        OrganisationClinician,
        OtherOrganisationClinician,

        /// <summary>The peer supporter matched with the family, in the family's organisation.</summary>
        MatchedPeerSupporter,
        UnmatchedPeerSupporter,

        /// <summary>A supervisor of the family's organisation (also its peer support coordinator).</summary>
        Supervisor,

        /// <summary>The professional who referred the family.</summary>
        Referrer,
        OtherReferrer,

        /// <summary>A commissioner at a local authority that commissions the family's organisation: aggregates only, nothing identifiable.</summary>
        Commissioner,

        /// <summary>An admin of the family's organisation, which also runs the family's peer group.</summary>
        Admin,

        /// <summary>Someone who runs the platform (an admin of another organisation, with the platform flag).</summary>
        PlatformAdmin,
    }

    /// <summary>The role each signs in with; none for the anonymous visitor and the guest.</summary>
    public static Role? RoleOf(Who who) => who switch
    {
        Who.Parent or Who.ParentOfAnotherFamily => Role.ParentCarer,
        Who.CareTeamClinician or Who.OrganisationClinician or Who.OtherOrganisationClinician => Role.Clinician,
        Who.MatchedPeerSupporter or Who.UnmatchedPeerSupporter => Role.PeerSupporter,
        Who.Supervisor => Role.Supervisor,
        Who.Referrer or Who.OtherReferrer => Role.Referrer,
        Who.Commissioner => Role.Commissioner,
        Who.Admin or Who.PlatformAdmin => Role.Admin,
        _ => null,
    };

    /// <summary>
    /// One endpoint: "GET /route", "POST /route?handler=Name" or "HUB /route Method". No policy
    /// means [AllowAnonymous]. <see cref="Sees"/>, on a list page, is who finds this family
    /// (its name, or its child's) on it; everyone else let in gets the page without it.
    /// </summary>
    public sealed record Row(string Endpoint, string? Policy, IReadOnlySet<Who>? Only, IReadOnlySet<Who>? Sees = null)
    {
        /// <summary>Whether <paramref name="who"/> gets the endpoint's own answer rather than a refusal.</summary>
        public bool Allows(Who who) => Only?.Contains(who) ?? PolicyAdmits(Policy, who);
    }

    /// <summary>What the policy alone decides: everyone for [AllowAnonymous], otherwise the role's answer (staff all have two-factor sign-in).</summary>
    public static bool PolicyAdmits(string? policy, Who who) =>
        policy is null || (RoleOf(who) is { } role && AccessRules.Allows(policy, [role], twoFactorOk: true, who == Who.PlatformAdmin));

    // The relationships that narrow a policy.
    private static readonly Who[] SignedIn = [.. Enum.GetValues<Who>().Where(w => RoleOf(w) is not null)];
    private static readonly Who[] TheFamily = [Who.Parent];
    private static readonly Who[] CareTeam = [Who.CareTeamClinician];
    private static readonly Who[] WorkersOfTheFamilysOrganisation = [Who.CareTeamClinician, Who.OrganisationClinician, Who.Supervisor, Who.Admin];
    private static readonly Who[] TheFamilyAndItsWorkers = [Who.Parent, .. WorkersOfTheFamilysOrganisation];
    private static readonly Who[] TheFamilyAndCareTeam = [Who.Parent, Who.CareTeamClinician];
    private static readonly Who[] TriageStaff = [Who.CareTeamClinician, Who.OrganisationClinician, Who.Admin];
    private static readonly Who[] CliniciansOfTheFamilysOrganisation = [Who.CareTeamClinician, Who.OrganisationClinician];
    private static readonly Who[] Clinicians = [Who.CareTeamClinician, Who.OrganisationClinician, Who.OtherOrganisationClinician];
    private static readonly Who[] CareTeamOrAdmin = [Who.CareTeamClinician, Who.Admin];
    private static readonly Who[] TheOrganisationsAdmin = [Who.Admin];
    private static readonly Who[] PeerSupporters = [Who.MatchedPeerSupporter, Who.UnmatchedPeerSupporter];
    private static readonly Who[] MatchedSupporter = [Who.MatchedPeerSupporter];
    private static readonly Who[] Coordinators = [Who.Supervisor, Who.Admin];
    private static readonly Who[] TheSupervisor = [Who.Supervisor];
    private static readonly Who[] ReportReaders = [Who.CareTeamClinician, Who.OrganisationClinician, Who.Supervisor, Who.Admin, Who.Commissioner];

    /// <summary>Lists any coordinator sees, each of their own organisation (the platform admin is an admin elsewhere).</summary>
    private static readonly Who[] AnyCoordinator = [Who.Supervisor, Who.Admin, Who.PlatformAdmin];
    private static readonly Who[] MatchedSupporterAndCoordinators = [Who.MatchedPeerSupporter, Who.Supervisor, Who.Admin];
    private static readonly Who[] GroupMember = [Who.Parent];
    private static readonly Who[] GroupMemberAndRunner = [Who.Parent, Who.Admin];
    private static readonly Who[] GroupRunner = [Who.Admin];
    private static readonly Who[] TheReferrer = [Who.Referrer];

    /// <summary>The parent who sent a self-referral (its other carers and everyone else: 404).</summary>
    private static readonly Who[] TheParentWhoAsked = [Who.Parent];
    private static readonly Who[] GuestLinkHolder = [Who.Guest];
    private static readonly Who[] FeedHolder = [Who.Parent];
    private static readonly Who[] Nobody = [];

    /// <summary>The facilitator of the cohort (the care team clinician in the world) and the organisation's admin.</summary>
    private static readonly Who[] CohortRunners = [Who.CareTeamClinician, Who.Admin];

    private static Row Anyone(string endpoint) => new(endpoint, null, null);

    private static Row Anyone(string endpoint, Who[] only) => new(endpoint, null, only.ToHashSet());

    private static Row By(string endpoint, string policy, Who[]? only = null, Who[]? sees = null) =>
        new(endpoint, policy, only?.ToHashSet(), sees?.ToHashSet());

    public static IReadOnlyList<Row> Rows { get; } =
    [
        // Home, about, urgent help, errors, health and the API description
        Anyone("GET /"),
        Anyone("GET /about/data"),
        Anyone("GET /about/privacy"),
        Anyone("GET /about/accessibility"),
        Anyone("GET /about/contact"),
        Anyone("GET /about/who-runs-this-service"),
        Anyone("GET /urgent-help"),
        Anyone("GET /error/{code?}"),
        Anyone("POST /error/{code?}"),
        Anyone("GET /health/live"),
        Anyone("GET /health/ready"),
        Anyone("GET /openapi/{documentName}.json"),
        Anyone("GET /api/docs/{documentName?}"),
        Anyone("GET /api/docs/scalar.js"),
        Anyone("GET /api/docs/scalar.aspnetcore.js"),
        Anyone("GET /api/docs/favicon.svg"),
        By("GET /staff/risk", Policies.Staff),
        By("POST /staff/risk", Policies.Staff),

        // Account
        Anyone("GET /account/register"),
        Anyone("POST /account/register"),
        Anyone("GET /account/check-your-email"),
        Anyone("GET /account/confirm-email"),
        Anyone("GET /account/sign-in"),
        Anyone("POST /account/sign-in"),
        Anyone("GET /account/sign-in-code"),
        Anyone("POST /account/sign-in-code"),
        Anyone("GET /account/forgot-password"),
        Anyone("POST /account/forgot-password"),
        Anyone("GET /account/reset-password"),
        Anyone("POST /account/reset-password"),
        Anyone("GET /account/signed-out"),
        Anyone("GET /account/closed"),
        Anyone("GET /account/access-denied", Nobody), // the refusal page itself: 403 for everyone
        By("GET /account", Policies.SignedIn),
        By("GET /account/change-password", Policies.SignedIn),
        By("GET /account/details", Policies.SignedIn),
        By("POST /account/details", Policies.SignedIn), // each person's own name and phone only
        By("GET /account/change-email", Policies.SignedIn),
        By("POST /account/change-email", Policies.SignedIn),
        Anyone("GET /account/confirm-new-email"),
        Anyone("POST /account/confirm-new-email"), // changes only the account the emailed token was made for
        By("POST /account/change-password", Policies.SignedIn),
        By("GET /account/two-factor", Policies.SignedIn),
        By("POST /account/two-factor", Policies.SignedIn),
        By("GET /account/emails", Policies.SignedIn),
        By("POST /account/emails", Policies.SignedIn), // each person's own choices only
        By("GET /account/sessions", Policies.SignedIn),
        By("POST /account/sessions?handler=End", Policies.SignedIn),
        By("POST /account/sessions?handler=Others", Policies.SignedIn),
        By("GET /account/sign-out", Policies.SignedIn),
        By("POST /account/sign-out", Policies.SignedIn),
        By("POST /account/sign-out?handler=Everywhere", Policies.SignedIn),
        By("GET /account/close", Policies.SignedIn),
        By("POST /account/close", Policies.SignedIn), // staff are told their organisation closes theirs
        By("GET /api/v1/me", Policies.SignedIn),

        // Admin: staff invitations
        By("GET /admin/invitations", Policies.OrganisationAdmin),
        By("POST /admin/invitations", Policies.OrganisationAdmin),
        By("POST /admin/invitations?handler=Revoke", Policies.OrganisationAdmin, TheOrganisationsAdmin),

        // Running the platform: the ASGSF figures
        By("GET /platform/funding", Policies.PlatformAdmin),
        By("POST /platform/funding", Policies.PlatformAdmin),
        Anyone("GET /account/invitation"),
        Anyone("POST /account/invitation"),

        // Organisations: the platform's admins create them; each organisation's admin keeps its own
        // (the platform admin is an admin of another organisation, so finds this one's records 404)
        By("GET /platform/organisations", Policies.PlatformAdmin),
        By("GET /platform/organisations/new", Policies.PlatformAdmin),
        By("POST /platform/organisations/new", Policies.PlatformAdmin),
        By("GET /admin/organisation", Policies.OrganisationAdmin, TheOrganisationsAdmin),
        By("POST /admin/organisation", Policies.OrganisationAdmin, TheOrganisationsAdmin),
        By("GET /admin/services", Policies.OrganisationAdmin, TheOrganisationsAdmin),
        By("POST /admin/services", Policies.OrganisationAdmin, TheOrganisationsAdmin),
        By("POST /admin/services?handler=Edit", Policies.OrganisationAdmin, TheOrganisationsAdmin),
        By("POST /admin/services?handler=Close", Policies.OrganisationAdmin, TheOrganisationsAdmin),
        By("GET /admin/members", Policies.OrganisationAdmin, TheOrganisationsAdmin),
        By("POST /admin/members?handler=AddRole", Policies.OrganisationAdmin, TheOrganisationsAdmin),
        By("POST /admin/members?handler=RemoveRole", Policies.OrganisationAdmin, TheOrganisationsAdmin),
        By("POST /admin/members?handler=Remove", Policies.OrganisationAdmin, TheOrganisationsAdmin),
        By("GET /admin/commissioners", Policies.OrganisationAdmin, TheOrganisationsAdmin),
        By("POST /admin/commissioners", Policies.OrganisationAdmin, TheOrganisationsAdmin),
        By("POST /admin/commissioners?handler=End", Policies.OrganisationAdmin, TheOrganisationsAdmin),

        // Assessments: the care team only
        By("GET /staff/families/{familyId}/assessments/new", Policies.FamilyWorker, CareTeam),
        By("POST /staff/families/{familyId}/assessments/new", Policies.FamilyWorker, CareTeam),

        // Family
        By("GET /family", Policies.ParentCarer, sees: TheFamily),
        By("GET /family/children/{id}", Policies.ParentCarer, TheFamily),
        By("POST /family/children/{id}", Policies.ParentCarer, TheFamily),
        By("GET /family/invite", Policies.ParentCarer),
        By("POST /family/invite", Policies.ParentCarer),
        Anyone("GET /family/join"),
        Anyone("POST /family/join"),
        By("GET /family/sharing", Policies.ParentCarer),
        By("POST /family/sharing", Policies.ParentCarer),
        By("GET /family/who-has-looked", Policies.ParentCarer),
        By("GET /family/my-data", Policies.ParentCarer),
        By("POST /family/my-data", Policies.ParentCarer), // the sender's own data, never another's

        // Outcomes: a family's own questionnaires and progress
        By("GET /family/measures", Policies.ParentCarer),
        By("GET /family/measures/{dueId}", Policies.ParentCarer, TheFamily),
        By("POST /family/measures/{dueId}", Policies.ParentCarer, TheFamily),
        By("GET /family/progress", Policies.ParentCarer),
        By("GET /staff/caseload", Policies.FamilyWorker, sees: CareTeam),
        By("GET /admin/instruments", Policies.OrganisationAdmin),
        By("GET /staff/feedback", Policies.FamilyWorker),
        By("POST /staff/feedback?handler=Publish", Policies.FamilyWorker, TheOrganisationsAdmin),
        By("POST /staff/feedback?handler=TakeDown", Policies.FamilyWorker, TheOrganisationsAdmin),
        By("POST /admin/instruments?handler=Schedule", Policies.OrganisationAdmin, TheOrganisationsAdmin),
        By("POST /admin/instruments?handler=Licence", Policies.OrganisationAdmin, TheOrganisationsAdmin),
        By("POST /admin/instruments?handler=RemoveLicence", Policies.OrganisationAdmin, TheOrganisationsAdmin),
        By("GET /staff/families/{familyId}/measures/{dueId?}", Policies.FamilyWorker, CareTeam),
        By("POST /staff/families/{familyId}/measures/{dueId?}", Policies.FamilyWorker, CareTeam),
        By("GET /api/v1/families/{id}", Policies.SignedIn, TheFamilyAndItsWorkers),
        By("GET /api/v1/fhir/Questionnaire", Policies.Member),
        By("GET /api/v1/fhir/Questionnaire/{id}", Policies.Member),
        By("GET /api/v1/fhir/QuestionnaireResponse", Policies.Member, TheFamilyAndCareTeam),
        By("GET /api/v1/fhir/QuestionnaireResponse/{id}", Policies.Member, TheFamilyAndCareTeam),
        By("GET /api/v1/fhir/Observation", Policies.Member, TheFamilyAndCareTeam),
        By("GET /api/v1/fhir/Observation/{id}", Policies.Member, TheFamilyAndCareTeam),

        // Courses: the catalogue is open, taking a place needs an account; admins run courses, facilitators and admins run cohorts
        Anyone("GET /courses"),
        Anyone("GET /courses/{id}"),
        Anyone("POST /courses/{id}?handler=Join", SignedIn),
        Anyone("POST /courses/{id}?handler=Ask", SignedIn),
        By("GET /courses/mine", Policies.SignedIn),
        By("POST /courses/mine?handler=Accept", Policies.SignedIn, Nobody),
        By("POST /courses/mine?handler=Leave", Policies.SignedIn, Nobody),
        By("GET /courses/places/{id}/certificate", Policies.SignedIn, [Who.Parent, Who.CareTeamClinician, Who.Admin]),
        By("GET /courses/manage", Policies.Staff),
        By("GET /courses/manage/course/{id?}", Policies.OrganisationAdmin, TheOrganisationsAdmin),
        By("POST /courses/manage/course/{id?}", Policies.OrganisationAdmin, TheOrganisationsAdmin),
        By("POST /courses/manage/course/{id?}?handler=Retire", Policies.OrganisationAdmin, TheOrganisationsAdmin),
        By("GET /courses/manage/course/{courseId}/cohorts/new", Policies.OrganisationAdmin, TheOrganisationsAdmin),
        By("POST /courses/manage/course/{courseId}/cohorts/new", Policies.OrganisationAdmin, TheOrganisationsAdmin),
        By("GET /courses/cohorts/{id}", Policies.Staff, CohortRunners),
        By("POST /courses/cohorts/{id}?handler=Remove", Policies.Staff, CohortRunners),
        By("POST /courses/cohorts/{id}?handler=Cancel", Policies.Staff, TheOrganisationsAdmin),
        By("GET /courses/cohorts/{id}/edit", Policies.OrganisationAdmin, TheOrganisationsAdmin),
        By("POST /courses/cohorts/{id}/edit", Policies.OrganisationAdmin, TheOrganisationsAdmin),
        By("GET /courses/cohorts/{id}/register/{week}", Policies.Staff, CohortRunners),
        By("POST /courses/cohorts/{id}/register/{week}", Policies.Staff, CohortRunners),

        // Groups: open to read, acting needs an account; members and the people who run the group inside
        Anyone("GET /groups"),
        Anyone("GET /api/v1/groups"),
        Anyone("GET /groups/{id}"),
        Anyone("POST /groups/{id}?handler=Join", SignedIn),
        Anyone("POST /groups/{id}?handler=Respond", GroupMember),
        Anyone("POST /groups/{id}?handler=Feedback", GroupMember),
        By("GET /groups/{id}/manage", Policies.Staff, GroupRunner),
        By("POST /groups/{id}/manage?handler=Decide", Policies.Staff, GroupRunner),
        By("POST /groups/{id}/manage?handler=Attendance", Policies.Staff, GroupRunner),
        By("POST /groups/{id}/manage?handler=Remove", Policies.Staff, GroupRunner),
        By("POST /groups/{id}/manage?handler=Measure", Policies.Staff, GroupRunner),
        By("GET /admin/groups/new", Policies.OrganisationAdmin),
        By("POST /admin/groups/new", Policies.OrganisationAdmin),
        By("GET /admin/groups/import", Policies.OrganisationAdmin),
        By("POST /admin/groups/import", Policies.OrganisationAdmin),
        By("GET /admin/groups/import?handler=Template", Policies.OrganisationAdmin),
        By("GET /groups/{id}/leave", Policies.Member, GroupMember),
        By("POST /groups/{id}/leave", Policies.Member, GroupMember),
        By("GET /groups/{id}/discussion", Policies.Member, GroupMemberAndRunner),
        By("POST /groups/{id}/discussion", Policies.Member, GroupMemberAndRunner),
        By("POST /groups/{id}/discussion?handler=Conduct", Policies.Member, GroupMember),
        By("POST /groups/{id}/discussion?handler=Unmute", Policies.Member, GroupMemberAndRunner),
        By("POST /groups/{id}/discussion?handler=Emails", Policies.Member, GroupMember),
        By("GET /groups/{id}/discussion/search", Policies.Member, GroupMemberAndRunner),
        By("GET /groups/{id}/discussion/topics/{topicId}", Policies.Member, GroupMemberAndRunner),
        By("POST /groups/{id}/discussion/topics/{topicId}", Policies.Member, GroupMemberAndRunner),
        By("POST /groups/{id}/discussion/topics/{topicId}?handler=Mute", Policies.Member, GroupMemberAndRunner),
        By("POST /groups/{id}/discussion/topics/{topicId}?handler=Pin", Policies.Member, GroupRunner),
        By("POST /groups/{id}/discussion/topics/{topicId}?handler=Support", Policies.Member, GroupMemberAndRunner),
        By("GET /groups/{id}/discussion/posts/{postId}/edit", Policies.Member, GroupMember),
        By("POST /groups/{id}/discussion/posts/{postId}/edit", Policies.Member, GroupMember),
        By("POST /groups/{id}/discussion/posts/{postId}/edit?handler=Delete", Policies.Member, GroupMember),
        By("GET /groups/{id}/discussion/report/{postId}", Policies.Member, GroupMember),
        By("POST /groups/{id}/discussion/report/{postId}", Policies.Member, GroupMember),
        By("GET /groups/{id}/discussion/review", Policies.Member, GroupRunner),
        By("POST /groups/{id}/discussion/review", Policies.Member, GroupRunner),
        By("POST /hubs/groups/negotiate", Policies.Member),
        By("HUB /hubs/groups Watch", Policies.Member, GroupMemberAndRunner),

        // Messages: the family and its care team
        By("GET /messages", Policies.Member, sees: TheFamilyAndCareTeam),
        By("GET /messages/new", Policies.Member, TheFamilyAndCareTeam),
        By("POST /messages/new", Policies.Member, TheFamilyAndCareTeam),
        By("GET /messages/{id}", Policies.Member, TheFamilyAndCareTeam),
        By("POST /messages/{id}", Policies.Member, TheFamilyAndCareTeam),
        By("GET /messages/{id}?handler=Attachment", Policies.Member, TheFamilyAndCareTeam),

        // Peer support: supporters reach a family only through a confirmed match
        By("GET /family/peer-support", Policies.ParentCarer),
        By("POST /family/peer-support", Policies.ParentCarer),
        By("POST /family/peer-support?handler=Accept", Policies.ParentCarer, TheFamily),
        By("POST /family/peer-support?handler=Decline", Policies.ParentCarer, TheFamily),
        By("POST /family/peer-support?handler=End", Policies.ParentCarer, TheFamily),
        By("GET /peer", Policies.Staff, sees: MatchedSupporter),
        By("POST /peer", Policies.Staff, PeerSupporters),
        By("GET /peer/requests", Policies.Staff, sees: Coordinators),
        By("GET /peer/requests/{id}", Policies.Staff, Coordinators),
        By("POST /peer/requests/{id}", Policies.Staff, Coordinators),
        By("GET /peer/parents/{id}", Policies.Staff, MatchedSupporterAndCoordinators),
        By("POST /peer/parents/{id}", Policies.Staff, MatchedSupporter),
        By("POST /peer/parents/{id}?handler=Concern", Policies.Staff, MatchedSupporter),
        By("POST /peer/parents/{id}?handler=End", Policies.Staff, MatchedSupporterAndCoordinators),
        By("GET /peer/concerns", Policies.Staff, AnyCoordinator),
        By("POST /peer/concerns", Policies.Staff, Coordinators),
        By("GET /peer/supervision", Policies.Staff, TheSupervisor),
        By("GET /peer/supervision/{supporterUserId}", Policies.Staff, TheSupervisor), // the supporter is in the supervisor's organisation
        By("POST /peer/supervision/{supporterUserId}", Policies.Staff, TheSupervisor),
        By("GET /peer/supervision/mine", Policies.Staff, PeerSupporters),
        Anyone("GET /local-help"),
        By("GET /admin/local-help", Policies.OrganisationAdmin),
        By("POST /admin/local-help", Policies.OrganisationAdmin),

        // Plans: the care team writes, the organisation's family workers read, the family agrees
        By("GET /staff/families/{familyId}/plans/new", Policies.FamilyWorker, CareTeam),
        By("POST /staff/families/{familyId}/plans/new", Policies.FamilyWorker, CareTeam),
        By("GET /staff/families/{familyId}/plans/{planId}", Policies.FamilyWorker, WorkersOfTheFamilysOrganisation),
        By("POST /staff/families/{familyId}/plans/{planId}?handler=Delivered", Policies.FamilyWorker, CareTeam),
        By("POST /staff/families/{familyId}/plans/{planId}?handler=NotDelivered", Policies.FamilyWorker, CareTeam),
        By("GET /staff/families/{familyId}/plans/{planId}/report", Policies.FamilyWorker, CareTeam),
        By("GET /staff/families/{familyId}/plans/{planId}/end", Policies.FamilyWorker, CareTeam),
        By("POST /staff/families/{familyId}/plans/{planId}/end", Policies.FamilyWorker, CareTeam),
        By("GET /staff/families/{familyId}/plans/{planId}/items/{itemId}/cohort", Policies.FamilyWorker, CareTeam),
        By("POST /staff/families/{familyId}/plans/{planId}/items/{itemId}/cohort", Policies.FamilyWorker, CareTeam),
        By("GET /family/plans/{planId}", Policies.ParentCarer, TheFamily),
        By("POST /family/plans/{planId}?handler=Agree", Policies.ParentCarer, TheFamily),
        By("POST /family/plans/{planId}?handler=Changes", Policies.ParentCarer, TheFamily),

        // Referrals: triage staff are the receiving organisation's clinicians and admins
        Anyone("GET /get-help"),
        Anyone("GET /get-help/{slug}"),
        Anyone("POST /get-help/{slug}"),
        Anyone("GET /get-help/check"),
        Anyone("POST /get-help/check"),
        Anyone("GET /get-help/sent"),
        By("GET /get-help/requests/{id}", Policies.SignedIn, TheParentWhoAsked), // open before the address is confirmed: their own answers only
        By("GET /get-help/requests/{id}/withdraw", Policies.SignedIn, TheParentWhoAsked),
        By("POST /get-help/requests/{id}/withdraw", Policies.SignedIn, TheParentWhoAsked),
        By("GET /refer/mine/{id}", Policies.Referrer, TheReferrer),
        By("GET /refer", Policies.Referrer),
        By("POST /refer", Policies.Referrer),
        By("GET /refer/mine", Policies.Referrer, sees: TheReferrer),
        By("GET /refer/mine/plans/{planId}/report", Policies.Referrer, TheReferrer), // while the family shares with their referrer; never a commissioner
        By("GET /staff/referrals", Policies.FamilyWorker, sees: TriageStaff),
        By("GET /staff/referrals/{id}", Policies.FamilyWorker, TriageStaff),
        By("GET /staff/referrals/{id}?handler=Document", Policies.FamilyWorker, TriageStaff),
        By("POST /staff/referrals/{id}?handler=Accept", Policies.FamilyWorker, TriageStaff),
        By("POST /staff/referrals/{id}?handler=WaitingList", Policies.FamilyWorker, TriageStaff),
        By("POST /staff/referrals/{id}?handler=Decline", Policies.FamilyWorker, TriageStaff),
        By("POST /staff/referrals/{id}?handler=ReviewDecline", Policies.FamilyWorker, TriageStaff),
        By("POST /staff/referrals/{id}?handler=Priority", Policies.FamilyWorker, TriageStaff),
        By("POST /staff/referrals/{id}?handler=Funding", Policies.FamilyWorker, TriageStaff),
        By("POST /staff/referrals/{id}?handler=Service", Policies.FamilyWorker, TriageStaff),
        By("POST /staff/referrals/{id}?handler=DismissDuplicate", Policies.FamilyWorker, TriageStaff),
        By("POST /staff/referrals/{id}?handler=Merge", Policies.FamilyWorker, TriageStaff),

        // Sessions: the family's own, the clinician's own, guests by their link
        By("GET /family/sessions", Policies.ParentCarer),
        By("GET /family/sessions?handler=Calendar", Policies.ParentCarer, TheFamily),
        By("GET /family/sessions?handler=Join", Policies.ParentCarer, TheFamily),
        By("GET /family/sessions/{id}/cancel", Policies.ParentCarer, TheFamily),
        By("POST /family/sessions/{id}/cancel", Policies.ParentCarer, TheFamily),
        By("GET /family/sessions/book", Policies.ParentCarer),
        By("POST /family/sessions/book?handler=Earlier", Policies.ParentCarer, TheFamily), // a clinician on the family's care team
        By("POST /family/sessions/book?handler=LeaveEarlier", Policies.ParentCarer, TheFamily),
        By("GET /family/sessions/book/review", Policies.ParentCarer, TheFamily),
        By("POST /family/sessions/book/review", Policies.ParentCarer, TheFamily),
        By("GET /family/sessions/{id}/guests", Policies.ParentCarer, TheFamily),
        By("POST /family/sessions/{id}/guests", Policies.ParentCarer, TheFamily),
        By("POST /family/sessions/{id}/guests?handler=Revoke", Policies.ParentCarer, TheFamily),
        Anyone("GET /guest/{token}", GuestLinkHolder),
        By("GET /staff/sessions", Policies.FamilyWorker, sees: CareTeam),
        By("POST /staff/sessions?handler=Record", Policies.FamilyWorker, CareTeam), // the session's clinician
        By("GET /staff/sessions/calendar", Policies.FamilyWorker, sees: CareTeam), // each clinician's own sessions only
        By("GET /staff/sessions/{id}/change", Policies.FamilyWorker, CareTeam),
        By("POST /staff/sessions/{id}/change?handler=Move", Policies.FamilyWorker, CareTeam),
        By("POST /staff/sessions/{id}/change?handler=Cancel", Policies.FamilyWorker, CareTeam),
        By("GET /staff/sessions/{id}/notes", Policies.FamilyWorker, CareTeam),
        By("POST /staff/sessions/{id}/notes", Policies.FamilyWorker, CareTeam),
        By("GET /staff/families/{familyId}/sessions/book", Policies.FamilyWorker, CareTeam),
        By("POST /staff/families/{familyId}/sessions/book", Policies.FamilyWorker, CareTeam),
        By("GET /staff/availability", Policies.FamilyWorker, Clinicians),
        By("POST /staff/availability", Policies.FamilyWorker, Clinicians),
        By("GET /staff/availability/exceptions", Policies.FamilyWorker, Clinicians),
        By("POST /staff/availability/exceptions?handler=Add", Policies.FamilyWorker, Clinicians),
        By("POST /staff/availability/exceptions?handler=Remove", Policies.FamilyWorker, CareTeam), // the owner of the time off
        By("GET /account/calendar", Policies.Member),
        By("POST /account/calendar", Policies.Member),
        By("POST /account/calendar?handler=Stop", Policies.Member),
        Anyone("GET /calendar/{token}.ics", FeedHolder),

        // Staff: the family record opens to the workers of an organisation working with the family
        By("GET /staff", Policies.Staff, sees: WorkersOfTheFamilysOrganisation),
        By("GET /staff/families/{id}", Policies.FamilyWorker, WorkersOfTheFamilysOrganisation),
        By("POST /staff/families/{id}?handler=Join", Policies.FamilyWorker, CliniciansOfTheFamilysOrganisation),
        By("POST /staff/families/{id}?handler=Decide", Policies.FamilyWorker, CareTeamOrAdmin),
        By("POST /staff/families/{id}?handler=Add", Policies.FamilyWorker, TheOrganisationsAdmin),
        By("POST /staff/families/{id}?handler=Remove", Policies.FamilyWorker, TheOrganisationsAdmin), // someone else; members may also leave themselves

        // Training: anyone registers interest; the receiving organisation's admins and supervisors work through it
        Anyone("GET /training/register-interest"),
        Anyone("POST /training/register-interest"),
        Anyone("GET /training/register-interest/thanks"),
        By("GET /training/interests", Policies.Staff, AnyCoordinator),
        By("GET /training/interests/{id}", Policies.Staff, Coordinators),
        By("POST /training/interests/{id}?handler=Note", Policies.Staff, Coordinators),
        By("POST /training/interests/{id}?handler=Move", Policies.Staff, Coordinators),
        By("GET /training/records", Policies.Member),

        // Reports: the organisation's own staff, and a commissioner with a running commission; aggregates only
        By("GET /reports", Policies.Staff),
        By("GET /reports/{organisationId}", Policies.Staff, ReportReaders),
        By("GET /reports/{organisationId}?handler=Csv", Policies.Staff, ReportReaders),

        // Strategies: the care team shares them, the family logs them
        By("GET /family/strategies", Policies.ParentCarer),
        By("GET /family/strategies/{id}/log", Policies.ParentCarer, TheFamily),
        By("POST /family/strategies/{id}/log", Policies.ParentCarer, TheFamily),
        By("GET /staff/families/{familyId}/strategies", Policies.FamilyWorker, CareTeam),
        By("POST /staff/families/{familyId}/strategies", Policies.FamilyWorker, CareTeam),
        By("POST /staff/families/{familyId}/strategies?handler=Stop", Policies.FamilyWorker, CareTeam),
    ];
}
