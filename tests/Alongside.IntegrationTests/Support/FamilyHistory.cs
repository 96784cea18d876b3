using Alongside.IntegrationTests.Features.Groups;
using Alongside.Web.Features.Groups;
using Alongside.Web.Features.Messages;
using Alongside.Web.Features.PeerSupport;
using Alongside.Web.Features.PeerSupport.LocalHelp;
using Alongside.Web.Features.Sessions;
using Alongside.Web.Features.Strategies;
using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Support;

/// <summary>A family with something in every part of Alongside, each text marked with <see cref="Tag"/>.</summary>
public sealed record History(string Tag, Organisation Org, Person Parent, Guid FamilyId, Person Clinician, HttpClient Staff, Guid ThreadId, byte[] Attachment)
{
    /// <summary>Words only the care team or the peer support organisation may read: never in a family's download.</summary>
    public IEnumerable<string> Private => [$"{Tag}-PRIVATE-NOTE", $"{Tag}-FINDINGS", $"{Tag}-SUPPORTER-NOTE", $"{Tag}-MATCH-REASON", $"{Tag}-SAFEGUARDING", $"{Tag}-PRIORITY-REASON"];

    /// <summary>Words the family can see or wrote themselves: all in their download.</summary>
    public IEnumerable<string> Theirs => [$"{Tag}-HAPPENING", $"{Tag}-GOAL", $"{Tag}-SUMMARY", $"{Tag}-LOG-NOTE", $"{Tag}-STRATEGY", $"{Tag}-MESSAGE", $"{Tag}-REPLY", $"{Tag}-TOPICS", $"{Tag}-PEER-NOTE", $"{Tag}-POST", $"{Tag}-DRAFT", $"{Tag}-CHILD-NEEDS", $"{Tag}-MUTED", $"{Tag}-FEEDBACK"];
}

public static class FamilyHistory
{
    /// <summary>A family worked with by a provider, with a referral, a plan, a session with notes, an assessment, a strategy and log, messages with a file, peer support, a group and an audited read.</summary>
    public static async Task<History> FamilyWithHistoryAsync(this AlongsideApp app, string tag, int extraRows = 0)
    {
        var (org, parent, familyId, clinician, staff) = await app.FamilyWithCareTeamAsync();
        var peerOrg = await app.CreateOrganisationAsync(OrganisationKind.PeerSupportOrganisation);
        var supporter = await app.CreateStaffAsync(peerOrg, Role.PeerSupporter);
        var group = await app.GroupAsync();
        var childId = await app.ChildIdAsync(familyId);
        var now = app.Now;
        var attachment = Documents.Png.Concat(System.Text.Encoding.ASCII.GetBytes(tag)).ToArray();
        var thread = new MessageThread { FamilyId = familyId, Subject = $"{tag} bedtimes", StartedByUserId = parent.Id, StartedAt = now.AddDays(-3), LastMessageAt = now.AddDays(-2) };
        await app.WithDbAsync(async db =>
        {
            await db.Children.Where(c => c.Id == childId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Needs, $"{tag}-CHILD-NEEDS"));
            db.Referrals.Add(new Referral
            {
                OrganisationId = org.Id,
                FamilyId = familyId,
                ChildId = childId,
                Source = ReferralSource.Self,
                SubmittedByUserId = parent.Id,
                WhatIsHappening = $"{tag}-HAPPENING",
                WhatHasBeenTried = "Star charts",
                Hopes = "Calmer evenings",
                Status = ReferralStatus.Accepted,
                SubmittedAt = now.AddDays(-30),
                Priority = 1,
                PriorityReason = $"{tag}-PRIORITY-REASON",
            });
            db.ReferralDrafts.Add(new Alongside.Web.Features.Referrals.ReferralDraft { UserId = parent.Id, AnswersJson = $"{{\"whats-happening\":\"{tag}-DRAFT\"}}", UpdatedAt = now });
            var plan = new SupportPlan { FamilyId = familyId, ChildId = childId, OrganisationId = org.Id, StartDate = new DateOnly(2026, 1, 1), ReviewDate = new DateOnly(2026, 6, 1), CreatedByUserId = clinician.Id, CreatedAt = now.AddDays(-20) };
            plan.Goals.Add(new PlanGoal { Order = 1, Text = $"{tag}-GOAL" });
            plan.Items.Add(new PlanItem { Kind = PlanItemKind.ParentingSupportSessions, Sessions = 6, SessionsUsed = 1, Funding = FundingRoute.SelfFunded, Cost = 600 });
            db.SupportPlans.Add(plan);
            db.Assessments.Add(new Assessment { FamilyId = familyId, ChildId = childId, OrganisationId = org.Id, ClinicianUserId = clinician.Id, Kind = AssessmentKind.TherapeuticNeed, Date = new DateOnly(2026, 1, 2), Findings = $"{tag}-FINDINGS", ParentsWishes = "Calm", Recommendations = "Sessions", CreatedAt = now });
            for (var i = 0; i <= extraRows; i++)
            {
                var session = new Session { FamilyId = familyId, ClinicianUserId = clinician.Id, Kind = SessionKind.ParentingSupport, StartsAt = now.AddDays(-10 - i), EndsAt = now.AddDays(-10 - i).AddHours(1), Mode = DeliveryMode.Online, Status = SessionStatus.Attended, BookedByUserId = clinician.Id, CreatedAt = now.AddDays(-15) };
                db.Sessions.Add(session);
                db.SessionNotes.Add(new SessionNote { SessionId = session.Id, PrivateNotes = $"{tag}-PRIVATE-NOTE", ParentSummary = $"{tag}-SUMMARY", WrittenByUserId = clinician.Id, UpdatedAt = now });
            }
            for (var i = 0; i <= extraRows; i++)
            {
                var feedback = new MeasureResponse { FamilyId = familyId, InstrumentId = "session-feedback", InstrumentVersion = 1, AnsweredByUserId = parent.Id, AnsweredAt = now.AddDays(-9).AddMinutes(i), Total = 3.5m };
                feedback.Answers.Add(new MeasureAnswer { Item = 1, Value = 4 });
                feedback.Answers.Add(new MeasureAnswer { Item = 5, Text = $"{tag}-FEEDBACK" });
                db.MeasureResponses.Add(feedback);
            }
            var strategy = new HomeStrategy { FamilyId = familyId, Title = $"{tag}-STRATEGY", WhatToDo = "Name the feeling", WhyItHelps = "It calms", HowOften = "Daily", SharedByUserId = clinician.Id, SharedAt = now.AddDays(-9) };
            db.HomeStrategies.Add(strategy);
            for (var i = 0; i <= extraRows; i++)
            {
                db.HomeLogEntries.Add(new HomeLogEntry { StrategyId = strategy.Id, FamilyId = familyId, Date = new DateOnly(2026, 1, 10).AddDays(i), WhatHappened = "Tried it", Rating = 4, Note = $"{tag}-LOG-NOTE", WrittenByUserId = parent.Id, CreatedAt = now.AddDays(-8) });
            }
            db.MessageThreads.Add(thread);
            var first = new Message { ThreadId = thread.Id, SenderUserId = parent.Id, Body = $"{tag}-MESSAGE", SentAt = now.AddDays(-3) };
            db.Messages.Add(first);
            db.MessageAttachments.Add(new MessageAttachment { MessageId = first.Id, FileName = "timetable.png", ContentType = "image/png", SizeBytes = attachment.Length, Content = attachment });
            for (var i = 0; i <= extraRows; i++)
            {
                db.Messages.Add(new Message { ThreadId = thread.Id, SenderUserId = clinician.Id, Body = $"{tag}-REPLY", SentAt = now.AddDays(-2).AddMinutes(i) });
            }
            var request = new PeerSupportRequest
            {
                OrganisationId = peerOrg.Id,
                FamilyId = familyId,
                RequestedByUserId = parent.Id,
                Needs = GroupAudience.AdoptiveParents,
                WantsOnline = true,
                Note = $"{tag}-PEER-NOTE",
                RequestedAt = now.AddDays(-7),
                Status = PeerRequestStatus.Matched,
                SupporterUserId = supporter.Id,
                MatchedAt = now.AddDays(-6),
                MatchReason = $"{tag}-MATCH-REASON",
            };
            db.PeerSupportRequests.Add(request);
            var help = new LocalHelpEntry { Name = $"{tag} food bank", Description = "Food", Categories = HelpCategory.Food, Nationwide = true, CreatedAt = now };
            db.LocalHelpEntries.Add(help);
            var contact = new PeerContact { RequestId = request.Id, SupporterUserId = supporter.Id, Date = new DateOnly(2026, 1, 12), Mode = ContactMode.Phone, Topics = $"{tag}-TOPICS", SupporterNote = $"{tag}-SUPPORTER-NOTE", CreatedAt = now };
            db.PeerContacts.Add(contact);
            db.PeerContactSignposts.Add(new PeerContactSignpost { ContactId = contact.Id, LocalHelpId = help.Id });
            db.SafeguardingConcerns.Add(new SafeguardingConcern { RequestId = request.Id, OrganisationId = peerOrg.Id, RaisedByUserId = supporter.Id, Description = $"{tag}-SAFEGUARDING", RaisedAt = now });
            db.PeerGroupMembers.Add(new PeerGroupMember { GroupId = group.GroupId, UserId = parent.Id, Status = GroupMemberStatus.Member, DisplayName = $"{tag} Sam", Introduction = "Hello", RequestedAt = now.AddDays(-5), ConductAcceptedAt = now.AddDays(-5), PostEmails = PostEmails.DailyDigest });
            // Another member the parent chose not to see: their name in the group is the parent's to download.
            db.PeerGroupMembers.Add(new PeerGroupMember { GroupId = group.GroupId, UserId = supporter.Id, Status = GroupMemberStatus.Member, DisplayName = $"{tag}-MUTED", RequestedAt = now.AddDays(-5) });
            db.GroupMutes.Add(new GroupMute { GroupId = group.GroupId, UserId = parent.Id, MutedUserId = supporter.Id, At = now.AddDays(-1) });
            db.GroupTopics.Add(GroupTopic.General(group.GroupId, now.AddDays(-4)));
            db.GroupPosts.Add(new GroupPost { GroupId = group.GroupId, TopicId = group.GroupId, AuthorUserId = parent.Id, Body = $"{tag}-POST", PostedAt = now.AddDays(-4), Status = PostStatus.Visible });
            db.GroupTopicReads.Add(new GroupTopicRead { TopicId = group.GroupId, UserId = parent.Id, GroupId = group.GroupId, ReadAt = now.AddDays(-4) });
            db.SharingConsents.Add(new SharingConsent { FamilyId = familyId, Audience = SharingAudience.PeerSupporter, GivenByUserId = parent.Id, From = now.AddDays(-6) });
            return await db.SaveChangesAsync();
        });
        // A staff read of the record, for "who has looked".
        await staff.GetPageAsync($"/staff/families/{familyId}");
        return new History(tag, org, parent, familyId, clinician, staff, thread.Id, attachment);
    }
}
