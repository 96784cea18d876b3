using Alongside.Web.Features.Groups;
using Alongside.Web.Features.Messages;
using Alongside.Web.Features.Strategies;
using Microsoft.EntityFrameworkCore.Storage;

namespace Alongside.Web.Cli;

/// <summary>Writes one family at a time for <see cref="BenchmarkSeed"/>: the parent's account, the referral and, once accepted, the support.</summary>
internal sealed class BenchmarkFamilies(AlongsideDbContext db, BulkBatch batch, BenchmarkFamilies.Setting setting, Random random) : IAsyncDisposable
{
    public sealed record Setting(Guid Provider, Guid DemoClinician, IReadOnlyList<Guid> Clinicians, IReadOnlyList<Guid> Groups, string PasswordHash, Instrument? Feedback, DateTimeOffset Now);

    private static readonly string[] Subjects = ["Bedtime", "School mornings", "Our next session", "After contact at the weekend", "A good week", "Holidays"];
    private static readonly string[] Strategies = ["Name the feeling", "A calm corner", "Connection before correction", "Visual timetable", "Special time"];
    private static readonly string[] Goals = ["Calmer bedtimes", "Getting to school without a row", "Talking about feelings together", "Fewer meltdowns after contact"];

    private readonly BulkRows<AppUser> _users = new(db, batch);
    private readonly BulkRows<Family> _families = new(db, batch);
    private readonly BulkRows<Child> _children = new(db, batch);
    private readonly BulkRows<FamilyOrganisation> _worksWith = new(db, batch);
    private readonly BulkRows<FamilyCarer> _carers = new(db, batch);
    private readonly BulkRows<Referral> _referrals = new(db, batch);
    private readonly BulkRows<CareTeamMember> _careTeams = new(db, batch);
    private readonly BulkRows<SupportPlan> _plans = new(db, batch);
    private readonly BulkRows<PlanGoal> _goals = new(db, batch);
    private readonly BulkRows<PlanItem> _items = new(db, batch);
    private readonly BulkRows<Session> _sessions = new(db, batch);
    private readonly BulkRows<MeasureResponse> _responses = new(db, batch);
    private readonly BulkRows<MeasureAnswer> _answers = new(db, batch);
    private readonly BulkRows<HomeStrategy> _strategies = new(db, batch);
    private readonly BulkRows<HomeLogEntry> _logs = new(db, batch);
    private readonly BulkRows<MessageThread> _threads = new(db, batch);
    private readonly BulkRows<Message> _messages = new(db, batch);
    private readonly BulkRows<MessageThreadRead> _reads = new(db, batch);
    private readonly BulkRows<PeerGroupMember> _members = new(db, batch);
    private readonly BulkRows<GroupPost> _posts = new(db, batch);

    private IEnumerable<IBulkRows> All => [_users, _families, _children, _worksWith, _carers, _referrals, _careTeams, _plans, _goals, _items, _sessions,
        _responses, _answers, _strategies, _logs, _threads, _messages, _reads, _members, _posts];

    public string Summary =>
        $"{_referrals.Written:N0} referrals, {_plans.Written:N0} plans, {_sessions.Written:N0} sessions, {_responses.Written:N0} feedback responses, "
        + $"{_logs.Written:N0} home log entries, {_threads.Written:N0} message threads ({_messages.Written:N0} messages), "
        + $"{setting.Groups.Count:N0} groups with {_members.Written:N0} members and {_posts.Written:N0} posts";

    public void Use(IDbContextTransaction transaction)
    {
        var inner = transaction.GetDbTransaction();
        batch.Use(inner);
        foreach (var rows in All) rows.Use(inner);
    }

    /// <summary>Sends the rows still waiting (on PostgreSQL): called before each commit.</summary>
    public Task SendAsync() => batch.SendAsync();

    public async Task AddAsync(int i)
    {
        var now = setting.Now;
        var clinician = i < BenchmarkSeed.FamiliesAClinician ? setting.DemoClinician : setting.Clinicians[(i - BenchmarkSeed.FamiliesAClinician) / BenchmarkSeed.FamiliesAClinician];
        var submitted = now.AddDays(-random.Next(1, 700)).AddMinutes(-random.Next(0, 600));
        var family = new Family { Name = $"Benchmark family {i}", CreatedAt = submitted };
        var child = new Child { FamilyId = family.Id, FirstName = $"Child{i % 997}", DateOfBirth = BenchmarkSeed.ChildBirthDate(i) };
        var email = BenchmarkSeed.ParentEmail(i);
        var parent = ReportBenchmarkSeed.Account(email, $"Parent {i}", submitted);
        parent.PasswordHash = setting.PasswordHash;
        await _users.AddAsync(parent);
        await _families.AddAsync(family);
        await _children.AddAsync(child);
        await _worksWith.AddAsync(new FamilyOrganisation { FamilyId = family.Id, OrganisationId = setting.Provider, Since = submitted });
        await _carers.AddAsync(new FamilyCarer { FamilyId = family.Id, UserId = parent.Id, Relationship = (CarerRelationship)(1 + (i % 4)) });

        var roll = random.Next(100);
        var status = roll < 60 ? ReferralStatus.Accepted : roll < 80 ? ReferralStatus.WaitingList : roll < 90 ? ReferralStatus.New : ReferralStatus.Declined;
        if (status == ReferralStatus.New) submitted = now.AddDays(-random.Next(0, 30)).AddMinutes(-random.Next(0, 600)); // undecided ones are recent
        var decided = status == ReferralStatus.New ? (DateTimeOffset?)null : submitted.AddDays(random.Next(1, 20));
        await _referrals.AddAsync(new Referral
        {
            OrganisationId = setting.Provider,
            FamilyId = family.Id,
            ChildId = child.Id,
            Source = roll % 3 == 0 ? ReferralSource.Professional : ReferralSource.Self,
            SubmittedByUserId = parent.Id,
            CarerEmail = email,
            WhatIsHappening = "Big feelings at bedtime and before school.",
            WhatHasBeenTried = "Routines, a reward chart.",
            Hopes = "Calmer evenings together.",
            MeetingPreference = MeetingPreference.Either,
            FundingRoute = roll % 4 == 0 ? FundingRoute.SelfFunded : FundingRoute.Asgsf,
            Status = status,
            SubmittedAt = submitted,
            DecidedAt = decided,
            DecidedByUserId = decided is null ? null : clinician,
            WaitingSince = status is ReferralStatus.WaitingList or ReferralStatus.Accepted ? decided : null,
            LeftWaitingListAt = status == ReferralStatus.Accepted ? decided!.Value.AddDays(random.Next(7, 60)) : null,
            Priority = status == ReferralStatus.WaitingList && roll % 7 == 0 ? 1 : 0,
            DeclineReason = status == ReferralStatus.Declined ? "Another service fits better" : null,
        });
        if (random.Next(100) < 30) await GroupAsync(parent.Id, i, submitted);
        if (status != ReferralStatus.Accepted) return;

        var accepted = decided!.Value.AddDays(random.Next(7, 60));
        if (accepted > now) accepted = now.AddDays(-1);
        await _careTeams.AddAsync(new CareTeamMember { FamilyId = family.Id, UserId = clinician, OrganisationId = setting.Provider, AddedAt = accepted });
        var start = accepted.AddDays(random.Next(7, 21));
        var plan = new SupportPlan
        {
            FamilyId = family.Id,
            ChildId = child.Id,
            OrganisationId = setting.Provider,
            Status = PlanStatus.Agreed,
            StartDate = UkTime.DateOf(start),
            ReviewDate = UkTime.DateOf(start).AddMonths(4),
            CreatedByUserId = clinician,
            CreatedAt = start.AddDays(-7),
            RespondedAt = start.AddDays(-5),
            RespondedByUserId = parent.Id,
        };
        await _plans.AddAsync(plan);
        for (var g = 0; g < 1 + (i % 3); g++) await _goals.AddAsync(new PlanGoal { PlanId = plan.Id, Order = g + 1, Text = Goals[(i + g) % Goals.Length] });
        var sessions = random.Next(8, 31);
        var used = await SessionsAsync(i, family.Id, plan.Id, clinician, parent.Id, start, sessions);
        await _items.AddAsync(new PlanItem { PlanId = plan.Id, Kind = PlanItemKind.ParentingSupportSessions, Sessions = sessions, SessionsUsed = used, Funding = FundingRoute.Asgsf, Cost = sessions * 95m });
        await HomeAsync(family.Id, clinician, parent.Id, start);
        await MessagesAsync(family.Id, clinician, parent.Id, accepted);
    }

    /// <summary>Weekly sessions from the start, at the family's own minute past the hour (no two of a clinician's families share a start); the answer is how many were held.</summary>
    private async Task<int> SessionsAsync(int i, Guid familyId, Guid planId, Guid clinician, Guid parent, DateTimeOffset start, int count)
    {
        var now = setting.Now;
        var held = 0;
        var hour = 9 + random.Next(0, 8);
        for (var n = 0; n < count; n++)
        {
            var at = new DateTimeOffset(start.UtcDateTime.Date.AddDays(7 * n).AddHours(hour).AddMinutes(i % BenchmarkSeed.FamiliesAClinician), TimeSpan.Zero);
            if (at > now.AddDays(56)) break; // booked up to eight weeks ahead
            var status = at >= now ? SessionStatus.Booked : random.Next(100) switch
            {
                < 78 => SessionStatus.Attended,
                < 86 => SessionStatus.DidNotAttend,
                < 95 => SessionStatus.CancelledByFamily,
                _ => SessionStatus.CancelledByService,
            };
            var late = status == SessionStatus.CancelledByFamily && random.Next(100) < 40;
            var session = new Session
            {
                FamilyId = familyId,
                ClinicianUserId = clinician,
                OrganisationId = setting.Provider,
                BookedByUserId = n % 3 == 0 ? parent : clinician,
                CreatedAt = start.AddDays(-3 + (7 * Math.Max(0, n - 4))),
                Kind = n % 5 == 4 ? SessionKind.Coaching : SessionKind.ParentingSupport,
                Mode = n % 2 == 0 ? DeliveryMode.Online : DeliveryMode.FaceToFace,
                StartsAt = at,
                EndsAt = at.AddHours(1),
                Status = status,
                LateCancellation = late,
                CancelledAt = status is SessionStatus.CancelledByFamily or SessionStatus.CancelledByService ? at.AddHours(late ? -12 : -72) : null,
            };
            await _sessions.AddAsync(session);
            if (status is SessionStatus.Attended or SessionStatus.DidNotAttend) held++;
            if (status == SessionStatus.Attended && setting.Feedback is { } feedback && random.Next(100) < 10 && at.AddHours(2) < now)
            {
                await FeedbackAsync(feedback, familyId, planId, session.Id, parent, at.AddHours(2));
            }
        }
        return held;
    }

    /// <summary>Feedback after a session, mostly warm.</summary>
    private async Task FeedbackAsync(Instrument instrument, Guid familyId, Guid planId, Guid sessionId, Guid parent, DateTimeOffset at)
    {
        var values = SeedAnswers.Near(instrument, 0.75, 0.4, random);
        var score = InstrumentScoring.Score(instrument, values);
        var response = new MeasureResponse
        {
            FamilyId = familyId,
            PlanId = planId,
            SessionId = sessionId,
            InstrumentId = instrument.Id,
            InstrumentVersion = instrument.Version,
            AnsweredByUserId = parent,
            AnsweredAt = at,
            Total = score.Total,
            Band = score.Band?.Label,
        };
        await _responses.AddAsync(response);
        foreach (var (item, value) in values) await _answers.AddAsync(new MeasureAnswer { ResponseId = response.Id, Item = item, Value = value });
    }

    /// <summary>One or two strategies to try at home, and the parent's notes of trying them.</summary>
    private async Task HomeAsync(Guid familyId, Guid clinician, Guid parent, DateTimeOffset start)
    {
        var now = setting.Now;
        for (var s = 0; s < random.Next(1, 3); s++)
        {
            var shared = start.AddDays(7 * (s + 1));
            if (shared > now) return;
            var strategy = new HomeStrategy
            {
                FamilyId = familyId,
                Title = Strategies[random.Next(Strategies.Length)],
                WhatToDo = "Try it when things start to build, for a few minutes.",
                WhyItHelps = "It helps your child feel safe enough to settle.",
                HowOften = "Most days",
                SharedByUserId = clinician,
                SharedAt = shared,
            };
            await _strategies.AddAsync(strategy);
            var days = Math.Max(1, (int)(now - shared).TotalDays);
            for (var e = 0; e < random.Next(0, 9); e++)
            {
                var at = shared.AddDays(random.Next(0, days)).AddHours(random.Next(0, 10));
                if (at > now) continue;
                await _logs.AddAsync(new HomeLogEntry
                {
                    StrategyId = strategy.Id,
                    FamilyId = familyId,
                    Date = UkTime.DateOf(at),
                    WhatHappened = "We tried it after tea; it took a while to settle.",
                    Rating = random.Next(1, 6),
                    Note = random.Next(3) == 0 ? "Better than last week." : null,
                    WrittenByUserId = parent,
                    CreatedAt = at,
                });
            }
        }
    }

    /// <summary>One to three threads between the parent and the clinician, a few messages each; the parent has not read the latest reply in some.</summary>
    private async Task MessagesAsync(Guid familyId, Guid clinician, Guid parent, DateTimeOffset since)
    {
        var now = setting.Now;
        var span = Math.Max(1, (int)(now - since).TotalDays);
        for (var t = 0; t < random.Next(1, 4); t++)
        {
            var started = since.AddDays(random.Next(0, span)).AddMinutes(random.Next(0, 600));
            if (started > now) continue;
            var thread = new MessageThread { FamilyId = familyId, Subject = Subjects[random.Next(Subjects.Length)], StartedByUserId = parent, StartedAt = started, LastMessageAt = started };
            var messages = new List<Message>();
            var at = started;
            for (var m = 0; m < random.Next(2, 9) && at <= now; m++)
            {
                messages.Add(new Message
                {
                    ThreadId = thread.Id,
                    SenderUserId = m % 2 == 0 ? parent : clinician,
                    Body = m % 2 == 0 ? "It was a hard evening again. Could we talk about it next time?" : "Thank you for telling me. Let's look at it together on Tuesday.",
                    SentAt = at,
                });
                at = at.AddHours(random.Next(1, 72));
            }
            thread.LastMessageAt = messages[^1].SentAt;
            await _threads.AddAsync(thread);
            foreach (var message in messages) await _messages.AddAsync(message);
            await _reads.AddAsync(new MessageThreadRead { ThreadId = thread.Id, UserId = clinician, ReadUpTo = thread.LastMessageAt });
            await _reads.AddAsync(new MessageThreadRead { ThreadId = thread.Id, UserId = parent, ReadUpTo = messages[random.Next(2) == 0 ? ^1 : 0].SentAt });
        }
    }

    /// <summary>A place in one of the peer groups (most as members, a few waiting to be let in), and a member's posts in its discussion.</summary>
    private async Task GroupAsync(Guid parent, int i, DateTimeOffset since)
    {
        var now = setting.Now;
        var group = setting.Groups[random.Next(setting.Groups.Count)];
        var joined = since.AddDays(random.Next(1, 60));
        if (joined > now) joined = now.AddHours(-1);
        var member = random.Next(10) != 0;
        await _members.AddAsync(new PeerGroupMember
        {
            GroupId = group,
            UserId = parent,
            Status = member ? GroupMemberStatus.Member : GroupMemberStatus.Requested,
            DisplayName = $"Parent {i}",
            Introduction = "We adopted two years ago and would love to meet others.",
            RequestedAt = joined,
            DecidedAt = member ? joined.AddDays(1) : null,
            ConductAcceptedAt = member ? joined.AddDays(1) : null,
        });
        if (!member) return;
        var span = Math.Max(1, (int)(now - joined).TotalDays);
        for (var p = 0; p < random.Next(0, 7); p++)
        {
            var at = joined.AddDays(1 + random.Next(0, span)).AddMinutes(random.Next(0, 600));
            if (at > now) continue;
            await _posts.AddAsync(new GroupPost
            {
                GroupId = group,
                TopicId = group, // the group's general topic (GroupTopic.General)
                AuthorUserId = parent,
                Body = p % 2 == 0 ? "Has anyone found a way to make Sunday evenings easier?" : "What helped us was a calm corner with a few of his favourite things.",
                PostedAt = at,
                Status = PostStatus.Visible,
                HoldReason = HoldReason.None,
            });
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var rows in All) await rows.DisposeAsync();
    }
}
