using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Training;

/// <summary>The signed-in person's own training record: places on courses for peer supporters and supervisors.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class RecordsModel(AlongsideDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<TrainingRecord> Records { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = clock.UkToday();
        Records = await TrainingRecords.ForAsync(db, [User.Id()]);
    }

    public static string AudienceDisplay(CourseAudience audience) => audience switch
    {
        CourseAudience.PeerSupporterTraining => "Peer supporter training",
        CourseAudience.SupervisorTraining => "Supervisor training",
        _ => audience.ToString(),
    };

    /// <summary>Where a record stands today, in a word or two.</summary>
    public string Standing(TrainingRecord record) => record switch
    {
        { CompletedAt: null } when record.EndsOn >= Today => "In progress",
        { CompletedAt: null } => "Not completed",
        _ when record.IsCurrent(Today) => "Current",
        _ => "Lapsed",
    };
}
