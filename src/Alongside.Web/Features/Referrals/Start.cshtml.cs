using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Referrals;

[AllowAnonymous]
public sealed class StartModel(SelfReferralDrafts drafts) : PageModel
{
    public string? ContinueAt { get; private set; }

    public async Task OnGetAsync()
    {
        var answers = SelfReferralDrafts.Answers(await drafts.FindAsync());
        if (answers.Count > 0)
        {
            var next = SelfReferralQuestions.FirstUnanswered(answers);
            ContinueAt = next is null ? "/get-help/check" : $"/get-help/{next.Slug}";
        }
    }
}
