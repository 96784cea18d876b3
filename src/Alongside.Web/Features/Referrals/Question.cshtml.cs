using Alongside.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alongside.Web.Features.Referrals;

/// <summary>One question of the self-referral. Answers are kept in the draft as they are given.</summary>
[AllowAnonymous]
public sealed class QuestionModel(SelfReferralDrafts drafts, AlongsideDbContext db, TimeProvider clock) : PageModel
{
    public Question Question { get; private set; } = SelfReferralQuestions.All[0];
    public IReadOnlyList<Option> Options { get; private set; } = [];
    public string? Answer { get; private set; }
    public string? Day { get; private set; }
    public string? Month { get; private set; }
    public string? Year { get; private set; }
    public bool Changing { get; private set; }
    public string BackLink { get; private set; } = "/get-help";
    public int Number { get; private set; }

    /// <summary>The yes-or-no answers asked on this page, by key ("yes", "no" or none yet).</summary>
    public Dictionary<string, string?> YesNoAnswers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, bool change)
    {
        if (!await LoadAsync(slug, change)) return NotFound();
        var answers = SelfReferralDrafts.Answers(await drafts.FindAsync());
        Answer = answers.GetValueOrDefault(Question.Slug);
        foreach (var yesNo in Question.YesNos ?? []) YesNoAnswers[yesNo.Key] = answers.GetValueOrDefault(yesNo.Key);
        if (Question.Kind == QuestionKind.Date && DateOnly.TryParse(Answer, System.Globalization.CultureInfo.InvariantCulture, out var date))
        {
            (Day, Month, Year) = (date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture), date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, bool change, string? answer, string? day, string? month, string? year)
    {
        if (!await LoadAsync(slug, change)) return NotFound();
        (Answer, Day, Month, Year) = (answer, day, month, year);
        foreach (var yesNo in Question.YesNos ?? []) YesNoAnswers[yesNo.Key] = Request.Form[yesNo.Key].ToString();
        var (value, error) = Validate(answer, day, month, year);
        if (error is not null) ModelState.AddModelError("answer", error);
        // A phone left blank needs no answers about it; otherwise each yes-or-no is asked for.
        var askYesNos = !(Question.Kind == QuestionKind.Phone && value == "");
        if (askYesNos)
        {
            foreach (var yesNo in Question.YesNos ?? [])
            {
                if (ReferralRules.YesNo(YesNoAnswers[yesNo.Key]) is null) ModelState.AddModelError(yesNo.Key, $"Select yes or no: {yesNo.Legend.TrimEnd('?').ToLowerInvariant()}");
            }
        }
        if (!ModelState.IsValid) return Page();

        var draft = await drafts.FindOrCreateAsync();
        var answers = SelfReferralDrafts.Answers(draft);
        answers[Question.Slug] = value!;
        foreach (var yesNo in Question.YesNos ?? [])
        {
            if (askYesNos) answers[yesNo.Key] = YesNoAnswers[yesNo.Key]!;
            else answers.Remove(yesNo.Key);
        }
        drafts.Save(draft, answers);
        await db.SaveChangesAsync();

        var next = change ? null : SelfReferralQuestions.After(Question);
        return Redirect(next is null ? "/get-help/check" : $"/get-help/{next.Slug}");
    }

    private (string? Value, string? Error) Validate(string? answer, string? day, string? month, string? year)
    {
        switch (Question.Kind)
        {
            case QuestionKind.Date:
                var today = clock.UkToday();
                var (date, dateError) = DateParts.Read(day, month, year, DateQuestion.DateOfBirth(today));
                return (date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), dateError);
            case QuestionKind.Choice or QuestionKind.Organisation:
                return Options.Any(o => o.Value == answer) ? (answer, null) : (null, "Select one option");
            case QuestionKind.Phone:
                return ReferralRules.Phone(answer);
            case QuestionKind.PostcodeDistrict:
                return ReferralRules.PostcodeDistrict(answer);
            case QuestionKind.Text or QuestionKind.LongText when Question.Optional:
                return ReferralRules.OptionalText(answer, Question.MaxLength);
            default:
                var empty = Question.Slug switch
                {
                    "child-name" => "Enter their first name",
                    "language" => "Enter the language you would like to use",
                    _ => "Enter an answer",
                };
                var textError = ReferralRules.Text(answer, Question.MaxLength, empty);
                return (answer?.Trim(), textError);
        }
    }

    private async Task<bool> LoadAsync(string slug, bool change)
    {
        var question = SelfReferralQuestions.Find(slug);
        if (question is null) return false;
        Question = question;
        Changing = change;
        Number = SelfReferralQuestions.All.ToList().IndexOf(question) + 1;
        var before = SelfReferralQuestions.Before(question);
        BackLink = change ? "/get-help/check" : before is null ? "/get-help" : $"/get-help/{before.Slug}";
        Options = question.Kind == QuestionKind.Organisation ? await ReferralOrganisations.OptionsAsync(db) : question.Options ?? [];
        return true;
    }
}
