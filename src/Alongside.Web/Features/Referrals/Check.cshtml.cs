using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Alongside.Web.Infrastructure.Security;
using Alongside.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Referrals;

/// <summary>Check your answers, then send. Someone not signed in creates their account here.</summary>
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.SignIn)]
public sealed class CheckModel(
    SelfReferralDrafts drafts,
    SelfReferralSubmission submission,
    AlongsideDbContext db,
    UserManager<AppUser> users,
    AccountCreation accounts,
    ReferralRisk risk,
    Notices notices,
    SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty]
    public AccountInput Input { get; set; } = new();

    [BindProperty]
    public Guid DraftId { get; set; }

    public IReadOnlyList<(Question Question, string Display)> Rows { get; private set; } = [];
    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public sealed class AccountInput
    {
        [StringLength(100, ErrorMessage = "Your first name must be 100 characters or fewer")]
        public string? FirstName { get; set; }

        [EmailAddress(ErrorMessage = "Enter an email address in the right format, like name@example.com")]
        [StringLength(256, ErrorMessage = "Your email address must be 256 characters or fewer")]
        public string? Email { get; set; }

        [StringLength(PasswordRules.MaximumLength, ErrorMessage = "Your password must be 128 characters or fewer")]
        public string? Password { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var draft = await drafts.FindAsync();
        if (draft is null) return Redirect("/get-help");
        var answers = SelfReferralDrafts.Answers(draft);
        if (SelfReferralQuestions.FirstUnanswered(answers) is { } missing) return Redirect($"/get-help/{missing.Slug}");
        DraftId = draft.Id;
        await LoadRowsAsync(answers);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // Look for the draft first: a send finishing in between removes the draft and adds the
        // referral in one commit, so the check after it always sees one or the other.
        var draft = await drafts.FindAsync();
        // Sent already (a second click, or the back button): show the same confirmation.
        if (await db.Referrals.AnyAsync(r => r.SourceDraftId == DraftId)) return RedirectToPage("Sent");
        if (draft is null) return Redirect("/get-help");
        var answers = SelfReferralDrafts.Answers(draft);
        if (SelfReferralQuestions.FirstUnanswered(answers) is { } missing) return Redirect($"/get-help/{missing.Slug}");
        await LoadRowsAsync(answers);
        if (!(await ReferralOrganisations.OptionsAsync(db)).Any(o => o.Value == answers["organisation"]))
        {
            ModelState.AddModelError("", "The service you chose is no longer taking requests. Choose another.");
            return Page();
        }

        var sentTo = Rows.First(r => r.Question.Slug == "organisation").Display;
        await using var transaction = await db.Database.BeginTransactionAsync();
        AppUser? user;
        if (SignedIn)
        {
            ModelState.Clear();
            user = await users.GetUserAsync(User);
            if (user is null) return Challenge();
        }
        else
        {
            if (!await AccountInputIsGoodAsync()) return Page();
            var email = Input.Email!.Trim();
            if (await users.FindByEmailAsync(email) is { } existing)
            {
                // The same answer as for a new address, so nobody learns who has an account here:
                // the owner is told by email that nothing was sent, and how to send it by signing in.
                // The password is hashed all the same, so the time taken does not tell either.
                users.PasswordHasher.HashPassword(existing, Input.Password!);
                await notices.SendAtMostOnceWithinAsync(TimeSpan.FromDays(1), [existing.ToRecipient()], new RequestNotSentNotice(sentTo));
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
                return CheckYourEmail(email, sentTo, risk.Signalled(answers));
            }
            var created = await accounts.CreateAsync(email, Input.FirstName!.Trim(), Input.Password!, addressProven: false);
            created.AddErrorsTo(ModelState, "Input.Password", "Input.Email");
            user = created.User;
            if (user is null) return Page();
        }
        var signalled = false;
        Referral referral;
        try
        {
            (referral, signalled) = await submission.AddAsync(user, draft, answers);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        catch (DbUpdateException)
        {
            // Two sends of one draft at the same instant: the unique draft id lets one through.
            if (await SentMeanwhileAsync()) return RedirectToPage("Sent");
            throw;
        }
        drafts.ForgetCookie();
        // A new account is signed in at once, its address not yet confirmed: the parent sees their
        // request straight away, and confirming the address (asked for by email) opens the rest.
        if (!SignedIn) await signIn.SignInAsync(user, isPersistent: false);
        TempData["JustSent"] = true;
        if (signalled) TempData["UrgentHelp"] = true;
        return Redirect($"/get-help/requests/{referral.Id}");
    }

    /// <summary>Where someone who was not signed in ends, whether their address was new or not.</summary>
    private RedirectToPageResult CheckYourEmail(string email, string sentTo, bool signalled)
    {
        TempData["SentTo"] = sentTo;
        TempData["CheckEmail"] = email;
        if (signalled) TempData["UrgentHelp"] = true;
        return RedirectToPage("Sent");
    }

    private async Task<bool> SentMeanwhileAsync()
    {
        db.ChangeTracker.Clear();
        return await db.Referrals.AnyAsync(r => r.SourceDraftId == DraftId);
    }

    /// <summary>Every box filled and the password good enough, judged before the address is looked up.</summary>
    private async Task<bool> AccountInputIsGoodAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.FirstName)) ModelState.AddModelError("Input.FirstName", "Enter your first name");
        if (string.IsNullOrWhiteSpace(Input.Email)) ModelState.AddModelError("Input.Email", "Enter your email address");
        if (string.IsNullOrWhiteSpace(Input.Password)) ModelState.AddModelError("Input.Password", "Create a password");
        if (!ModelState.IsValid) return false;
        return await PasswordRules.CheckAsync(users, Input.Email!.Trim(), Input.Password!, ModelState, "Input.Password");
    }

    private async Task LoadRowsAsync(Dictionary<string, string> answers)
    {
        var organisations = await ReferralOrganisations.OptionsAsync(db);
        Rows = SelfReferralQuestions.All.Select(q => (q, Display(q, answers, organisations))).ToList();
    }

    private static string Display(Question question, Dictionary<string, string> answers, IReadOnlyList<Option> organisations)
    {
        var value = answers[question.Slug];
        if (question.Optional && value.Length == 0) return question.Kind == QuestionKind.Phone ? "No phone number: email only" : "Nothing given";
        var main = Display(question, value, organisations);
        var yesNos = (question.YesNos ?? []).Where(y => answers.ContainsKey(y.Key))
            .Select(y => $"{y.Summary}: {(ReferralRules.YesNo(answers[y.Key]) == true ? "yes" : "no")}");
        return string.Join('\n', [main, .. yesNos]);
    }

    private static string Display(Question question, string value, IReadOnlyList<Option> organisations) => question.Kind switch
    {
        QuestionKind.Date => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")),
        QuestionKind.Choice => question.Options!.FirstOrDefault(o => o.Value == value)?.Label ?? value,
        QuestionKind.Organisation => organisations.FirstOrDefault(o => o.Value == value)?.Label ?? "A service that is no longer listed",
        _ => value,
    };
}
