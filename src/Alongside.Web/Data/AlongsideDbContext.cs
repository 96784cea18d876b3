using Alongside.Web.Features.Account;
using Alongside.Web.Features.Groups;
using Alongside.Web.Features.Messages;
using Alongside.Web.Features.Outcomes;
using Alongside.Web.Features.PeerSupport;
using Alongside.Web.Features.PeerSupport.LocalHelp;
using Alongside.Web.Features.Referrals;
using Alongside.Web.Features.Sessions;
using Alongside.Web.Features.Strategies;
using Alongside.Web.Features.Training;
using Alongside.Web.Infrastructure.Auditing;
using Alongside.Web.Kernel.Care.WaitingTallies;
using Alongside.Web.Kernel.Reports.Tallies;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Alongside.Web.Data;

/// <summary>
/// The one model of Alongside. Each database provider has a thin subclass
/// (<see cref="SqliteAlongsideDbContext"/>, <see cref="PostgresAlongsideDbContext"/>)
/// so each keeps its own migrations; see docs/adr/0002-migrations-per-provider.md.
/// </summary>
public abstract class AlongsideDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    // The tables, by the part of Alongside that owns each (its entities and mappings live there).
    // Kernel/People
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<Commission> Commissions => Set<Commission>();
    public DbSet<FundingSettings> FundingSettings => Set<FundingSettings>();

    // Kernel/Families
    public DbSet<Family> Families => Set<Family>();
    public DbSet<FamilyCarer> FamilyCarers => Set<FamilyCarer>();
    public DbSet<Child> Children => Set<Child>();
    public DbSet<FamilyOrganisation> FamilyOrganisations => Set<FamilyOrganisation>();
    public DbSet<CareTeamMember> CareTeamMembers => Set<CareTeamMember>();
    public DbSet<SharingConsent> SharingConsents => Set<SharingConsent>();
    public DbSet<CarerInvitation> CarerInvitations => Set<CarerInvitation>();
    public DbSet<CareTeamRequest> CareTeamRequests => Set<CareTeamRequest>();

    // Kernel/Risk
    public DbSet<RiskAlert> RiskAlerts => Set<RiskAlert>();
    public DbSet<InstrumentWording> InstrumentWordings => Set<InstrumentWording>();
    public DbSet<MeasureDue> MeasuresDue => Set<MeasureDue>();
    public DbSet<MeasureResponse> MeasureResponses => Set<MeasureResponse>();
    public DbSet<MeasureAnswer> MeasureAnswers => Set<MeasureAnswer>();
    public DbSet<MeasureDefaults> MeasureDefaults => Set<MeasureDefaults>();
    public DbSet<InstrumentLicence> InstrumentLicences => Set<InstrumentLicence>();
    public DbSet<RiskAlertOrganisation> RiskAlertOrganisations => Set<RiskAlertOrganisation>();
    public DbSet<RiskAlertStep> RiskAlertSteps => Set<RiskAlertStep>();

    // Kernel/Care
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<SupportPlan> SupportPlans => Set<SupportPlan>();
    public DbSet<PlanGoal> PlanGoals => Set<PlanGoal>();
    public DbSet<PlanItem> PlanItems => Set<PlanItem>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<ReferralDocument> ReferralDocuments => Set<ReferralDocument>();

    // Kernel/Courses
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<CourseWeek> CourseWeeks => Set<CourseWeek>();
    public DbSet<Cohort> Cohorts => Set<Cohort>();
    public DbSet<CohortFacilitator> CohortFacilitators => Set<CohortFacilitator>();
    public DbSet<CoursePlace> CoursePlaces => Set<CoursePlace>();
    public DbSet<CourseAttendance> CourseAttendance => Set<CourseAttendance>();
    public DbSet<CourseReminder> CourseReminders => Set<CourseReminder>();

    // Kernel/Reports/Tallies: counts kept per closed month so reports need not count every record
    public DbSet<TallyCohort> TallyCohorts => Set<TallyCohort>();
    public DbSet<SessionTally> SessionTallies => Set<SessionTally>();
    public DbSet<FeedbackTally> FeedbackTallies => Set<FeedbackTally>();
    public DbSet<TalliedMonth> TalliedMonths => Set<TalliedMonth>();
    public DbSet<TallyMark> TallyMarks => Set<TallyMark>();

    // Kernel/Care/WaitingTallies: waiting lists counted per bucket so a place need not count the whole list ahead
    public DbSet<WaitingTally> WaitingTallies => Set<WaitingTally>();
    public DbSet<WaitingListBuild> WaitingListBuilds => Set<WaitingListBuild>();
    public DbSet<WaitingListMark> WaitingListMarks => Set<WaitingListMark>();

    // Infrastructure/Auditing, Infrastructure/Security and Infrastructure/Notices
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    // The keys behind cookies, form tokens and emailed links, shared by every instance (Infrastructure/Security/KeySetup.cs).
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // Features/Admin
    public DbSet<StaffInvitation> StaffInvitations => Set<StaffInvitation>();

    // Features/Account
    public DbSet<NoticeOptOut> NoticeOptOuts => Set<NoticeOptOut>();

    // Features/Groups
    public DbSet<PeerGroup> PeerGroups => Set<PeerGroup>();
    public DbSet<PeerGroupFacilitator> PeerGroupFacilitators => Set<PeerGroupFacilitator>();
    public DbSet<PeerGroupMember> PeerGroupMembers => Set<PeerGroupMember>();
    public DbSet<GroupMeetingResponse> GroupMeetingResponses => Set<GroupMeetingResponse>();
    public DbSet<GroupTopic> GroupTopics => Set<GroupTopic>();
    public DbSet<GroupPost> GroupPosts => Set<GroupPost>();
    public DbSet<GroupPostReport> GroupPostReports => Set<GroupPostReport>();
    public DbSet<GroupPostSupport> GroupPostSupports => Set<GroupPostSupport>();
    public DbSet<GroupMute> GroupMutes => Set<GroupMute>();
    public DbSet<GroupTopicRead> GroupTopicReads => Set<GroupTopicRead>();
    public DbSet<GroupModerationEntry> GroupModerationEntries => Set<GroupModerationEntry>();

    // Features/Messages
    public DbSet<MessageThread> MessageThreads => Set<MessageThread>();
    public DbSet<Message> Messages => Set<Message>();
    public DbSet<MessageAttachment> MessageAttachments => Set<MessageAttachment>();
    public DbSet<MessageThreadRead> MessageThreadReads => Set<MessageThreadRead>();

    // Features/Outcomes
    public DbSet<YouSaidWeDid> YouSaidWeDid => Set<YouSaidWeDid>();

    // Features/PeerSupport
    public DbSet<PeerSupporterProfile> PeerSupporterProfiles => Set<PeerSupporterProfile>();
    public DbSet<PeerSupportRequest> PeerSupportRequests => Set<PeerSupportRequest>();
    public DbSet<PeerContact> PeerContacts => Set<PeerContact>();
    public DbSet<PeerContactSignpost> PeerContactSignposts => Set<PeerContactSignpost>();
    public DbSet<SafeguardingConcern> SafeguardingConcerns => Set<SafeguardingConcern>();
    public DbSet<SupervisionEntry> SupervisionEntries => Set<SupervisionEntry>();
    public DbSet<PeerSupportDecline> PeerSupportDeclines => Set<PeerSupportDecline>();

    // Features/PeerSupport/LocalHelp
    public DbSet<LocalHelpEntry> LocalHelpEntries => Set<LocalHelpEntry>();
    public DbSet<LocalHelpArea> LocalHelpAreas => Set<LocalHelpArea>();

    // Features/Referrals
    public DbSet<ReferralDraft> ReferralDrafts => Set<ReferralDraft>();

    // Features/Training
    public DbSet<TrainingInterest> TrainingInterests => Set<TrainingInterest>();
    public DbSet<TrainingInterestNote> TrainingInterestNotes => Set<TrainingInterestNote>();

    // Features/Sessions
    public DbSet<WorkingHoursEntry> WorkingHours => Set<WorkingHoursEntry>();
    public DbSet<SessionReminder> SessionReminders => Set<SessionReminder>();
    public DbSet<SessionNote> SessionNotes => Set<SessionNote>();
    public DbSet<AvailabilityException> AvailabilityExceptions => Set<AvailabilityException>();
    public DbSet<SessionGuest> SessionGuests => Set<SessionGuest>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<EarlierTimeRequest> EarlierTimeRequests => Set<EarlierTimeRequest>();
    public DbSet<EarlierTimeHold> EarlierTimeHolds => Set<EarlierTimeHold>();

    // Features/Strategies
    public DbSet<HomeStrategy> HomeStrategies => Set<HomeStrategy>();
    public DbSet<HomeLogEntry> HomeLogEntries => Set<HomeLogEntry>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AuditEntryGuard.RefuseChanges(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AuditEntryGuard.RefuseChanges(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AlongsideDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        if (Database.IsSqlite())
        {
            // SQLite cannot compare or order DateTimeOffset; all instants are UTC, so store ticks.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }

    internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks,
        v => new DateTimeOffset(v, TimeSpan.Zero));
}

public sealed class SqliteAlongsideDbContext(DbContextOptions<SqliteAlongsideDbContext> options)
    : AlongsideDbContext(options);

public sealed class PostgresAlongsideDbContext(DbContextOptions<PostgresAlongsideDbContext> options)
    : AlongsideDbContext(options);
