using Alongside.Web.Infrastructure.TagHelpers;

namespace Alongside.Web.Kernel.Care;

/// <summary>
/// The choices of the self-referral, the professional's form, the plan and the staff pages, in
/// plain words. Two voices: the unmarked sets speak about the family (a referrer, a clinician, a
/// report), the <c>ForFamily</c> sets speak to the parent in the first person ("Living with me",
/// "We will pay ourselves"). The stored values are the same, so either set labels any record.
/// </summary>
public static class ReferralChoices
{
    public static readonly IReadOnlyList<Option> LegalStatus =
    [
        new(nameof(Kernel.Families.LegalStatus.Adopted), "Adopted"),
        new(nameof(Kernel.Families.LegalStatus.SpecialGuardianship), "Under a special guardianship order"),
        new(nameof(Kernel.Families.LegalStatus.LookedAfter), "Looked after (in foster or kinship care)"),
        new(nameof(Kernel.Families.LegalStatus.Other), "None of these"),
    ];

    public static readonly IReadOnlyList<Option> LegalStatusForFamily =
    [
        new(nameof(Kernel.Families.LegalStatus.Adopted), "Adopted"),
        new(nameof(Kernel.Families.LegalStatus.SpecialGuardianship), "Living with me under a special guardianship order"),
        new(nameof(Kernel.Families.LegalStatus.LookedAfter), "Looked after (in foster or kinship care)"),
        new(nameof(Kernel.Families.LegalStatus.Other), "None of these"),
    ];

    public static readonly IReadOnlyList<Option> Relationship =
    [
        new(nameof(CarerRelationship.AdoptiveParent), "Adoptive parent"),
        new(nameof(CarerRelationship.SpecialGuardian), "Special guardian"),
        new(nameof(CarerRelationship.FosterCarer), "Foster carer"),
        new(nameof(CarerRelationship.KinshipCarer), "Kinship carer (a relative or friend)"),
        new(nameof(CarerRelationship.BirthParent), "Birth parent"),
        new(nameof(CarerRelationship.Other), "Something else"),
    ];

    public static readonly IReadOnlyList<Option> Meeting =
    [
        new(nameof(MeetingPreference.Online), "Online, by video call"),
        new(nameof(MeetingPreference.FaceToFace), "Face to face"),
        new(nameof(MeetingPreference.Either), "Either is fine"),
    ];

    public static readonly IReadOnlyList<Option> Funding =
    [
        new(nameof(FundingRoute.SelfFunded), "The family pays"),
        new(nameof(FundingRoute.Asgsf), "The Adoption and Special Guardianship Support Fund (ASGSF)",
            "The local authority or regional adoption agency applies for it"),
        new(nameof(FundingRoute.Commissioned), "Commissioned by the local authority or the NHS"),
        new(nameof(FundingRoute.NotSure), "Not decided yet"),
    ];

    public static readonly IReadOnlyList<Option> FundingForFamily =
    [
        new(nameof(FundingRoute.SelfFunded), "We will pay ourselves"),
        new(nameof(FundingRoute.Asgsf), "The Adoption and Special Guardianship Support Fund",
            "Your local authority or regional adoption agency applies for it"),
        new(nameof(FundingRoute.Commissioned), "Our local authority or the NHS pays for it"),
        new(nameof(FundingRoute.NotSure), "I am not sure yet", "That is fine. We can talk about it with you."),
    ];

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
