using Alongside.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alongside.Web.Data;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.Property(x => x.Name).HaveMaxLengthOf(200);
        b.Property(x => x.OnsCode).HasMaxLength(9);
        b.HasIndex(x => x.Name);
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> b)
    {
        b.HasIndex(x => new { x.UserId, x.OrganisationId, x.Role }).IsUnique();
        b.HasIndex(x => new { x.OrganisationId, x.Role });
        b.HasOne(x => x.Organisation).WithMany(o => o.Members).HasForeignKey(x => x.OrganisationId);
        b.HasOne(x => x.User).WithMany(u => u.Memberships).HasForeignKey(x => x.UserId);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b) => b.Property(x => x.DisplayName).HaveMaxLengthOf(100);
}

internal sealed class FamilyConfiguration : IEntityTypeConfiguration<Family>
{
    public void Configure(EntityTypeBuilder<Family> b)
    {
        b.Property(x => x.Name).HaveMaxLengthOf(200);
        b.HasMany(x => x.Carers).WithOne(c => c.Family).HasForeignKey(c => c.FamilyId);
        b.HasMany(x => x.Children).WithOne().HasForeignKey(c => c.FamilyId);
        b.HasMany(x => x.Organisations).WithOne().HasForeignKey(o => o.FamilyId);
    }
}

internal sealed class FamilyCarerConfiguration : IEntityTypeConfiguration<FamilyCarer>
{
    public void Configure(EntityTypeBuilder<FamilyCarer> b)
    {
        b.HasIndex(x => new { x.UserId, x.FamilyId }).IsUnique();
        b.HasIndex(x => x.FamilyId);
        b.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId);
    }
}

internal sealed class ChildConfiguration : IEntityTypeConfiguration<Child>
{
    public void Configure(EntityTypeBuilder<Child> b)
    {
        b.Property(x => x.FirstName).HaveMaxLengthOf(100);
        b.Property(x => x.LastName).HasMaxLength(100);
        b.Property(x => x.School).HasMaxLength(200);
        b.Property(x => x.Needs).HasMaxLength(2000);
        // Duplicate referrals are spotted by the child's name and date of birth.
        b.HasIndex(x => new { x.FirstName, x.DateOfBirth });
    }
}

internal sealed class FamilyOrganisationConfiguration : IEntityTypeConfiguration<FamilyOrganisation>
{
    public void Configure(EntityTypeBuilder<FamilyOrganisation> b)
    {
        b.HasKey(x => new { x.FamilyId, x.OrganisationId });
        b.HasIndex(x => x.OrganisationId);
        b.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId);
    }
}

internal sealed class StaffInvitationConfiguration : IEntityTypeConfiguration<StaffInvitation>
{
    public void Configure(EntityTypeBuilder<StaffInvitation> b)
    {
        b.Property(x => x.Email).HaveMaxLengthOf(256);
        b.Property(x => x.DisplayName).HaveMaxLengthOf(100);
        b.Property(x => x.TokenHash).HaveMaxLengthOf(64);
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasIndex(x => new { x.OrganisationId, x.CreatedAt });
        b.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(x => x.Action).HaveMaxLengthOf(60);
        b.Property(x => x.EntityType).HaveMaxLengthOf(60);
        b.Property(x => x.Reason).HaveMaxLengthOf(500);
        b.HasIndex(x => new { x.FamilyId, x.At });
        b.HasIndex(x => new { x.ActorUserId, x.At });
    }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.Property(x => x.ToAddress).HaveMaxLengthOf(256);
        b.Property(x => x.ToName).HaveMaxLengthOf(200);
        b.Property(x => x.Subject).HaveMaxLengthOf(300);
        b.Property(x => x.LastError).HasMaxLength(2000);
        // The dispatcher's only query: unsent messages that are due.
        b.HasIndex(x => new { x.SentAt, x.FailedAt, x.NextAttemptAt });
    }
}

internal static class PropertyBuilderExtensions
{
    public static PropertyBuilder<string> HaveMaxLengthOf(this PropertyBuilder<string> p, int length) =>
        p.HasMaxLength(length).IsRequired();
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.Property(x => x.CarerEmail).HasMaxLength(256);
        b.Property(x => x.WhatIsHappening).HaveMaxLengthOf(4000);
        b.Property(x => x.WhatHasBeenTried).HaveMaxLengthOf(4000);
        b.Property(x => x.Hopes).HaveMaxLengthOf(2000);
        b.Property(x => x.DeclineReason).HasMaxLength(1000);
        b.Property(x => x.PriorityReason).HasMaxLength(500);
        b.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId);
        b.HasOne(x => x.Family).WithMany().HasForeignKey(x => x.FamilyId);
        b.HasOne(x => x.Child).WithMany().HasForeignKey(x => x.ChildId);
        // The triage queue: an organisation's referrals by status, oldest first.
        b.HasIndex(x => new { x.OrganisationId, x.Status, x.SubmittedAt });
        // The waiting list in the order places are offered, and counting who is ahead.
        b.HasIndex(x => new { x.OrganisationId, x.Status, x.Priority, x.WaitingSince });
        // Recent leavers, for the expected wait.
        b.HasIndex(x => new { x.OrganisationId, x.LeftWaitingListAt });
        b.HasIndex(x => x.FamilyId);
        b.HasIndex(x => new { x.OrganisationId, x.CarerEmail });
        b.HasIndex(x => x.SourceDraftId).IsUnique();
        b.HasIndex(x => new { x.SubmittedByUserId, x.SubmittedAt });
        b.Property(x => x.ConsentGivenBy).HasMaxLength(200);
        b.Property(x => x.FundingReference).HasMaxLength(100);
        b.Property(x => x.AmountRequested).HasPrecision(10, 2);
        b.Property(x => x.AmountApproved).HasPrecision(10, 2);
        b.Property(x => x.Commissioner).HasMaxLength(200);
        b.HasMany(x => x.Documents).WithOne().HasForeignKey(d => d.ReferralId);
    }
}

internal sealed class ReferralDocumentConfiguration : IEntityTypeConfiguration<ReferralDocument>
{
    public void Configure(EntityTypeBuilder<ReferralDocument> b)
    {
        b.Property(x => x.FileName).HaveMaxLengthOf(200);
        b.Property(x => x.ContentType).HaveMaxLengthOf(100);
    }
}

internal sealed class CarerInvitationConfiguration : IEntityTypeConfiguration<CarerInvitation>
{
    public void Configure(EntityTypeBuilder<CarerInvitation> b)
    {
        b.Property(x => x.Email).HaveMaxLengthOf(256);
        b.Property(x => x.DisplayName).HaveMaxLengthOf(100);
        b.Property(x => x.TokenHash).HaveMaxLengthOf(64);
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasIndex(x => x.FamilyId);
        b.HasOne(x => x.Family).WithMany().HasForeignKey(x => x.FamilyId);
    }
}

internal sealed class ReferralDraftConfiguration : IEntityTypeConfiguration<ReferralDraft>
{
    public void Configure(EntityTypeBuilder<ReferralDraft> b)
    {
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.Property(x => x.AnswersJson).HaveMaxLengthOf(40_000);
        b.HasIndex(x => x.UserId);
        b.HasIndex(x => x.TokenHash).IsUnique();
    }
}

internal sealed class CareTeamMemberConfiguration : IEntityTypeConfiguration<CareTeamMember>
{
    public void Configure(EntityTypeBuilder<CareTeamMember> b)
    {
        b.HasKey(x => new { x.FamilyId, x.UserId });
        b.HasIndex(x => x.UserId);
        b.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId);
        b.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId);
    }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> b)
    {
        b.Property(x => x.Findings).HaveMaxLengthOf(8000);
        b.Property(x => x.ParentsWishes).HaveMaxLengthOf(4000);
        b.Property(x => x.Recommendations).HaveMaxLengthOf(4000);
        b.HasIndex(x => new { x.FamilyId, x.Date });
        b.HasOne(x => x.Child).WithMany().HasForeignKey(x => x.ChildId);
        b.HasOne(x => x.Clinician).WithMany().HasForeignKey(x => x.ClinicianUserId);
    }
}

internal sealed class SupportPlanConfiguration : IEntityTypeConfiguration<SupportPlan>
{
    public void Configure(EntityTypeBuilder<SupportPlan> b)
    {
        b.Property(x => x.ParentComment).HasMaxLength(2000);
        b.HasIndex(x => new { x.FamilyId, x.CreatedAt });
        b.HasIndex(x => new { x.ChildId, x.StartDate });
        b.HasOne(x => x.Child).WithMany().HasForeignKey(x => x.ChildId);
        b.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId);
        b.HasMany(x => x.Goals).WithOne().HasForeignKey(g => g.PlanId);
        b.HasMany(x => x.Items).WithOne().HasForeignKey(i => i.PlanId);
    }
}

internal sealed class PlanGoalConfiguration : IEntityTypeConfiguration<PlanGoal>
{
    public void Configure(EntityTypeBuilder<PlanGoal> b) => b.Property(x => x.Text).HaveMaxLengthOf(500);
}

internal sealed class PlanItemConfiguration : IEntityTypeConfiguration<PlanItem>
{
    public void Configure(EntityTypeBuilder<PlanItem> b)
    {
        b.Property(x => x.Cost).HasPrecision(10, 2);
        b.Property(x => x.FundingReference).HasMaxLength(100);
    }
}

internal sealed class SharingConsentConfiguration : IEntityTypeConfiguration<SharingConsent>
{
    public void Configure(EntityTypeBuilder<SharingConsent> b)
    {
        b.HasIndex(x => new { x.FamilyId, x.Audience });
        b.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId);
    }
}

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> b)
    {
        // No double booking: among booked sessions, one per clinician per start time.
        b.HasIndex(x => new { x.ClinicianUserId, x.StartsAt }).IsUnique().HasFilter("\"Status\" = 'Booked'");
        b.HasIndex(x => new { x.FamilyId, x.StartsAt });
        b.HasIndex(x => new { x.ClinicianUserId, x.Status, x.StartsAt });
        b.HasIndex(x => x.SeriesId);
        b.Property(x => x.VideoLink).HasMaxLength(500);
        b.Property(x => x.Place).HasMaxLength(300);
        b.Property(x => x.OverrideReason).HasMaxLength(500);
        b.HasOne(x => x.Clinician).WithMany().HasForeignKey(x => x.ClinicianUserId);
        b.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId);
    }
}

internal sealed class WorkingHoursEntryConfiguration : IEntityTypeConfiguration<WorkingHoursEntry>
{
    public void Configure(EntityTypeBuilder<WorkingHoursEntry> b) => b.HasIndex(x => x.ClinicianUserId);
}

internal sealed class SessionReminderConfiguration : IEntityTypeConfiguration<SessionReminder>
{
    public void Configure(EntityTypeBuilder<SessionReminder> b)
    {
        b.HasKey(x => new { x.SessionId, x.HoursBefore });
        b.HasOne<Session>().WithMany().HasForeignKey(x => x.SessionId);
    }
}

internal sealed class SessionNoteConfiguration : IEntityTypeConfiguration<SessionNote>
{
    public void Configure(EntityTypeBuilder<SessionNote> b)
    {
        b.HasKey(x => x.SessionId);
        b.Property(x => x.PrivateNotes).HasMaxLength(8000);
        b.Property(x => x.ParentSummary).HasMaxLength(4000);
        b.HasOne<Session>().WithOne().HasForeignKey<SessionNote>(x => x.SessionId);
    }
}

internal sealed class AvailabilityExceptionConfiguration : IEntityTypeConfiguration<AvailabilityException>
{
    public void Configure(EntityTypeBuilder<AvailabilityException> b)
    {
        b.HasIndex(x => new { x.ClinicianUserId, x.EndsAt });
        b.Property(x => x.Note).HasMaxLength(200);
    }
}

internal sealed class SessionGuestConfiguration : IEntityTypeConfiguration<SessionGuest>
{
    public void Configure(EntityTypeBuilder<SessionGuest> b)
    {
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.HasIndex(x => x.SessionId);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.HasOne<Session>().WithMany().HasForeignKey(x => x.SessionId);
    }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> b)
    {
        b.HasKey(x => x.UserId);
        b.HasIndex(x => x.TokenHash).IsUnique();
        b.Property(x => x.TokenHash).HasMaxLength(64);
        b.HasOne<AppUser>().WithOne().HasForeignKey<CalendarFeed>(x => x.UserId);
    }
}

internal sealed class HomeStrategyConfiguration : IEntityTypeConfiguration<HomeStrategy>
{
    public void Configure(EntityTypeBuilder<HomeStrategy> b)
    {
        b.HasIndex(x => new { x.FamilyId, x.SharedAt });
        b.Property(x => x.Title).HasMaxLength(120);
        b.Property(x => x.WhatToDo).HasMaxLength(2000);
        b.Property(x => x.WhyItHelps).HasMaxLength(2000);
        b.Property(x => x.HowOften).HasMaxLength(120);
        b.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId);
    }
}

internal sealed class HomeLogEntryConfiguration : IEntityTypeConfiguration<HomeLogEntry>
{
    public void Configure(EntityTypeBuilder<HomeLogEntry> b)
    {
        b.HasIndex(x => new { x.FamilyId, x.CreatedAt });
        b.HasIndex(x => new { x.StrategyId, x.Date });
        b.Property(x => x.WhatHappened).HasMaxLength(2000);
        b.Property(x => x.Note).HasMaxLength(2000);
        b.HasOne<HomeStrategy>().WithMany().HasForeignKey(x => x.StrategyId);
        b.HasOne(x => x.WrittenBy).WithMany().HasForeignKey(x => x.WrittenByUserId);
    }
}

internal sealed class MessageThreadConfiguration : IEntityTypeConfiguration<MessageThread>
{
    public void Configure(EntityTypeBuilder<MessageThread> b)
    {
        b.HasIndex(x => new { x.FamilyId, x.LastMessageAt });
        b.Property(x => x.Subject).HasMaxLength(120);
        b.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId);
    }
}

internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> b)
    {
        b.HasIndex(x => new { x.ThreadId, x.SentAt });
        b.Property(x => x.Body).HasMaxLength(8000);
        b.HasOne<MessageThread>().WithMany().HasForeignKey(x => x.ThreadId);
        b.HasOne(x => x.Sender).WithMany().HasForeignKey(x => x.SenderUserId);
    }
}

internal sealed class MessageAttachmentConfiguration : IEntityTypeConfiguration<MessageAttachment>
{
    public void Configure(EntityTypeBuilder<MessageAttachment> b)
    {
        b.HasIndex(x => x.MessageId);
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.ContentType).HasMaxLength(100);
        b.HasOne<Message>().WithMany().HasForeignKey(x => x.MessageId);
    }
}

internal sealed class MessageThreadReadConfiguration : IEntityTypeConfiguration<MessageThreadRead>
{
    public void Configure(EntityTypeBuilder<MessageThreadRead> b)
    {
        b.HasKey(x => new { x.ThreadId, x.UserId });
        b.HasOne<MessageThread>().WithMany().HasForeignKey(x => x.ThreadId);
    }
}

internal sealed class PeerGroupConfiguration : IEntityTypeConfiguration<PeerGroup>
{
    public void Configure(EntityTypeBuilder<PeerGroup> b)
    {
        // Flags are numbers so a search can test them with a bitwise AND in SQL.
        b.Property(x => x.Audiences).HasConversion<int>();
        b.Property(x => x.Access).HasConversion<int>();
        // Nearest-first search reads a latitude band from this index, then the longitude.
        b.HasIndex(x => new { x.Latitude, x.Longitude });
        b.HasIndex(x => new { x.Format, x.Name });
        b.HasIndex(x => x.OrganisationId);
        b.Property(x => x.Name).HasMaxLength(120);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.Languages).HasMaxLength(200);
        b.Property(x => x.Recurrence).HasMaxLength(200);
        b.Property(x => x.VenueName).HasMaxLength(200);
        b.Property(x => x.VenueAddress).HasMaxLength(300);
        b.Property(x => x.District).HasMaxLength(8);
        b.Property(x => x.OnlineLink).HasMaxLength(500);
        b.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId);
    }
}

internal sealed class PeerGroupFacilitatorConfiguration : IEntityTypeConfiguration<PeerGroupFacilitator>
{
    public void Configure(EntityTypeBuilder<PeerGroupFacilitator> b)
    {
        b.HasKey(x => new { x.GroupId, x.UserId });
        b.HasOne<PeerGroup>().WithMany().HasForeignKey(x => x.GroupId);
        b.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId);
    }
}

internal sealed class PeerGroupMemberConfiguration : IEntityTypeConfiguration<PeerGroupMember>
{
    public void Configure(EntityTypeBuilder<PeerGroupMember> b)
    {
        b.HasKey(x => new { x.GroupId, x.UserId });
        b.HasIndex(x => new { x.UserId, x.Status });
        b.HasIndex(x => new { x.GroupId, x.Status });
        b.Property(x => x.DisplayName).HasMaxLength(40);
        b.Property(x => x.Introduction).HasMaxLength(1000);
        b.HasOne<PeerGroup>().WithMany().HasForeignKey(x => x.GroupId);
        b.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId);
    }
}

internal sealed class GroupMeetingResponseConfiguration : IEntityTypeConfiguration<GroupMeetingResponse>
{
    public void Configure(EntityTypeBuilder<GroupMeetingResponse> b)
    {
        b.HasKey(x => new { x.GroupId, x.UserId, x.MeetingStartsAt });
        b.HasIndex(x => new { x.GroupId, x.MeetingStartsAt });
        b.Property(x => x.Feedback).HasMaxLength(2000);
        b.HasOne<PeerGroup>().WithMany().HasForeignKey(x => x.GroupId);
    }
}

internal sealed class GroupPostConfiguration : IEntityTypeConfiguration<GroupPost>
{
    public void Configure(EntityTypeBuilder<GroupPost> b)
    {
        b.HasIndex(x => new { x.GroupId, x.Status, x.PostedAt });
        b.HasIndex(x => new { x.AuthorUserId, x.PostedAt });
        b.Property(x => x.Body).HasMaxLength(2000);
        b.HasOne<PeerGroup>().WithMany().HasForeignKey(x => x.GroupId);
    }
}

internal sealed class GroupPostReportConfiguration : IEntityTypeConfiguration<GroupPostReport>
{
    public void Configure(EntityTypeBuilder<GroupPostReport> b)
    {
        b.HasIndex(x => new { x.PostId, x.ResolvedAt });
        b.Property(x => x.Reason).HasMaxLength(500);
        b.HasOne<GroupPost>().WithMany().HasForeignKey(x => x.PostId);
    }
}

internal sealed class GroupModerationEntryConfiguration : IEntityTypeConfiguration<GroupModerationEntry>
{
    public void Configure(EntityTypeBuilder<GroupModerationEntry> b)
    {
        b.HasIndex(x => new { x.GroupId, x.At });
        b.Property(x => x.Note).HasMaxLength(500);
        b.HasOne<PeerGroup>().WithMany().HasForeignKey(x => x.GroupId);
    }
}

internal sealed class PeerSupporterProfileConfiguration : IEntityTypeConfiguration<PeerSupporterProfile>
{
    public void Configure(EntityTypeBuilder<PeerSupporterProfile> b)
    {
        b.HasKey(x => x.UserId);
        b.Property(x => x.Experience).HasConversion<int>();
        b.HasIndex(x => x.OrganisationId);
        b.Property(x => x.Languages).HasMaxLength(200);
        b.Property(x => x.District).HasMaxLength(8);
        b.Property(x => x.Availability).HasMaxLength(300);
        b.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId);
    }
}

internal sealed class PeerSupportRequestConfiguration : IEntityTypeConfiguration<PeerSupportRequest>
{
    public void Configure(EntityTypeBuilder<PeerSupportRequest> b)
    {
        b.Property(x => x.Needs).HasConversion<int>();
        b.HasIndex(x => new { x.OrganisationId, x.Status, x.RequestedAt });
        b.HasIndex(x => new { x.FamilyId, x.RequestedAt });
        b.HasIndex(x => new { x.SupporterUserId, x.Status });
        b.Property(x => x.Language).HasMaxLength(60);
        b.Property(x => x.District).HasMaxLength(8);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.MatchReason).HasMaxLength(500);
        b.HasOne<Family>().WithMany().HasForeignKey(x => x.FamilyId);
    }
}

internal sealed class PeerContactConfiguration : IEntityTypeConfiguration<PeerContact>
{
    public void Configure(EntityTypeBuilder<PeerContact> b)
    {
        b.HasIndex(x => new { x.RequestId, x.Date });
        b.Property(x => x.Topics).HasMaxLength(1000);
        b.Property(x => x.SupporterNote).HasMaxLength(2000);
        b.HasOne<PeerSupportRequest>().WithMany().HasForeignKey(x => x.RequestId);
    }
}

internal sealed class PeerContactSignpostConfiguration : IEntityTypeConfiguration<PeerContactSignpost>
{
    public void Configure(EntityTypeBuilder<PeerContactSignpost> b)
    {
        b.HasKey(x => new { x.ContactId, x.LocalHelpId });
        b.HasOne<PeerContact>().WithMany().HasForeignKey(x => x.ContactId);
        b.HasOne<LocalHelpEntry>().WithMany().HasForeignKey(x => x.LocalHelpId);
    }
}

internal sealed class SafeguardingConcernConfiguration : IEntityTypeConfiguration<SafeguardingConcern>
{
    public void Configure(EntityTypeBuilder<SafeguardingConcern> b)
    {
        b.HasIndex(x => new { x.OrganisationId, x.AcknowledgedAt });
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.ActionTaken).HasMaxLength(2000);
        b.HasOne<PeerSupportRequest>().WithMany().HasForeignKey(x => x.RequestId);
    }
}

internal sealed class LocalHelpEntryConfiguration : IEntityTypeConfiguration<LocalHelpEntry>
{
    public void Configure(EntityTypeBuilder<LocalHelpEntry> b)
    {
        b.Property(x => x.Categories).HasConversion<int>();
        b.HasIndex(x => x.Nationwide);
        b.Property(x => x.Name).HasMaxLength(120);
        b.Property(x => x.Description).HasMaxLength(1000);
        b.Property(x => x.Phone).HasMaxLength(40);
        b.Property(x => x.Website).HasMaxLength(300);
    }
}

internal sealed class LocalHelpAreaConfiguration : IEntityTypeConfiguration<LocalHelpArea>
{
    public void Configure(EntityTypeBuilder<LocalHelpArea> b)
    {
        b.HasKey(x => new { x.EntryId, x.Code });
        b.HasIndex(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(8);
        b.HasOne<LocalHelpEntry>().WithMany().HasForeignKey(x => x.EntryId);
    }
}
