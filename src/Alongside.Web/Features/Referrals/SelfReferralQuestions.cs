using Alongside.Web.Infrastructure.TagHelpers;

namespace Alongside.Web.Features.Referrals;

public enum QuestionKind
{
    Text,
    LongText,
    Date,
    Choice,
    Organisation,
}


public sealed record Question(
    string Slug,
    string Heading,
    QuestionKind Kind,
    string? Hint = null,
    int MaxLength = 100,
    IReadOnlyList<Option>? Options = null,
    string? Summary = null)
{
    /// <summary>What the check-answers page calls this answer.</summary>
    public string SummaryLabel => Summary ?? Heading;
}

/// <summary>The self-referral, one question a page (the NHS question-page pattern).</summary>
public static class SelfReferralQuestions
{
    public static readonly IReadOnlyList<Question> All =
    [
        new("child-name", "What is your child's first name?", QuestionKind.Text,
            "If more than one child needs help, start with one. You can tell us about the others later.", 100, Summary: "Child's first name"),
        new("child-date-of-birth", "What is their date of birth?", QuestionKind.Date, "For example, 27 3 2016", Summary: "Date of birth"),
        new("child-legal-status", "Which of these describes your child?", QuestionKind.Choice, Options:
        ReferralChoices.LegalStatus, Summary: "Child's situation"),
        new("relationship", "What is your relationship to the child?", QuestionKind.Choice, Options:
        ReferralChoices.Relationship, Summary: "You are their"),
        new("whats-happening", "What is happening for your child and your family?", QuestionKind.LongText,
            "Tell us in your own words. There are no wrong answers.", 4000, Summary: "What is happening"),
        new("tried", "What have you tried so far?", QuestionKind.LongText,
            "For example, other services, courses, or things you do at home. Write 'nothing yet' if that is the case.", 4000, Summary: "What you have tried"),
        new("hopes", "What would you like to be different?", QuestionKind.LongText,
            "This helps us understand what matters most to you.", 2000, Summary: "What you hope for"),
        new("meeting", "How would you like to meet?", QuestionKind.Choice, Options:
        ReferralChoices.Meeting, Summary: "How you would like to meet"),
        new("funding", "How will the support be paid for?", QuestionKind.Choice, Options:
        ReferralChoices.Funding, Summary: "Paid for by"),
        new("organisation", "Who would you like to ask for help?", QuestionKind.Organisation, Summary: "Sent to"),
    ];

    public static Question? Find(string slug) => All.FirstOrDefault(q => q.Slug == slug);

    public static Question? After(Question question)
    {
        var index = All.ToList().IndexOf(question);
        return index + 1 < All.Count ? All[index + 1] : null;
    }

    public static Question? Before(Question question)
    {
        var index = All.ToList().IndexOf(question);
        return index > 0 ? All[index - 1] : null;
    }

    /// <summary>The first question without an answer, or null when all are answered.</summary>
    public static Question? FirstUnanswered(IReadOnlyDictionary<string, string> answers) =>
        All.FirstOrDefault(q => !answers.ContainsKey(q.Slug));
}
