
namespace Alongside.Web.Features.Referrals;

/// <summary>
/// Saves a professional's referral: a new family record, the child, the referral with its
/// consent and documents, and an invitation for the carer to join, all in one transaction.
/// </summary>
public sealed class ProfessionalReferralSubmission(AlongsideDbContext db, Notices notices, ReferralRisk risk, TimeProvider clock)
{
    /// <summary>The referral, and whether what was written signalled risk (the triage staff are alerted).</summary>
    public async Task<(Referral Referral, bool Risk)> SubmitAsync(Guid referrerId, ReferralInput input, CheckedReferral checkedInput,
        IReadOnlyList<(string Name, string Type, byte[] Bytes)> files)
    {
        var now = clock.GetUtcNow();
        var (organisationId, serviceId) = ReferralOrganisations.Parse(input.OrganisationId!);
        var organisationName = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync();
        var carerName = input.CarerName!.Trim();
        var carerEmail = input.CarerEmail!.Trim();

        await using var transaction = await db.Database.BeginTransactionAsync();
        var family = new Kernel.Families.Family { Name = $"{carerName}'s family", CreatedAt = now };
        var child = new Child
        {
            FamilyId = family.Id,
            FirstName = input.ChildFirstName!.Trim(),
            LastName = string.IsNullOrWhiteSpace(input.ChildLastName) ? null : input.ChildLastName.Trim(),
            DateOfBirth = checkedInput.DateOfBirth,
            LegalStatus = input.LegalStatus,
        };
        var referral = new Referral
        {
            OrganisationId = organisationId,
            ServiceId = serviceId,
            FamilyId = family.Id,
            ChildId = child.Id,
            Source = ReferralSource.Professional,
            Reference = await ReferralReferences.UnusedAsync(db),
            SubmittedByUserId = referrerId,
            CarerEmail = carerEmail.ToLowerInvariant(),
            WhatIsHappening = input.WhatIsHappening!.Trim(),
            WhatHasBeenTried = input.WhatHasBeenTried!.Trim(),
            Hopes = input.Hopes!.Trim(),
            MeetingPreference = input.MeetingPreference!.Value,
            FundingRoute = input.FundingRoute!.Value,
            FundingReference = string.IsNullOrWhiteSpace(input.FundingReference) ? null : input.FundingReference.Trim(),
            AmountRequested = checkedInput.Amount,
            CommissionerOrganisationId = checkedInput.CommissionerOrganisationId,
            LocalAuthorityCode = checkedInput.LocalAuthorityCode,
            NeedsAssessedOn = checkedInput.NeedsAssessedOn,
            ConsentGivenBy = input.ConsentGivenBy!.Trim(),
            ConsentDate = checkedInput.ConsentDate,
            ConsentMethod = input.ConsentMethod,
            SubmittedAt = now,
            SourceDraftId = input.FormId,
        };
        foreach (var (name, type, bytes) in files)
        {
            referral.Documents.Add(new ReferralDocument { FileName = name, ContentType = type, SizeBytes = bytes.Length, Content = bytes, UploadedAt = now });
        }
        db.Families.Add(family);
        db.Children.Add(child);
        db.Referrals.Add(referral);
        var token = CarerInvitations.Add(db, family.Id, carerEmail, carerName, input.CarerRelationship, referrerId, now);
        await notices.SendAsync(new Recipient(carerEmail, carerName), new FamilyReferredNotice(organisationName, token));
        await ReferralNotices.TellTriageStaffAsync(db, notices, organisationId, organisationName);
        var signalled = await risk.RaiseIfSignalledAsync(referral);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return (referral, signalled);
    }
}
