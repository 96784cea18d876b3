using System.Text.Json;

namespace Alongside.Web.Features.PeerSupport;

/// <summary>
/// "peerSupport" in the download: the family's requests for a peer supporter with what they
/// told us, who was matched, and the contact log as /family/peer-support shows it (date, how,
/// topics, help suggested). Never the supporter's own note or the coordinator's reasons, and
/// never safeguarding records: those are the peer support organisation's. Three queries.
/// </summary>
internal sealed class PeerSupportData(AlongsideDbContext db) : IPersonalDataSection
{
    public int Order => 70;

    public async Task WriteAsync(DataSubject subject, Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        var mine = db.FamilyIdsCaredForBy(subject.UserId);
        var requests = db.PeerSupportRequests.Where(r => mine.Contains(r.FamilyId));
        // People ask for a supporter once or twice and meet them every week or two: human-sized lists.
        var asked = await requests.OrderBy(r => r.RequestedAt)
            .Select(r => new
            {
                r.Id,
                Organisation = db.Organisations.Where(o => o.Id == r.OrganisationId).Select(o => o.Name).First(),
                r.RequestedAt,
                r.Status,
                r.Needs,
                r.Language,
                r.District,
                r.WantsInPerson,
                r.WantsOnline,
                r.Note,
                r.MatchedAt,
                r.AcceptedAt,
                r.EndedAt,
                r.EndReason,
                Supporter = db.Users.Where(u => u.Id == r.SupporterUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var contacts = (await db.PeerContacts.Where(c => requests.Any(r => r.Id == c.RequestId)).OrderBy(c => c.Date).ThenBy(c => c.CreatedAt)
            .Select(c => new { c.Id, c.RequestId, c.Date, c.Mode, c.Topics }).ToListAsync(cancellationToken)).ToLookup(c => c.RequestId);
        var signposts = (await db.PeerContactSignposts.Where(s => db.PeerContacts.Any(c => c.Id == s.ContactId && requests.Any(r => r.Id == c.RequestId)))
            .Join(db.LocalHelpEntries, s => s.LocalHelpId, e => e.Id, (s, e) => new { s.ContactId, e.Name }).ToListAsync(cancellationToken)).ToLookup(s => s.ContactId, s => s.Name);

        json.WriteStartArray("peerSupport");
        foreach (var r in asked)
        {
            json.WriteStartObject();
            json.Text("askedOf", r.Organisation);
            json.Instant("askedAt", r.RequestedAt);
            json.Text("status", r.Status switch
            {
                PeerRequestStatus.Open => "Finding a peer supporter",
                PeerRequestStatus.Proposed => "A peer supporter is proposed: waiting for your answer",
                PeerRequestStatus.Matched => "Matched",
                _ => r.EndedAt is null ? "Closed" : "Ended",
            });
            json.Strings("someoneWhoHasLivedThrough", Audiences.Describe(r.Needs));
            json.Text("language", r.Language);
            json.Text("near", r.District);
            json.WriteBoolean("inPerson", r.WantsInPerson);
            json.WriteBoolean("byPhoneOrVideo", r.WantsOnline);
            json.Text("whatYouToldUs", r.Note);
            // The supporter the family was shown or had: not one they said no to, whose name is no longer on their page.
            var known = r.Status is PeerRequestStatus.Proposed or PeerRequestStatus.Matched || r.EndedAt is not null;
            json.Text("supporter", known ? r.Supporter : null);
            json.Instant("matchedAt", known ? r.MatchedAt : null);
            json.Instant("youSaidYesAt", r.AcceptedAt);
            json.Instant("endedAt", r.EndedAt);
            json.Text("whyItEnded", r.EndReason is { } why ? PeerChoices.EndReason(why) : null);
            json.WriteStartArray("contacts");
            foreach (var c in contacts[r.Id])
            {
                json.WriteStartObject();
                json.Date("date", c.Date);
                json.Text("how", PeerChoices.Mode(c.Mode));
                json.Text("topics", c.Topics);
                json.Strings("helpSuggested", signposts[c.Id]);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushIfFullAsync(cancellationToken);
        }
        json.WriteEndArray();
    }
}

/// <summary>
/// When the last carer of a family closes their account, its peer support ends: open and matched
/// requests are closed, so the supporter no longer reaches the family. The contact log and any
/// safeguarding concern stay with the peer support organisation.
/// </summary>
internal sealed class PeerSupportErasure(AlongsideDbContext db) : IAccountErasure
{
    public Task EraseAsync(ClosingAccount account, CancellationToken cancellationToken) =>
        db.PeerSupportRequests.Where(r => account.LastCarerOf.Contains(r.FamilyId) && r.Status != PeerRequestStatus.Closed)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, PeerRequestStatus.Closed), cancellationToken);
}
