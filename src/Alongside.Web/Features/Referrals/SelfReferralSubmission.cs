using System.Globalization;

namespace Alongside.Web.Features.Referrals;

/// <summary>Turns a finished draft into the family's record and a referral. The caller saves and commits.</summary>
public sealed class SelfReferralSubmission(AlongsideDbContext db, Notices notices, ReferralRisk risk, TimeProvider clock)
{
    /// <summary>The referral, and whether its answers signalled risk (the triage staff are alerted).</summary>
    public async Task<(Referral Referral, bool Risk)> AddAsync(AppUser user, ReferralDraft draft, IReadOnlyDictionary<string, string> answers)
    {
        var now = clock.GetUtcNow();
        var (organisationId, serviceId) = ReferralOrganisations.Parse(answers["organisation"]);
        var organisation = await db.Organisations.Where(o => o.Id == organisationId).Select(o => new { o.Id, o.Name }).SingleAsync();

        var family = await db.Families.CaredForBy(db, user.Id).Include(f => f.Carers).Include(f => f.Children).OrderBy(f => f.CreatedAt).FirstOrDefaultAsync();
        if (family is null)
        {
            family = new Kernel.Families.Family { Name = $"{user.DisplayName}'s family", CreatedAt = now };
            family.Carers.Add(new FamilyCarer { UserId = user.Id });
            db.Families.Add(family);
        }
        var carer = family.Carers.First(c => c.UserId == user.Id);
        carer.Relationship ??= Enum.Parse<CarerRelationship>(answers["relationship"]);

        var firstName = answers["child-name"];
        var dateOfBirth = DateOnly.ParseExact(answers["child-date-of-birth"], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var child = family.Children.FirstOrDefault(c => c.DateOfBirth == dateOfBirth && string.Equals(c.FirstName, firstName, StringComparison.OrdinalIgnoreCase));
        if (child is null)
        {
            // Added explicitly: a new child found only through an existing family's collection
            // would be taken for an existing row, since its key is already set.
            child = new Child { FamilyId = family.Id, FirstName = firstName, DateOfBirth = dateOfBirth };
            db.Children.Add(child);
        }
        child.LegalStatus = Enum.Parse<LegalStatus>(answers["child-legal-status"]);

        var referral = new Referral
        {
            OrganisationId = organisation.Id,
            ServiceId = serviceId,
            FamilyId = family.Id,
            ChildId = child.Id,
            Source = ReferralSource.Self,
            SubmittedByUserId = user.Id,
            CarerEmail = user.Email?.ToLowerInvariant(),
            WhatIsHappening = answers["whats-happening"],
            WhatHasBeenTried = answers["tried"],
            Hopes = answers["hopes"],
            MeetingPreference = Enum.Parse<MeetingPreference>(answers["meeting"]),
            FundingRoute = Enum.Parse<FundingRoute>(answers["funding"]),
            SubmittedAt = now,
            SourceDraftId = draft.Id,
            Reference = await ReferralReferences.UnusedAsync(db),
            Phone = NullIfBlank(answers.GetValueOrDefault("phone")),
            SafeToCall = ReferralRules.YesNo(answers.GetValueOrDefault("phone-call")),
            SafeToText = ReferralRules.YesNo(answers.GetValueOrDefault("phone-text")),
            SafeToLeaveMessage = ReferralRules.YesNo(answers.GetValueOrDefault("phone-message")),
            PostcodeDistrict = NullIfBlank(answers.GetValueOrDefault("postcode")),
            AccessNeeds = NullIfBlank(answers.GetValueOrDefault("access-needs")),
            PreferredLanguage = NullIfBlank(answers.GetValueOrDefault("language")),
            InterpreterNeeded = ReferralRules.YesNo(answers.GetValueOrDefault("interpreter")),
        };
        db.Referrals.Add(referral);
        db.ReferralDrafts.Remove(draft);

        await notices.SendAsync(user.ToRecipient(), new RequestSentNotice(organisation.Name, referral.Reference, referral.Id));
        await ReferralNotices.TellTriageStaffAsync(db, notices, organisation.Id, organisation.Name);
        return (referral, await risk.RaiseIfSignalledAsync(referral));
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
