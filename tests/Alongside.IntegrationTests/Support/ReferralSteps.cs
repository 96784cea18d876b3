using Microsoft.EntityFrameworkCore;

namespace Alongside.IntegrationTests.Support;

/// <summary>Intents for referrals: answer the self-referral, or put one straight into a state.</summary>
public static class ReferralSteps
{
    public static Dictionary<string, string> Answers(Guid organisationId, string child = "Robin", string dateOfBirth = "2 3 2015") =>
        new()
        {
            ["child-name"] = child,
            ["child-date-of-birth"] = dateOfBirth,
            ["child-legal-status"] = nameof(LegalStatus.SpecialGuardianship),
            ["relationship"] = nameof(CarerRelationship.SpecialGuardian),
            ["whats-happening"] = "Big feelings at bedtime.\nHard to settle at school.",
            ["tried"] = "A sticker chart; a school nurse.",
            ["hopes"] = "Calmer evenings.",
            ["meeting"] = nameof(MeetingPreference.Either),
            ["phone"] = "07700 900123",
            ["phone-call"] = "yes",
            ["phone-text"] = "no",
            ["phone-message"] = "no",
            ["postcode"] = "ls6",
            ["access-needs"] = "Step-free access, please.",
            ["language"] = "Polish",
            ["interpreter"] = "yes",
            ["funding"] = nameof(FundingRoute.Asgsf),
            ["organisation"] = organisationId.ToString(),
        };

    /// <summary>The yes-or-no answers asked on another question's page, and that page.</summary>
    private static readonly Dictionary<string, string> YesNoPages = new()
    {
        ["phone-call"] = "phone",
        ["phone-text"] = "phone",
        ["phone-message"] = "phone",
        ["interpreter"] = "language",
    };

    /// <summary>Posts each answer to its own question page, as a person would, in order.</summary>
    public static async Task AnswerAllAsync(this HttpClient browser, Dictionary<string, string> answers)
    {
        foreach (var (slug, value) in answers)
        {
            // A yes-or-no goes with the question on its page.
            if (YesNoPages.ContainsKey(slug)) continue;
            var form = new Dictionary<string, string>();
            foreach (var (key, _) in YesNoPages.Where(y => y.Value == slug && answers.ContainsKey(y.Key))) form[key] = answers[key];
            if (slug == "child-date-of-birth")
            {
                var parts = value.Split(' ');
                (form["day"], form["month"], form["year"]) = (parts[0], parts[1], parts[2]);
            }
            else
            {
                form["answer"] = value;
            }
            var response = await browser.PostFormAsync($"/get-help/{slug}", form);
            Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect,
                $"{slug}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>The referrals on the staff member's queue ("new" to triage, or "waiting"), in the order the page lists them.</summary>
    public static async Task<IReadOnlyList<Guid>> QueueAsync(this HttpClient staff, string list = "new") =>
        Html.Parse(await staff.GetPageAsync($"/staff/referrals?list={list}")).Links("/staff/referrals/")
            .Select(href => Guid.TryParse(href["/staff/referrals/".Length..], out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty).Distinct().ToList();

    /// <summary>A referral already in the given state, for triage and waiting-list tests.</summary>
    public static async Task<Referral> CreateReferralAsync(this AlongsideApp app, Organisation organisation, Guid familyId,
        ReferralStatus status = ReferralStatus.New, DateTimeOffset? waitingSince = null, DateTimeOffset? leftAt = null, string? carerEmail = null)
    {
        return await app.WithDbAsync(async db =>
        {
            var child = await db.Children.FirstAsync(c => c.FamilyId == familyId);
            var referral = new Referral
            {
                OrganisationId = organisation.Id,
                FamilyId = familyId,
                ChildId = child.Id,
                Source = ReferralSource.Self,
                SubmittedByUserId = Guid.Empty,
                CarerEmail = carerEmail,
                WhatIsHappening = "Test",
                WhatHasBeenTried = "Test",
                Hopes = "Test",
                MeetingPreference = MeetingPreference.Online,
                FundingRoute = FundingRoute.SelfFunded,
                Status = status,
                SubmittedAt = (waitingSince ?? app.Now).AddDays(-1),
                WaitingSince = waitingSince,
                LeftWaitingListAt = leftAt,
            };
            db.Referrals.Add(referral);
            await db.SaveChangesAsync();
            return referral;
        });
    }

    /// <summary>
    /// Changes a referral as the app does, through the change tracker, so the save marks what it
    /// changes (the waiting tallies of ADR 20, the report tallies of ADR 18).
    /// </summary>
    public static Task ChangeReferralAsync(this AlongsideApp app, Guid referralId, Action<Referral> change) => app.WithDbAsync(async db =>
    {
        change(await db.Referrals.SingleAsync(r => r.Id == referralId));
        return await db.SaveChangesAsync();
    });
}
