using Alongside.Web.Features.Sessions;
using Alongside.Web.Features.Strategies;

namespace Alongside.Web.Cli;

/// <summary>
/// The demo's families, so each role has something to look at: Sam's family has been accepted,
/// has a care team and a plan waiting for agreement; a professional has referred Jordan's family,
/// which is waiting to be triaged.
/// </summary>
internal static class DemoStory
{
    public static void Add(AlongsideDbContext db, Organisation provider, Dictionary<string, AppUser> people, DateTimeOffset now)
    {
        var parent = people["parent@alongside.test"];
        var clinician = people["clinician@alongside.test"];
        var referrer = people["referrer@alongside.test"];

        var sams = new Family { Name = "Sam's family", CreatedAt = now };
        var alex = new Child { FamilyId = sams.Id, FirstName = "Alex", DateOfBirth = new DateOnly(2016, 5, 14), LegalStatus = LegalStatus.Adopted };
        sams.Carers.Add(new FamilyCarer { UserId = parent.Id, Relationship = CarerRelationship.AdoptiveParent });
        sams.Organisations.Add(new FamilyOrganisation { OrganisationId = provider.Id, Since = now });
        db.Families.Add(sams);
        db.Children.Add(alex);
        db.Referrals.Add(new Referral
        {
            OrganisationId = provider.Id,
            FamilyId = sams.Id,
            ChildId = alex.Id,
            LocalAuthorityCode = DemoSeed.LocalAuthorityCode,
            Source = ReferralSource.Self,
            SubmittedByUserId = parent.Id,
            CarerEmail = parent.Email,
            WhatIsHappening = "Alex finds bedtimes and school mornings very hard.",
            WhatHasBeenTried = "Routines and a visual timetable.",
            Hopes = "Calmer evenings for all of us.",
            MeetingPreference = MeetingPreference.Either,
            FundingRoute = FundingRoute.Asgsf,
            Status = ReferralStatus.Accepted,
            SubmittedAt = now.AddDays(-30),
            DecidedAt = now.AddDays(-25),
            DecidedByUserId = clinician.Id,
        });
        db.CareTeamMembers.Add(new CareTeamMember { FamilyId = sams.Id, UserId = clinician.Id, OrganisationId = provider.Id, AddedAt = now.AddDays(-25) });
        var plan = new SupportPlan
        {
            FamilyId = sams.Id,
            ChildId = alex.Id,
            OrganisationId = provider.Id,
            StartDate = UkTime.DateOf(now),
            ReviewDate = UkTime.DateOf(now).AddMonths(4),
            CreatedByUserId = clinician.Id,
            CreatedAt = now.AddDays(-1),
        };
        plan.Goals.Add(new PlanGoal { Order = 1, Text = "Bedtime takes less than an hour, most nights" });
        plan.Goals.Add(new PlanGoal { Order = 2, Text = "Alex can tell us when school has been hard" });
        plan.Items.Add(new PlanItem { Kind = PlanItemKind.ParentingSupportSessions, Sessions = 6, Funding = FundingRoute.Asgsf, Cost = 900m });
        plan.Items.Add(new PlanItem { Kind = PlanItemKind.GroupCourse, Funding = FundingRoute.Asgsf, Cost = 450m });
        db.SupportPlans.Add(plan);

        // Priya works weekdays with a lunch break, and has shared one thing to try at home.
        foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
        {
            db.WorkingHours.Add(new WorkingHoursEntry { ClinicianUserId = clinician.Id, Day = day, Start = new TimeOnly(9, 0), End = new TimeOnly(12, 0) });
            db.WorkingHours.Add(new WorkingHoursEntry { ClinicianUserId = clinician.Id, Day = day, Start = new TimeOnly(13, 0), End = new TimeOnly(17, 0) });
        }
        db.HomeStrategies.Add(new HomeStrategy
        {
            FamilyId = sams.Id,
            Title = "Five-minute warning before bedtime",
            WhatToDo = "Tell Alex five minutes before bath time, and turn the sand timer over together.",
            WhyItHelps = "Changes feel less like a threat when they can be seen coming. The timer makes the warning something Alex can watch.",
            HowOften = "Every evening",
            SharedByUserId = clinician.Id,
            SharedAt = now.AddDays(-1),
        });

        AddSessions(db, sams.Id, clinician.Id, provider.Id, now);

        var jordans = new Family { Name = "Jordan's family", CreatedAt = now };
        var riley = new Child { FamilyId = jordans.Id, FirstName = "Riley", DateOfBirth = new DateOnly(2013, 9, 2), LegalStatus = LegalStatus.SpecialGuardianship };
        db.Families.Add(jordans);
        db.Children.Add(riley);
        db.Referrals.Add(new Referral
        {
            OrganisationId = provider.Id,
            FamilyId = jordans.Id,
            ChildId = riley.Id,
            LocalAuthorityCode = DemoSeed.LocalAuthorityCode,
            Source = ReferralSource.Professional,
            SubmittedByUserId = referrer.Id,
            CarerEmail = "jordan@example.invalid",
            WhatIsHappening = "Riley has moved to live with grandparents and is struggling to settle.",
            WhatHasBeenTried = "School counsellor.",
            Hopes = "Riley feels safe at home.",
            MeetingPreference = MeetingPreference.FaceToFace,
            FundingRoute = FundingRoute.Asgsf,
            ConsentGivenBy = "Jordan (grandparent, special guardian)",
            ConsentDate = UkTime.DateOf(now).AddDays(-3),
            ConsentMethod = ConsentMethod.InPerson,
            SubmittedAt = now.AddDays(-2),
        });
    }

    /// <summary>
    /// Priya's sessions with Sam's family: three weeks of past ones (attended with notes and a
    /// summary for the parents, and one missed), an online one starting in a few minutes so Join
    /// shows, one the family cancelled, and two ahead, so the calendar and the family record have
    /// something to show.
    /// </summary>
    private static void AddSessions(AlongsideDbContext db, Guid familyId, Guid clinicianId, Guid organisationId, DateTimeOffset now)
    {
        var today = UkTime.DateOf(now);
        Session At(int days, int hour, SessionStatus status, DeliveryMode mode)
        {
            var start = UkTime.ToInstant(today.AddDays(days), new TimeOnly(hour, 0))!.Value;
            var session = new Session
            {
                FamilyId = familyId,
                ClinicianUserId = clinicianId,
                OrganisationId = organisationId,
                Kind = SessionKind.ParentingSupport,
                StartsAt = start,
                EndsAt = start.AddHours(1),
                Mode = mode,
                Status = status,
                VideoLink = mode == DeliveryMode.Online ? "https://video.example.invalid/demo-room" : null,
                Place = mode == DeliveryMode.FaceToFace ? "Brightwater, room 2" : null,
                BookedByUserId = clinicianId,
                CreatedAt = now.AddDays(-28),
            };
            db.Sessions.Add(session);
            return session;
        }

        var notes = new (Session Session, string Private, string Summary)[]
        {
            (At(-21, 10, SessionStatus.Attended, DeliveryMode.FaceToFace), "First meeting. Bedtimes take two hours; Alex is most unsettled after school.", "We got to know each other and talked about bedtimes. Try noticing what happens in the hour before bath time."),
            (At(-14, 10, SessionStatus.Attended, DeliveryMode.Online), "Sam has kept a log. Evenings are calmer when warnings are given.", "We looked at your log together. Try a five-minute warning with the sand timer."),
        };
        foreach (var (session, text, summary) in notes)
        {
            db.SessionNotes.Add(new SessionNote { SessionId = session.Id, PrivateNotes = text, ParentSummary = summary, WrittenByUserId = clinicianId, UpdatedAt = session.EndsAt });
        }
        At(-7, 10, SessionStatus.DidNotAttend, DeliveryMode.Online);
        var soon = now.AddMinutes(5);
        soon = soon.AddTicks(-(soon.Ticks % TimeSpan.TicksPerMinute));
        db.Sessions.Add(new Session
        {
            FamilyId = familyId,
            ClinicianUserId = clinicianId,
            OrganisationId = organisationId,
            Kind = SessionKind.Consultation,
            StartsAt = soon,
            EndsAt = soon.AddHours(1),
            Mode = DeliveryMode.Online,
            VideoLink = "https://video.example.invalid/demo-room-today",
            BookedByUserId = clinicianId,
            CreatedAt = now.AddDays(-7),
        });
        var cancelled = At(2, 14, SessionStatus.CancelledByFamily, DeliveryMode.Online);
        cancelled.CancelledAt = now.AddDays(-1);
        At(7, 10, SessionStatus.Booked, DeliveryMode.FaceToFace);
        At(14, 10, SessionStatus.Booked, DeliveryMode.Online);
    }
}
