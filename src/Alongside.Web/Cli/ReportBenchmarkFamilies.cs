using Alongside.Web.Features.Groups;
using Alongside.Web.Features.PeerSupport;
using Alongside.Web.Features.Sessions;
using Microsoft.EntityFrameworkCore.Storage;

namespace Alongside.Web.Cli;

/// <summary>Writes one benchmark family at a time for <see cref="ReportBenchmarkSeed"/>: its referral and, once accepted, its support.</summary>
internal sealed class ReportBenchmarkFamilies(AlongsideDbContext db, BulkBatch batch, ReportBenchmarkFamilies.Setting setting, Random random) : IAsyncDisposable
{
    public sealed record Setting(
        Guid Provider, Guid Council, string CouncilCode, IReadOnlyList<Guid> Services, IReadOnlyList<string> Areas, IReadOnlyList<Guid> Clinicians,
        IReadOnlyList<(Guid Id, DateOnly StartsOn)> Cohorts, IReadOnlyList<Guid> Groups, Guid Supporter, Instrument Feedback,
        IReadOnlyList<Instrument> Outcomes, DateTimeOffset Now);

    private readonly BulkRows<AppUser> _users = new(db, batch);
    private readonly BulkRows<Family> _families = new(db, batch);
    private readonly BulkRows<Child> _children = new(db, batch);
    private readonly BulkRows<FamilyOrganisation> _worksWith = new(db, batch);
    private readonly BulkRows<FamilyCarer> _carers = new(db, batch);
    private readonly BulkRows<Referral> _referrals = new(db, batch);
    private readonly BulkRows<SupportPlan> _plans = new(db, batch);
    private readonly BulkRows<PlanItem> _items = new(db, batch);
    private readonly BulkRows<Session> _sessions = new(db, batch);
    private readonly BulkRows<MeasureResponse> _responses = new(db, batch);
    private readonly BulkRows<MeasureAnswer> _answers = new(db, batch);
    private readonly BulkRows<CoursePlace> _places = new(db, batch);
    private readonly BulkRows<GroupMeetingResponse> _meetings = new(db, batch);
    private readonly BulkRows<PeerSupportRequest> _requests = new(db, batch);
    private readonly BulkRows<PeerContact> _contacts = new(db, batch);

    private IEnumerable<IBulkRows> All => [_users, _families, _children, _worksWith, _carers, _referrals, _plans, _items, _sessions, _responses, _answers, _places, _meetings, _requests, _contacts];

    public string Summary =>
        $"{_referrals.Written:N0} referrals, {_items.Written:N0} plan items, {_sessions.Written:N0} sessions, {_responses.Written:N0} measure responses ({_answers.Written:N0} answers), "
        + $"{_places.Written:N0} course places, {_meetings.Written:N0} group meeting places, {_requests.Written:N0} peer requests, {_contacts.Written:N0} peer contacts";

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
        var clinician = setting.Clinicians[i / ReportBenchmarkSeed.FamiliesAClinician];
        var submitted = now.AddDays(-random.Next(0, 1100)).AddMinutes(-random.Next(0, 600));
        var family = new Family { Name = $"Report family {i}", CreatedAt = submitted };
        var child = new Child { FamilyId = family.Id, FirstName = $"Child{i % 997}", DateOfBirth = BenchmarkSeed.ChildBirthDate(i) };
        await _families.AddAsync(family);
        await _children.AddAsync(child);
        await _worksWith.AddAsync(new FamilyOrganisation { FamilyId = family.Id, OrganisationId = setting.Provider, Since = submitted });
        // One family in ten has a carer's account on the platform: they take course places and come to groups.
        Guid? carer = null;
        if (i % 10 == 0)
        {
            var user = ReportBenchmarkSeed.Account($"reports-parent-{i}@example.invalid", $"Parent {i}", submitted);
            await _users.AddAsync(user);
            await _carers.AddAsync(new FamilyCarer { FamilyId = family.Id, UserId = user.Id, Relationship = CarerRelationship.AdoptiveParent });
            carer = user.Id;
        }

        var referral = Referral(family.Id, child.Id, clinician, submitted);
        await _referrals.AddAsync(referral);
        if (random.Next(100) < 12) await PeerSupportAsync(family.Id, carer ?? clinician, submitted.AddDays(random.Next(3, 60)));
        if (referral.Status != ReferralStatus.Accepted) return;

        var start = (referral.LeftWaitingListAt ?? referral.DecidedAt!.Value).AddDays(random.Next(7, 15));
        // Weekly sessions; the plan is ended two weeks after the last, as a service closes support that is over.
        var weeks = random.Next(17, 48);
        var ends = start.AddDays((7 * (weeks - 1)) + 14);
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
            RespondedByUserId = carer,
        };
        if (ends < now) (plan.Status, plan.EndedAt, plan.EndedByUserId, plan.EndReason) = (PlanStatus.Ended, ends, clinician, PlanEndReason.GoalsMet);
        await _plans.AddAsync(plan);
        // The plan's money, as a service funds it: the sessions, a course place, and for one family in five an assessment.
        var funding = referral.FundingRoute == FundingRoute.NotSure ? FundingRoute.SelfFunded : referral.FundingRoute;
        var reference = funding switch { FundingRoute.Asgsf => $"ASGSF-{i:D6}", FundingRoute.Commissioned => $"PO-{i:D6}", _ => null };
        PlanItem Item(PlanItemKind kind, decimal cost) => new() { PlanId = plan.Id, Kind = kind, Funding = funding, Cost = cost, FundingReference = reference };
        // A family's sessions are of the kinds one line pays for, and charged to it as booking charges them (SessionKinds.PlanItem).
        SessionKind[] kinds = random.Next(100) switch
        {
            < 50 => [SessionKind.ParentingSupport],
            < 80 => [SessionKind.Coaching, SessionKind.Coaching, SessionKind.Consultation],
            _ => [SessionKind.ChildWithParent],
        };
        await SessionsAsync(i, family.Id, plan.Id, clinician, carer, start, weeks, kinds, Item(SessionKinds.PlanItem(kinds[0]), 0));
        if (random.Next(100) < 20)
        {
            var assessed = UkTime.DateOf(start.AddDays(random.Next(10, 40)));
            var assessment = Item(PlanItemKind.SpecialistAssessment, 1_800m);
            assessment.DeliveredOn = assessed <= UkTime.DateOf(now) ? assessed : null;
            await _items.AddAsync(assessment);
        }
        if (carer is { } parent)
        {
            if (random.Next(100) < 40) await CoursePlaceAsync(family.Id, parent, clinician, start, Item(PlanItemKind.GroupCourse, 450m));
            if (random.Next(100) < 30) await GroupMeetingsAsync(parent, start);
        }
    }

    private Referral Referral(Guid familyId, Guid childId, Guid clinician, DateTimeOffset submitted)
    {
        var now = setting.Now;
        var roll = random.Next(100);
        var status = roll < 66 ? ReferralStatus.Accepted : roll < 78 ? ReferralStatus.WaitingList : roll < 88 ? ReferralStatus.New : ReferralStatus.Declined;
        // Undecided referrals are recent ones.
        if (status == ReferralStatus.New) submitted = now.AddDays(-random.Next(0, 30)).AddMinutes(-random.Next(0, 600));
        var funding = random.Next(100) switch { < 25 => FundingRoute.SelfFunded, < 68 => FundingRoute.Asgsf, < 95 => FundingRoute.Commissioned, _ => FundingRoute.NotSure };
        var areaRoll = random.Next(100);
        var area = areaRoll < 8 ? setting.CouncilCode : areaRoll < 95 ? setting.Areas[random.Next(setting.Areas.Count)] : null;
        DateTimeOffset? decided = status == ReferralStatus.New ? null : submitted.AddDays(random.Next(1, 30)).AddHours(random.Next(0, 8));
        if (decided > now)
        {
            (status, decided) = (ReferralStatus.New, null);
        }
        DateTimeOffset? waiting = null, left = null;
        if (status == ReferralStatus.WaitingList || (status == ReferralStatus.Accepted && random.Next(2) == 0))
        {
            waiting = decided;
            left = status == ReferralStatus.Accepted ? waiting!.Value.AddDays(random.Next(7, 200)) : null;
            if (left > now) (status, left) = (ReferralStatus.WaitingList, null);
        }
        return new Referral
        {
            OrganisationId = setting.Provider,
            FamilyId = familyId,
            ChildId = childId,
            ServiceId = setting.Services[random.Next(setting.Services.Count)],
            Source = random.Next(100) < 65 ? ReferralSource.Self : ReferralSource.Professional,
            SubmittedByUserId = Guid.Empty,
            CarerEmail = $"reports{familyId:N}@example.invalid",
            WhatIsHappening = "Benchmark",
            WhatHasBeenTried = "Benchmark",
            Hopes = "Benchmark",
            MeetingPreference = MeetingPreference.Either,
            FundingRoute = funding,
            LocalAuthorityCode = area,
            // The council pays for four in ten of the commissioned packages; other commissioners are not on the platform.
            CommissionerOrganisationId = funding == FundingRoute.Commissioned && random.Next(100) < 40 ? setting.Council : null,
            Status = status,
            SubmittedAt = submitted,
            DecidedAt = decided,
            DecidedByUserId = decided is null ? null : clinician,
            DeclineReason = status == ReferralStatus.Declined ? (random.Next(2) == 0 ? "Outside the area we cover" : "Another service fits better") : null,
            WaitingSince = waiting,
            LeftWaitingListAt = left,
            Priority = status == ReferralStatus.WaitingList && random.Next(7) == 0 ? 1 : 0,
        };
    }

    /// <summary>Weekly sessions charged to the plan's sessions item, written first with the number approved and booked so far.</summary>
    private async Task SessionsAsync(int i, Guid familyId, Guid planId, Guid clinician, Guid? carer, DateTimeOffset start, int count, SessionKind[] kinds, PlanItem item)
    {
        var now = setting.Now;
        var mode = random.Next(100) < 55 ? DeliveryMode.Online : DeliveryMode.FaceToFace;
        var outcome = random.Next(100) < 30 ? setting.Outcomes[random.Next(setting.Outcomes.Count)] : null;
        var severity = 0.3 + (random.NextDouble() * 0.6);
        var trend = random.Next(100) < 70 ? -(0.1 + (random.NextDouble() * 0.4)) : random.NextDouble() * 0.2;
        var day = start.UtcDateTime.Date;
        var sessions = new List<Session>(count);
        for (var n = 0; n < count; n++)
        {
            // Weekly, at the family's own minute past the hour: no two of a clinician's families share a start.
            var at = new DateTimeOffset(day.AddDays(7 * n).AddHours(9 + random.Next(0, 8)).AddMinutes(i % ReportBenchmarkSeed.FamiliesAClinician), TimeSpan.Zero);
            var status = at >= now ? SessionStatus.Booked : random.Next(100) switch
            {
                < 76 => SessionStatus.Attended,
                < 83 => SessionStatus.DidNotAttend,
                < 91 => SessionStatus.CancelledByFamily,
                < 95 => SessionStatus.CancelledByService,
                _ => SessionStatus.Booked,
            };
            var late = status == SessionStatus.CancelledByFamily && random.Next(100) < 40;
            sessions.Add(new Session
            {
                PlanItemId = item.Id,
                FamilyId = familyId,
                ClinicianUserId = clinician,
                OrganisationId = setting.Provider,
                BookedByUserId = clinician,
                CreatedAt = start.AddDays(-3),
                Kind = kinds[random.Next(kinds.Length)],
                Mode = random.Next(10) == 0 ? (DeliveryMode)(3 - (int)mode) : mode,
                StartsAt = at,
                EndsAt = at.AddHours(1),
                Status = status,
                LateCancellation = late,
                CancelledAt = status is SessionStatus.CancelledByFamily or SessionStatus.CancelledByService ? at.AddHours(late ? -12 : -72) : null,
            });
        }
        // A cancellation in good time gives its session back to the plan, as booking does.
        item.Sessions = count + random.Next(0, 6);
        item.SessionsUsed = sessions.Count(s => PlanSpend.Committed(s.Status) || PlanSpend.Delivered(s.Status, s.LateCancellation));
        item.Cost = item.Sessions.Value * 95m;
        await _items.AddAsync(item);
        for (var n = 0; n < count; n++)
        {
            var session = sessions[n];
            var (status, at) = (session.Status, session.StartsAt);
            await _sessions.AddAsync(session);
            if (status != SessionStatus.Attended || at.AddHours(2) > now) continue;
            if (random.Next(100) < 10) await MeasureAsync(setting.Feedback, familyId, planId, session.Id, carer ?? clinician, carer is null ? clinician : null, at.AddHours(2), 0.2);
            if (outcome is not null && n % 6 == 0) await MeasureAsync(outcome, familyId, planId, null, carer ?? clinician, carer is null ? clinician : null, at.AddHours(1), Math.Clamp(severity + (trend * n / count), 0, 1));
        }
    }

    /// <summary>
    /// One answered questionnaire: feedback after a session (with its answers), or an outcome
    /// measure (its total is what reports read); <paramref name="severity"/> from 0 (all well) to 1.
    /// </summary>
    private async Task MeasureAsync(Instrument instrument, Guid familyId, Guid planId, Guid? sessionId, Guid answeredBy, Guid? withClinician, DateTimeOffset at, double severity)
    {
        var target = instrument.Direction == ScoreDirection.HigherIsBetter ? 1 - severity : severity;
        var values = SeedAnswers.Near(instrument, target, 0.3, random);
        var score = InstrumentScoring.Score(instrument, values);
        var response = new MeasureResponse
        {
            FamilyId = familyId,
            PlanId = planId,
            SessionId = sessionId,
            InstrumentId = instrument.Id,
            InstrumentVersion = instrument.Version,
            AnsweredByUserId = answeredBy,
            WithClinicianUserId = withClinician,
            AnsweredAt = at,
            Total = score.Total,
            Band = score.Band?.Label,
        };
        await _responses.AddAsync(response);
        if (sessionId is null) return;
        foreach (var (item, value) in values) await _answers.AddAsync(new MeasureAnswer { ResponseId = response.Id, Item = item, Value = value });
    }

    private async Task CoursePlaceAsync(Guid familyId, Guid parent, Guid clinician, DateTimeOffset start, PlanItem item)
    {
        var startDay = UkTime.DateOf(start);
        var (cohort, startsOn) = setting.Cohorts.FirstOrDefault(c => c.StartsOn >= startDay);
        if (cohort == Guid.Empty) return;
        item.CohortId = cohort;
        await _items.AddAsync(item);
        var joined = start.AddDays(1);
        var ended = startsOn.AddDays(7 * 8) < UkTime.DateOf(setting.Now);
        await _places.AddAsync(new CoursePlace
        {
            CohortId = cohort,
            PlanItemId = item.Id,
            UserId = parent,
            FamilyId = familyId,
            Status = PlaceStatus.Enrolled,
            JoinedAt = joined,
            EnrolledAt = joined,
            AddedByUserId = clinician,
            CompletedAt = ended && random.Next(100) < 65 ? UkTime.StartOfDay(startsOn.AddDays(7 * 8)) : null,
        });
    }

    private async Task GroupMeetingsAsync(Guid parent, DateTimeOffset start)
    {
        var group = setting.Groups[random.Next(setting.Groups.Count)];
        var first = new DateTimeOffset(start.UtcDateTime.Date.AddHours(19), TimeSpan.Zero);
        for (var n = 0; n < random.Next(4, 13); n++)
        {
            var at = first.AddDays(7 * n);
            var past = at < setting.Now;
            var came = past ? random.Next(100) switch { < 70 => (bool?)true, < 85 => false, _ => null } : null;
            await _meetings.AddAsync(new GroupMeetingResponse
            {
                GroupId = group,
                UserId = parent,
                MeetingStartsAt = at,
                Coming = random.Next(10) != 0,
                Attended = came,
                Rating = came == true && random.Next(2) == 0 ? random.Next(3, 6) : null,
                UpdatedAt = past ? at.AddHours(2) : at.AddDays(-2),
            });
        }
    }

    private async Task PeerSupportAsync(Guid familyId, Guid requestedBy, DateTimeOffset requested)
    {
        var now = setting.Now;
        if (requested > now) requested = now.AddHours(-1);
        var roll = random.Next(100);
        var matched = requested.AddDays(random.Next(2, 30));
        var request = new PeerSupportRequest
        {
            OrganisationId = setting.Provider,
            FamilyId = familyId,
            RequestedByUserId = requestedBy,
            Needs = GroupAudience.AdoptiveParents,
            WantsOnline = true,
            WantsInPerson = roll % 2 == 0,
            RequestedAt = requested,
        };
        if (roll < 55 && matched < now)
        {
            (request.Status, request.SupporterUserId, request.MatchedByUserId, request.MatchedAt, request.AcceptedAt) = (PeerRequestStatus.Matched, setting.Supporter, setting.Supporter, matched, matched.AddDays(2));
            if (random.Next(100) < 40 && matched.AddDays(90) < now) (request.EndedAt, request.EndedByUserId) = (matched.AddDays(90), setting.Supporter);
        }
        else if (roll < 65 && matched < now)
        {
            (request.Status, request.SupporterUserId, request.MatchedByUserId, request.MatchedAt) = (PeerRequestStatus.Proposed, setting.Supporter, setting.Supporter, matched);
        }
        else if (roll < 80)
        {
            request.Status = PeerRequestStatus.Closed;
        }
        await _requests.AddAsync(request);
        if (request.AcceptedAt is not { } accepted) return;
        for (var n = 0; n < random.Next(2, 11); n++)
        {
            var on = UkTime.DateOf(accepted.AddDays(7 * (n + 1)));
            if (on > UkTime.DateOf(request.EndedAt ?? now)) break;
            await _contacts.AddAsync(new PeerContact
            {
                RequestId = request.Id,
                SupporterUserId = setting.Supporter,
                Date = on,
                Mode = (ContactMode)random.Next(1, 5),
                Topics = "Benchmark",
                CreatedAt = UkTime.StartOfDay(on).AddHours(20),
            });
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var rows in All) await rows.DisposeAsync();
    }
}
