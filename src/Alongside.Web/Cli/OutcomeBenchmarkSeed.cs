using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Cli;

/// <summary>
/// `seed --outcomes N`: N families in support with the demo therapy provider, each with a care
/// team, an agreed plan with goals and months of measures (the baseline goals and wellbeing
/// questionnaires, then after each fortnightly session feedback and goals, and wellbeing every
/// fourth), about 50 answers a family on average, since families answer some and not others; the
/// unanswered are due or overdue. The demo clinician gets exactly <see cref="DemoCaseload"/>
/// families on their care team (Sam's and 59 of these) and Sam's family two years of weekly
/// sessions' measures, so /staff/caseload and /family/progress can be measured at scale (bench/).
/// </summary>
public static class OutcomeBenchmarkSeed
{
    public const int DemoCaseload = 60;
    private const int Batch = 500;
    private const int SessionsAtMost = 7;

    private sealed record Course(Guid FamilyId, Guid ChildId, Guid PlanId, IReadOnlyList<string> Goals, DateTimeOffset Start, int Sessions, int DaysApart, double Answers, Guid AnsweredBy, Guid? WithClinician);

    public static async Task<int> AddAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AlongsideDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var catalogue = scope.ServiceProvider.GetRequiredService<InstrumentCatalogue>();
        var wellbeing = scope.ServiceProvider.GetRequiredService<IOptions<MeasureOptions>>().Value.Wellbeing;
        var provider = await db.Organisations.Where(o => o.Kind == OrganisationKind.TherapyProvider).OrderBy(o => o.CreatedAt).Select(o => o.Id).FirstAsync();
        var clinician = await db.Users.Where(u => u.Email == "clinician@alongside.test").Select(u => u.Id).SingleAsync();
        var parent = await db.Users.Where(u => u.Email == "parent@alongside.test").Select(u => u.Id).SingleAsync();
        var sams = await db.Families.Where(f => f.Name == "Sam's family").Select(f => f.Id).SingleAsync();
        if (await db.MeasureResponses.AnyAsync(r => r.FamilyId == sams))
        {
            Console.WriteLine("Sam's family already has measures; nothing added.");
            return 0;
        }
        var random = new Random(20261202); // the same data every run
        var clock = Stopwatch.StartNew();
        var writer = new Writer(db, catalogue, wellbeing, random, now);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        // Offered only with wording: placeholder text stands in for the licensed words the benchmark has no copy of.
        var placeholders = await AddPlaceholderWordingAsync(db, catalogue, wellbeing, now);
        if (placeholders.Count > 0) Console.WriteLine($"Added placeholder wording (not the licensed text) for {string.Join(", ", placeholders)}.");

        // Sam's plan is agreed two years ago and rated weekly since, answered by the parent, a tenth of the time with the clinician.
        var plan = await db.SupportPlans.Where(p => p.FamilyId == sams).OrderBy(p => p.CreatedAt).FirstAsync();
        var samsStart = now.AddDays(-730);
        await db.SupportPlans.Where(p => p.Id == plan.Id).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.Status, PlanStatus.Agreed).SetProperty(p => p.RespondedAt, samsStart).SetProperty(p => p.RespondedByUserId, parent));
        var samsGoals = await db.PlanGoals.Where(g => g.PlanId == plan.Id).OrderBy(g => g.Order).Select(g => g.Text).ToListAsync();
        writer.Add(new Course(sams, plan.ChildId, plan.Id, samsGoals, samsStart, 104, 7, 0.9, parent, null));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        // About sixty families a clinician, as a real service's caseloads; the demo clinician's is Sam's and the first 59.
        var benchClinicians = (Math.Max(0, count - (DemoCaseload - 1)) + DemoCaseload - 1) / DemoCaseload;
        var clinicians = new List<Guid>();
        for (var k = 0; k < benchClinicians; k++)
        {
            var email = $"outcomes-clinician-{k}@example.invalid";
            var user = new AppUser
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                DisplayName = $"Clinician {k}",
                SecurityStamp = Guid.NewGuid().ToString("N"),
                CreatedAt = now,
            };
            db.Users.Add(user);
            db.Memberships.Add(new Membership { UserId = user.Id, OrganisationId = provider, Role = Role.Clinician, CreatedAt = now });
            clinicians.Add(user.Id);
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        string[] goalTexts = ["Calmer bedtimes", "Getting to school without a row", "Talking about feelings together", "Fewer meltdowns after contact", "Eating together as a family"];
        for (var done = 0; done < count; done += Batch)
        {
            for (var i = done; i < Math.Min(count, done + Batch); i++)
            {
                var worker = i < DemoCaseload - 1 ? clinician : clinicians[(i - (DemoCaseload - 1)) / DemoCaseload];
                var start = now.AddDays(-random.Next(1, 730));
                var family = new Family { Name = $"Outcomes family {i}", CreatedAt = start.AddDays(-60) };
                var child = new Child { FamilyId = family.Id, FirstName = $"Child{i % 997}", DateOfBirth = BenchmarkSeed.ChildBirthDate(i) };
                family.Organisations.Add(new FamilyOrganisation { OrganisationId = provider, Since = start.AddDays(-60) });
                db.Families.Add(family);
                db.Children.Add(child);
                db.Referrals.Add(new Referral
                {
                    OrganisationId = provider,
                    FamilyId = family.Id,
                    ChildId = child.Id,
                    Source = ReferralSource.Self,
                    SubmittedByUserId = Guid.Empty,
                    CarerEmail = $"outcomes{i}@example.invalid",
                    WhatIsHappening = "Benchmark",
                    WhatHasBeenTried = "Benchmark",
                    Hopes = "Benchmark",
                    MeetingPreference = MeetingPreference.Either,
                    FundingRoute = FundingRoute.SelfFunded,
                    Status = ReferralStatus.Accepted,
                    SubmittedAt = start.AddDays(-60),
                    DecidedAt = start.AddDays(-30),
                    DecidedByUserId = worker,
                });
                db.CareTeamMembers.Add(new CareTeamMember { FamilyId = family.Id, UserId = worker, OrganisationId = provider, AddedAt = start.AddDays(-30) });
                var familyPlan = new SupportPlan
                {
                    FamilyId = family.Id,
                    ChildId = child.Id,
                    OrganisationId = provider,
                    Status = PlanStatus.Agreed,
                    StartDate = UkTime.DateOf(start),
                    ReviewDate = UkTime.DateOf(start).AddMonths(4),
                    CreatedByUserId = worker,
                    CreatedAt = start.AddDays(-7),
                    RespondedAt = start,
                };
                var goals = goalTexts.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
                for (var g = 0; g < goals.Count; g++) familyPlan.Goals.Add(new PlanGoal { PlanId = familyPlan.Id, Order = g + 1, Text = goals[g] });
                db.SupportPlans.Add(familyPlan);
                // No parent accounts for these families: their answers are recorded as taken with the clinician in a session.
                writer.Add(new Course(family.Id, child.Id, familyPlan.Id, goals, start, random.Next(0, SessionsAtMost + 1), 14, 0.35 + random.NextDouble() * 0.6, worker, worker));
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            var families = Math.Min(count, done + Batch);
            if (families % 10_000 == 0 || families == count)
            {
                Console.WriteLine($"{families:N0} of {count:N0} families, {writer.Answers:N0} answers, {writer.Responses:N0} responses, {writer.Due:N0} measures due ({writer.Due - writer.Responses:N0} not answered), {clock.Elapsed.TotalSeconds:0} s");
            }
        }
        Console.WriteLine($"The demo clinician has {1 + Math.Min(count, DemoCaseload - 1)} families on their care team; Sam's family has {writer.SamsResponses:N0} responses.");
        return count;
    }

    private static async Task<List<string>> AddPlaceholderWordingAsync(AlongsideDbContext db, InstrumentCatalogue catalogue, IEnumerable<string> ids, DateTimeOffset now)
    {
        var added = new List<string>();
        foreach (var instrument in ids.Select(catalogue.Find).OfType<Instrument>().Where(i => !i.WordingShipped))
        {
            if (await db.InstrumentWordings.AnyAsync(w => w.InstrumentId == instrument.Id && w.Version == instrument.Version)) continue;
            var file = new WordingFile(instrument.Id, instrument.Version, "Placeholder wording for benchmarking",
                instrument.Options.Select(o => $"Placeholder answer {o.Value}").ToList(), instrument.Items.Select(i => $"Placeholder question {i.Number}").ToList());
            db.InstrumentWordings.Add(new InstrumentWording
            {
                InstrumentId = instrument.Id,
                Version = instrument.Version,
                Text = JsonSerializer.Serialize(file, JsonSerializerOptions.Web),
                ImportedFrom = "seed --outcomes (placeholder wording)",
                ImportedAt = now,
            });
            added.Add(instrument.Id);
        }
        await db.SaveChangesAsync();
        return added;
    }

    /// <summary>Writes one family's measures: what was due at each point, and the answers they gave.</summary>
    private sealed class Writer(AlongsideDbContext db, InstrumentCatalogue catalogue, IReadOnlyList<string> wellbeing, Random random, DateTimeOffset now)
    {
        public long Answers { get; private set; }
        public long Responses { get; private set; }
        public long Due { get; private set; }
        public int SamsResponses { get; private set; }

        public void Add(Course course)
        {
            // How hard things are at first (0 easy, 1 very hard) and where they head: most better, some the same, some worse.
            var severity = 0.2 + random.NextDouble() * 0.7;
            var roll = random.Next(100);
            var trend = roll < 70 ? -(0.1 + random.NextDouble() * 0.4) : roll < 85 ? 0 : 0.1 + random.NextDouble() * 0.2;
            var before = Responses;
            Point(course, $"child:{course.ChildId}:start", "At the start of your support", course.Start, 0, [MeasureSchedule.Goals, .. wellbeing], severity);
            for (var n = 1; n <= course.Sessions; n++)
            {
                var at = course.Start.AddDays(n * course.DaysApart).AddHours(1);
                if (at > now) break;
                List<string> asked = [MeasureSchedule.SessionFeedback, MeasureSchedule.Goals];
                if (n % 4 == 0) asked.AddRange(wellbeing);
                var reason = $"After your session on {TimeDisplay.Local(at, "d MMMM yyyy")}";
                Point(course, $"session:{Guid.CreateVersion7()}", reason, at, (double)n / Math.Max(course.Sessions, 1), asked, Math.Clamp(severity + trend * n / Math.Max(course.Sessions, 1), 0, 1));
            }
            if (course.WithClinician is null) SamsResponses += (int)(Responses - before);
        }

        private void Point(Course course, string point, string reason, DateTimeOffset dueAt, double progress, IEnumerable<string> asked, double severity)
        {
            foreach (var id in asked)
            {
                if (catalogue.Find(id) is not { } instrument) continue;
                // Most answer within a few days; a few weeks later, after the next point, counts as late.
                var delay = random.Next(100) switch { < 70 => random.NextDouble() * 3, < 95 => 3 + random.NextDouble() * 10, _ => 14 + random.NextDouble() * 16 };
                DateTimeOffset? answeredAt = random.NextDouble() < course.Answers && dueAt.AddDays(delay) <= now ? dueAt.AddDays(delay) : null;
                var due = new MeasureDue { FamilyId = course.FamilyId, PlanId = course.PlanId, InstrumentId = id, Point = point, Reason = reason, DueAt = dueAt, CreatedAt = dueAt, AnsweredAt = answeredAt };
                db.MeasuresDue.Add(due);
                Due++;
                if (answeredAt is null) continue;
                var values = Values(instrument, course.Goals.Count, severity, progress);
                var score = InstrumentScoring.Score(instrument, values);
                var response = new MeasureResponse
                {
                    FamilyId = course.FamilyId,
                    DueId = due.Id,
                    PlanId = course.PlanId,
                    InstrumentId = id,
                    InstrumentVersion = instrument.Version,
                    AnsweredByUserId = course.AnsweredBy,
                    WithClinicianUserId = course.WithClinician ?? (random.Next(10) == 0 ? course.AnsweredBy : null),
                    AnsweredAt = answeredAt.Value,
                    Late = delay >= course.DaysApart && progress < 1,
                    Total = score.Total,
                    Band = score.Band?.Label,
                };
                foreach (var (item, value) in values)
                {
                    response.Answers.Add(new MeasureAnswer { ResponseId = response.Id, Item = item, Value = value, Text = instrument.Kind == InstrumentKind.Goals ? course.Goals[item - 1] : null });
                }
                foreach (var item in instrument.Items.Where(i => i.FreeText && random.Next(5) == 0))
                {
                    response.Answers.Add(new MeasureAnswer { ResponseId = response.Id, Item = item.Number, Text = "It helped to talk it through." });
                }
                db.MeasureResponses.Add(response);
                Responses++;
                Answers += response.Answers.Count;
            }
        }

        /// <summary>Answers that follow the family's severity: high on the "worse" scales, low on the "better" ones, with noise.</summary>
        private Dictionary<int, int> Values(Instrument instrument, int goalCount, double severity, double progress)
        {
            var (low, high) = (instrument.Lowest, instrument.Highest);
            int Pick(double level, bool reverse)
            {
                var noisy = Math.Clamp(level + (random.NextDouble() - 0.5) * 0.3, 0, 1);
                var value = (int)Math.Round(low + (high - low) * noisy);
                return reverse ? low + high - value : value;
            }
            var good = instrument.Direction == ScoreDirection.HigherIsBetter;
            return instrument.Kind switch
            {
                InstrumentKind.Goals => Enumerable.Range(1, goalCount).ToDictionary(n => n, _ => Pick(1 - severity, false)),
                InstrumentKind.Feedback => instrument.ScoredItems.ToDictionary(i => i.Number, i => Pick(0.7 + progress * 0.2, i.Reverse)),
                _ => instrument.ScoredItems.ToDictionary(i => i.Number, i => Pick(good ? 1 - severity : severity, i.Reverse)),
            };
        }
    }
}
