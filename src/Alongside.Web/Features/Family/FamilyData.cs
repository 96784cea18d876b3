using System.Text.Json;

namespace Alongside.Web.Features.Family;

/// <summary>
/// "families" and "requestsForHelp" in the download: what /family, the children's pages and
/// /family/sharing show, and each request for help with the family's answers. Six queries.
/// </summary>
internal sealed class FamilyData(AlongsideDbContext db) : IPersonalDataSection
{
    public int Order => 10;

    public async Task WriteAsync(DataSubject subject, Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        var me = subject.UserId;
        var mine = db.FamilyIdsCaredForBy(me);
        // A person cares for a family or two: these rows are few, so they are read whole and grouped here.
        var families = await db.Families.Where(f => mine.Contains(f.Id)).OrderBy(f => f.CreatedAt)
            .Select(f => new { f.Id, f.Name, f.CreatedAt }).ToListAsync(cancellationToken);
        var carers = (await db.FamilyCarers.Where(c => mine.Contains(c.FamilyId)).OrderBy(c => c.User!.DisplayName)
            .Select(c => new { c.FamilyId, c.User!.DisplayName, c.Relationship, You = c.UserId == me }).ToListAsync(cancellationToken)).ToLookup(c => c.FamilyId);
        var children = (await db.Children.Where(c => mine.Contains(c.FamilyId)).OrderBy(c => c.FirstName)
            .ToListAsync(cancellationToken)).ToLookup(c => c.FamilyId);
        var careTeam = (await db.CareTeamMembers.Where(c => mine.Contains(c.FamilyId)).OrderBy(c => c.AddedAt)
            .Select(c => new { c.FamilyId, c.User!.DisplayName, Organisation = db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).First(), c.AddedAt })
            .ToListAsync(cancellationToken)).ToLookup(c => c.FamilyId);
        var sharing = (await db.SharingConsents.Where(c => mine.Contains(c.FamilyId)).OrderByDescending(c => c.From)
            .Select(c => new { c.FamilyId, c.Audience, c.From, c.RevokedAt }).ToListAsync(cancellationToken)).ToLookup(c => c.FamilyId);

        json.WriteStartArray("families");
        foreach (var family in families)
        {
            json.WriteStartObject();
            json.Text("name", family.Name);
            json.Instant("createdAt", family.CreatedAt);
            json.WriteStartArray("carers");
            foreach (var c in carers[family.Id])
            {
                json.WriteStartObject();
                json.Text("name", c.DisplayName);
                json.Text("relationship", FamilyProjection.Display(c.Relationship));
                json.WriteBoolean("you", c.You);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("children");
            foreach (var c in children[family.Id])
            {
                json.WriteStartObject();
                json.Text("firstName", c.FirstName);
                json.Text("lastName", c.LastName);
                json.Date("dateOfBirth", c.DateOfBirth);
                json.Text("legalStatus", c.LegalStatus is null ? null : ReferralChoices.Label(ReferralChoices.LegalStatusForFamily, c.LegalStatus));
                json.Text("school", c.School);
                json.Text("needs", c.Needs);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("careTeam");
            foreach (var c in careTeam[family.Id])
            {
                json.WriteStartObject();
                json.Text("name", c.DisplayName);
                json.Text("organisation", c.Organisation);
                json.Instant("since", c.AddedAt);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("sharingChoices");
            foreach (var c in sharing[family.Id])
            {
                json.WriteStartObject();
                json.Text("sharedWith", c.Audience == SharingAudience.Referrer ? "The professional who referred you" : "Your peer supporter");
                json.Instant("from", c.From);
                json.Instant("stoppedAt", c.RevokedAt);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("requestsForHelp");
        var referrals = db.Referrals.Where(r => mine.Contains(r.FamilyId)).OrderBy(r => r.SubmittedAt)
            .Select(r => new
            {
                Organisation = r.Organisation!.Name,
                Child = r.Child!.FirstName,
                r.Source,
                ByYou = r.SubmittedByUserId == me,
                r.SubmittedAt,
                r.Status,
                r.DeclineReason,
                r.WhatIsHappening,
                r.WhatHasBeenTried,
                r.Hopes,
                r.MeetingPreference,
                r.FundingRoute,
            })
            .AsAsyncEnumerable();
        await foreach (var r in referrals.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.Text("to", r.Organisation);
            json.Text("for", r.Child);
            json.Text("sentBy", r.ByYou ? "You" : r.Source == ReferralSource.Professional ? "A professional, with your family's consent" : "Another carer in your family");
            json.Instant("sentAt", r.SubmittedAt);
            json.Text("status", WaitingListRules.StatusDisplay(r.Status));
            json.Text("reasonGiven", r.DeclineReason);
            json.Text("whatIsHappening", r.WhatIsHappening);
            json.Text("whatHasBeenTried", r.WhatHasBeenTried);
            json.Text("hopes", r.Hopes);
            json.Text("howToMeet", ReferralChoices.Label(ReferralChoices.Meeting, r.MeetingPreference));
            json.Text("paidForBy", ReferralChoices.Label(ReferralChoices.FundingForFamily, r.FundingRoute));
            json.WriteEndObject();
            await json.FlushIfFullAsync(cancellationToken);
        }
        json.WriteEndArray();
    }
}

/// <summary>"whoHasLooked" in the download: every family's entries as /family/who-has-looked shows them. One query.</summary>
internal sealed class WhoHasLookedData(AlongsideDbContext db) : IPersonalDataSection
{
    public int Order => 90;

    public async Task WriteAsync(DataSubject subject, Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        var mine = db.FamilyIdsCaredForBy(subject.UserId);
        var entries = db.AuditEntries.Where(a => a.FamilyId != null && mine.Contains(a.FamilyId.Value))
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Select(a => new { Family = db.Families.Where(f => f.Id == a.FamilyId).Select(f => f.Name).First(), a.At, a.ActorRole, a.ActorOrganisation, a.Action, a.EntityType })
            .AsAsyncEnumerable();
        json.WriteStartArray("whoHasLooked");
        await foreach (var a in entries.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.Text("family", a.Family);
            json.Instant("at", a.At);
            json.Text("who", (a.ActorRole is { } role ? RoleNames.Display(role) : "Someone") + (a.ActorOrganisation is null ? "" : $", {a.ActorOrganisation}"));
            json.Text("what", WhoHasLookedModel.Describe(a.Action, a.EntityType));
            json.WriteEndObject();
            await json.FlushIfFullAsync(cancellationToken);
        }
        json.WriteEndArray();
    }
}
