using Alongside.Web.Domain;
using Alongside.Web.Infrastructure.TagHelpers;

namespace Alongside.Web.Features.Referrals;

/// <summary>The choices shared by the self-referral and the professional's form, in plain words.</summary>
public static class ReferralChoices
{
    public static IReadOnlyList<Option> Of(string slug) => SelfReferralQuestions.Find(slug)!.Options!;

    public static IReadOnlyList<Option> LegalStatus => Of("child-legal-status");
    public static IReadOnlyList<Option> Relationship => Of("relationship");
    public static IReadOnlyList<Option> Meeting => Of("meeting");
    public static IReadOnlyList<Option> Funding => Of("funding");

    public static readonly IReadOnlyList<Option> Consent =
    [
        new(nameof(ConsentMethod.InPerson), "In person"),
        new(nameof(ConsentMethod.Phone), "By phone"),
        new(nameof(ConsentMethod.InWriting), "In writing"),
        new(nameof(ConsentMethod.Email), "By email"),
    ];

    public static string Label(IReadOnlyList<Option> options, object? value) =>
        value is null ? "" : options.FirstOrDefault(o => o.Value == value.ToString())?.Label ?? value.ToString()!;
}
