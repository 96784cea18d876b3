using Alongside.Web.Infrastructure.TagHelpers;

namespace Alongside.Web.Features.Referrals;

public enum QuestionKind
{
    Text,
    LongText,
    Date,
    Choice,
    Organisation,

    /// <summary>A phone number (may be left blank), with whether it is safe to call, text or leave a message.</summary>
    Phone,

    /// <summary>The first part of a UK postcode only.</summary>
    PostcodeDistrict,
}

/// <summary>A yes-or-no asked on the same page as a question, kept in the draft under its own key.</summary>
public sealed record YesNo(string Key, string Legend, string Summary);


public sealed record Question(
    string Slug,
    string Heading,
    QuestionKind Kind,
    string? Hint = null,
    int MaxLength = 100,
    IReadOnlyList<Option>? Options = null,
    string? Summary = null,
    bool Optional = false,
    IReadOnlyList<YesNo>? YesNos = null)
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
        ReferralChoices.LegalStatusForFamily, Summary: "Child's situation"),
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
        new("phone", "What phone number can the service use?", QuestionKind.Phone,
            "A mobile or landline, like 07700 900123. Leave it blank if you would rather they only email you.", ReferralRules.PhoneMaxLength,
            Summary: "Phone", Optional: true, YesNos:
            [
                new("phone-call", "Is it safe for the service to call you on this number?", "Safe to call"),
                new("phone-text", "Is it safe for them to send you text messages?", "Safe to text"),
                new("phone-message", "Is it safe for them to leave a voicemail or a message with someone who answers?", "Safe to leave a message"),
            ]),
        new("postcode", "What is the first part of your postcode?", QuestionKind.PostcodeDistrict,
            "Only the first part, like LS6 or M1. We do not ask for your full postcode. It tells the service which area you live in.",
            ReferralRules.PostcodeDistrictMaxLength, Summary: "Area (first part of postcode)"),
        new("access-needs", "Is there anything that would make it easier for you to get support?", QuestionKind.LongText,
            "For example, step-free access, large print, British Sign Language, a quiet room, or times that suit you. Leave it blank if there is nothing.",
            ReferralRules.AccessNeedsMaxLength, Summary: "Access needs", Optional: true),
        new("language", "Which language would you like to use with the service?", QuestionKind.Text,
            "For example, English, Polish or British Sign Language.", ReferralRules.LanguageMaxLength, Summary: "Language", YesNos:
            [
                new("interpreter", "Would you need an interpreter?", "Interpreter needed"),
            ]),
        new("funding", "How will the support be paid for?", QuestionKind.Choice, Options:
        ReferralChoices.FundingForFamily, Summary: "Paid for by"),
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
