using Alongside.Web.Infrastructure;
using Alongside.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Alongside.Web.Features.Groups.Discussion;

/// <summary>
/// The benchmark floor for bench/discussion.sh: the topic page's own GET handler (the place, the
/// topic with its count, one page of posts, and recording the read), run on a page model that is
/// never rendered, answered with one line of text. The ratio to the page shows what rendering
/// and the layout add. Mapped only with <see cref="BenchmarkFloors.Setting"/>.
/// </summary>
public static class DiscussionFloors
{
    public static WebApplication MapDiscussionFloors(this WebApplication app)
    {
        if (BenchmarkFloors.Group(app) is not { } floors) return app;
        floors.MapGet("/discussion-topic", async (HttpContext http, Guid groupId, Guid topicId, AlongsideDbContext db, DiscussionPosting posting,
            IOptions<DiscussionOptions> options, TimeProvider clock) =>
        {
            var page = new TopicModel(db, posting, options, clock) { PageContext = new PageContext { HttpContext = http } };
            return await page.OnGetAsync(groupId, topicId) is NotFoundResult
                ? Results.NotFound()
                : Results.Text($"{page.Posts.Count} posts of page {page.PageNumber} of {page.Pages}");
        }).RequireAuthorization(Policies.Member);
        return app;
    }
}
