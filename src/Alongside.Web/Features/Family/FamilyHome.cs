using Alongside.Web.Kernel.Measures;

namespace Alongside.Web.Features.Family;

/// <summary>
/// What the family home reads, in two commands rather than one per panel: the request's other commands (the sign-in check, the unread count, the groups)
/// leave little room. The first folds together what multiplies least, per family: its few carers,
/// children and care team (and, while waiting, the three courses); the second reads the referrals,
/// and the plans with their goals, one list after the other.
/// </summary>
public static partial class FamilyHome
{
    public const int CoursesShown = 3;

    public sealed class HomeFamily
    {
        public Guid Id { get; init; }
        public required string Name { get; init; }
        public required List<CarerView> Carers { get; init; }
        public required List<ChildView> Children { get; init; }
        public required List<TeamMember> CareTeam { get; init; }
        /// <summary>The next booked session not yet ended, if any: a list of at most one, which SQLite joins with a window function where a single row would need a lateral join.</summary>
        public required List<IndexModel.NextSessionView> NextSession { get; init; }
        public int MeasuresDue { get; init; }

        /// <summary>
        /// The courses the person can join themselves, read only while one of their requests waits:
        /// the person's, not the family's, but read per family (the same for each) so that SQLite can
        /// join them on the family's id; see <see cref="FamiliesAsync"/>.
        /// </summary>
        public required List<CourseOffer> Courses { get; init; }
    }

    public sealed class TeamMember
    {
        public required string Name { get; init; }
        public required string Organisation { get; init; }
    }

    public sealed class CourseOffer
    {
        public Guid Id { get; init; }
        public required string Title { get; init; }
        public required string Organisation { get; init; }
        public CourseFormat Format { get; init; }
        public int Weeks { get; init; }
        public DateOnly Starts { get; init; }
    }

    public sealed class HomePlan
    {
        public Guid Id { get; init; }
        public required string ChildName { get; init; }
        public Kernel.Care.PlanStatus Status { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public required List<string> Goals { get; init; }
    }

    /// <summary>
    /// The person's families, oldest first, each with its carers, children and care team, its next
    /// booked session not yet ended and how many questionnaires it has to fill in. Every part is
    /// joined on the family's id, which SQLite can do without the lateral join it lacks. For that, a
    /// limited list names people and organisations through subqueries, not navigations: a join
    /// after the limit would need the lateral join. Each limited list also names the person's families
    /// inside itself: the window function numbers only the rows it is given, and given the whole table
    /// it numbered every family's sessions and care team on each request (minutes at 100,000 families).
    /// </summary>
    public static Task<List<HomeFamily>> FamiliesAsync(AlongsideDbContext db, Guid me, DateTimeOffset now, DateOnly today)
    {
        var cared = db.FamilyIdsCaredForBy(me);
        var waiting = db.Referrals.Where(r => cared.Contains(r.FamilyId) && r.Status == ReferralStatus.WaitingList);
        // Each of the person's families paired with each course open to them, so that the courses
        // are limited per family by a window function rather than a lateral join; nothing while no
        // request of theirs waits.
        var courses = from family in cared
                      from course in OpenCourses(db, me, today)
                      where waiting.Any()
                      select new { FamilyId = family, Course = course };
        return db.FamiliesCaredForBy(me).OrderBy(f => f.CreatedAt).Select(f => new HomeFamily
        {
            Id = f.Id,
            Name = f.Name,
            Carers = f.Carers.Where(c => cared.Contains(c.FamilyId)).OrderBy(c => c.User!.DisplayName).Select(c => new CarerView(c.User!.DisplayName, c.Relationship)).ToList(),
            Children = f.Children.OrderBy(c => c.FirstName).Select(c => new ChildView(c.Id, c.FirstName, c.DateOfBirth, c.School, c.Needs)).ToList(),
            CareTeam = db.CareTeamMembers.Where(c => cared.Contains(c.FamilyId) && c.FamilyId == f.Id).OrderBy(c => c.AddedAt).Take(50)
                .Select(c => new TeamMember { Name = db.Users.Where(u => u.Id == c.UserId).Select(u => u.DisplayName).First(), Organisation = db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).First() })
                .ToList(),
            // A session under way is still "next" until it ends, so its Join button stays on the home page.
            NextSession = db.Sessions.Where(s => cared.Contains(s.FamilyId) && s.FamilyId == f.Id && s.Status == SessionStatus.Booked && s.EndsAt > now)
                .OrderBy(s => s.StartsAt)
                .Take(1)
                .Select(s => new IndexModel.NextSessionView(s.Id, s.Kind, db.Users.Where(u => u.Id == s.ClinicianUserId).Select(u => u.DisplayName).First(), s.Mode, s.Place, s.VideoLink, s.StartsAt, s.EndsAt))
                .ToList(),
            MeasuresDue = db.MeasuresDue.Open().Count(d => d.FamilyId == f.Id),
            Courses = courses.Where(c => c.FamilyId == f.Id).Select(c => c.Course)
                .OrderBy(c => c.Starts).ThenBy(c => c.Title).Take(CoursesShown).ToList(),
        }).AsSingleQuery().ToListAsync();
    }

    /// <summary>
    /// Parenting courses the parent may join themselves, soonest first: not retired, a cohort still
    /// to start and not cancelled, any course needed first already completed, and not one they
    /// already hold or wait for a place on.
    /// </summary>
    private static IQueryable<CourseOffer> OpenCourses(AlongsideDbContext db, Guid me, DateOnly today)
    {
        var held = new[] { PlaceStatus.Waiting, PlaceStatus.Offered, PlaceStatus.Enrolled };
        var completed = db.CoursePlaces.Where(p => p.UserId == me && p.CompletedAt != null).Select(p => p.Cohort!.CourseId);
        var taking = db.CoursePlaces.Where(p => p.UserId == me && held.Contains(p.Status)).Select(p => p.Cohort!.CourseId);
        var upcoming = db.Cohorts.Where(h => h.CancelledAt == null && h.StartsOn > today);
        return db.Courses
            .Where(c => c.Audience == CourseAudience.ParentsAndCarers && c.SelfEnrol && c.RetiredAt == null
                        && upcoming.Any(h => h.CourseId == c.Id)
                        && (c.PrerequisiteCourseId == null || completed.Contains(c.PrerequisiteCourseId.Value))
                        && !taking.Contains(c.Id))
            .Select(c => new CourseOffer
            {
                Id = c.Id,
                Title = c.Title,
                Organisation = db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).First(),
                Format = c.Format,
                Weeks = c.Weeks,
                Starts = upcoming.Where(h => h.CourseId == c.Id).Min(h => h.StartsOn),
            });
    }
}
