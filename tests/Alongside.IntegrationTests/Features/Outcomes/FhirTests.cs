using System.Net;
using Alongside.IntegrationTests.Support;
using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;
using Microsoft.EntityFrameworkCore;
using Task = System.Threading.Tasks.Task;

namespace Alongside.IntegrationTests.Features.Outcomes;

/// <summary>
/// /api/v1/fhir as a FHIR client sees it: each answer parsed strictly and validated against the R4
/// specification, with the values a parent gave; refusals and bad parameters as OperationOutcomes.
/// </summary>
public abstract class FhirTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AlongsideApp
{
    private const string Fhir = "/api/v1/fhir";

    // Strict: an element the R4 model does not know, or a value of the wrong shape, fails the parse.
    private static readonly FhirJsonDeserializer Parser = FhirJsonDeserializer.STRICT;
    private static readonly Lazy<Validator> Profiles = new(() =>
    {
        var resolver = new CachedResolver(ZipSource.CreateValidationSource());
        return new Validator(resolver, new LocalTerminologyService(resolver));
    });

    private const string PhqWording = """{ "id": "phq-9", "version": 1, "prompt": "Placeholder prompt", "options": ["P0", "P1", "P2", "P3"], "items": ["Placeholder 1", "Placeholder 2", "Placeholder 3", "Placeholder 4", "Placeholder 5", "Placeholder 6", "Placeholder 7", "Placeholder 8", "Placeholder 9"] }""";

    private static Dictionary<string, string> Ratings(params int[] values) =>
        values.Select((v, n) => (n + 1, v)).ToDictionary(x => $"item-{x.Item1}", x => x.v.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Fetches, checks the FHIR content type and no-store, parses strictly and validates against the R4 profiles.</summary>
    private static async Task<T> FetchAsync<T>(HttpClient browser, string url) where T : Resource
    {
        var response = await browser.GetAsync(url);
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {json}");
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "");
        var resource = Assert.IsType<T>(Parser.DeserializeResource(json));
        var outcome = Profiles.Value.Validate(resource);
        var errors = outcome.Issue.Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal).Select(i => $"{i.Location.FirstOrDefault()}: {i.Details?.Text ?? i.Diagnostics}").ToList();
        Assert.True(errors.Count == 0, $"{url} is not valid FHIR R4:\n" + string.Join("\n", errors));
        return resource;
    }

    /// <summary>Sends a request that must be refused, and reads the OperationOutcome that says why.</summary>
    private static async Task<string> RefusedAsync(HttpClient browser, string url, HttpStatusCode expected)
    {
        var response = await browser.GetAsync(url);
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{url}: expected {(int)expected}, got {(int)response.StatusCode} {json}");
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var outcome = Assert.IsType<OperationOutcome>(Parser.DeserializeResource(json));
        return Assert.Single(outcome.Issue).Diagnostics ?? "";
    }

    /// <summary>A family whose parent answered the goals (2 and 5) and a PHQ-9 (total 11, moderate).</summary>
    private async Task<(Ready Ready, Guid Goals, Guid Phq)> AnsweredAsync()
    {
        var ready = await app.ReadyToBookAsync();
        await app.WithDbAsync(async db =>
        {
            if (!await db.InstrumentWordings.AnyAsync(w => w.InstrumentId == "phq-9"))
                db.InstrumentWordings.Add(new InstrumentWording { InstrumentId = "phq-9", Version = 1, Text = PhqWording, ImportedFrom = "test.json", ImportedAt = app.Now });
            // Once the wording is in, agreeing the plan has already asked for a PHQ-9.
            if (!await db.MeasuresDue.AnyAsync(d => d.FamilyId == ready.FamilyId && d.InstrumentId == "phq-9"))
                db.MeasuresDue.Add(new MeasureDue { FamilyId = ready.FamilyId, InstrumentId = "phq-9", Point = "fhir", Reason = "Now", DueAt = app.Now, CreatedAt = app.Now });
            return await db.SaveChangesAsync();
        });
        var due = await app.WithDbAsync(db => db.MeasuresDue.Where(d => d.FamilyId == ready.FamilyId).ToListAsync());
        var goals = due.Single(d => d.InstrumentId == "goals");
        var phq = due.Single(d => d.InstrumentId == "phq-9");
        Assert.Equal(HttpStatusCode.Redirect, (await ready.Family.PostFormAsync($"/family/measures/{goals.Id}", Ratings(2, 5))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ready.Family.PostFormAsync($"/family/measures/{phq.Id}", Ratings(1, 2, 1, 2, 1, 2, 1, 1, 0))).StatusCode);
        var ids = await app.WithDbAsync(db => db.MeasureResponses.Where(r => r.FamilyId == ready.FamilyId).ToDictionaryAsync(r => r.InstrumentId, r => r.Id));
        return (ready, ids["goals"], ids["phq-9"]);
    }

    [Fact]
    public async Task The_offered_instruments_are_questionnaires_with_the_imported_wording_only()
    {
        var ready = await app.ReadyToBookAsync();
        await app.WithDbAsync(async db =>
        {
            if (!await db.InstrumentWordings.AnyAsync(w => w.InstrumentId == "phq-9"))
                db.InstrumentWordings.Add(new InstrumentWording { InstrumentId = "phq-9", Version = 1, Text = PhqWording, ImportedFrom = "test.json", ImportedAt = app.Now });
            return await db.SaveChangesAsync();
        });

        // The validator is live: an Observation with no status or code is refused.
        Assert.Contains(Profiles.Value.Validate(new Observation()).Issue, i => i.Severity == OperationOutcome.IssueSeverity.Error);

        var list = await FetchAsync<Bundle>(ready.Family, $"{Fhir}/Questionnaire");
        Assert.Equal(Bundle.BundleType.Searchset, list.Type);
        var ids = list.Entry.Select(e => e.Resource!.Id).ToList();
        Assert.Contains("phq-9", ids);
        Assert.Contains("session-feedback", ids);
        Assert.DoesNotContain("esq-parent", ids); // published, and its wording was never imported
        Assert.Equal(ids.Count, list.Total);

        var phq = await FetchAsync<Questionnaire>(ready.Staff, $"{Fhir}/Questionnaire/phq-9");
        Assert.Equal(("https://alongside.test/api/v1/fhir/Questionnaire/phq-9", "1", "Phq9", "PHQ-9", PublicationStatus.Active), (phq.Url, phq.Version, phq.Name, phq.Title, phq.Status));
        Assert.Contains("Item wording is supplied by the organisation", phq.Copyright);
        Assert.Equal(["prompt", "1", "2", "3", "4", "5", "6", "7", "8", "9"], phq.Item.Select(i => i.LinkId));
        var nine = phq.Item.Last();
        Assert.Equal(("Placeholder 9", Questionnaire.QuestionnaireItemType.Choice, true), (nine.Text, nine.Type, nine.Required));
        var options = nine.AnswerOption.Select(o => Assert.IsType<Coding>(o.Value)).ToList();
        Assert.Equal(["0:P0", "1:P1", "2:P2", "3:P3"], options.Select(c => $"{c.Code}:{c.Display}"));
        Assert.Equal([0m, 1m, 2m, 3m], options.Select(c => Assert.IsType<FhirDecimal>(c.GetExtension("http://hl7.org/fhir/StructureDefinition/ordinalValue")?.Value).Value!.Value));

        var feedback = await FetchAsync<Questionnaire>(ready.Family, $"{Fhir}/Questionnaire/session-feedback");
        var comment = feedback.Item.Single(i => i.LinkId == "5");
        Assert.Equal((Questionnaire.QuestionnaireItemType.Text, false), (comment.Type, comment.Required));

        Assert.Contains("No such questionnaire", await RefusedAsync(ready.Family, $"{Fhir}/Questionnaire/esq-parent", HttpStatusCode.NotFound));
        Assert.Contains("No such questionnaire", await RefusedAsync(ready.Family, $"{Fhir}/Questionnaire/no-such-thing", HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task A_parents_answers_and_scores_come_back_as_fhir_to_the_family_and_its_care_team()
    {
        var (ready, goalsId, phqId) = await AnsweredAsync();
        var subject = $"subject=Family/{ready.FamilyId}";

        var responses = await FetchAsync<Bundle>(ready.Family, $"{Fhir}/QuestionnaireResponse?{subject}");
        Assert.Equal(2, responses.Total);
        Assert.Equal(new[] { goalsId, phqId }.Select(id => id.ToString()).Order(StringComparer.Ordinal), responses.Entry.Select(e => e.Resource!.Id).Order(StringComparer.Ordinal));

        var phq = await FetchAsync<QuestionnaireResponse>(ready.Family, $"{Fhir}/QuestionnaireResponse/{phqId}");
        Assert.Equal(QuestionnaireResponse.QuestionnaireResponseStatus.Completed, phq.Status);
        Assert.Equal("https://alongside.test/api/v1/fhir/Questionnaire/phq-9|1", phq.Questionnaire);
        Assert.Equal($"RelatedPerson/{ready.Parent.Id}", phq.Author?.Reference);
        Assert.Equal($"Group/{ready.FamilyId}", phq.Subject?.Reference);
        Assert.NotNull(phq.Authored);
        Assert.Equal(["1", "2", "1", "2", "1", "2", "1", "1", "0"], phq.Item.Select(i => Assert.IsType<Coding>(Assert.Single(i.Answer).Value).Code));
        Assert.Equal("Placeholder 2", phq.Item[1].Text);
        Assert.Equal("P2", Assert.IsType<Coding>(phq.Item[1].Answer[0].Value).Display);

        var goals = await FetchAsync<QuestionnaireResponse>(ready.Family, $"{Fhir}/QuestionnaireResponse/{goalsId}");
        Assert.Equal([("Bedtimes without shouting", "2"), ("Robin can tell us when school is hard", "5")],
            goals.Item.Select(i => (i.Text, Assert.IsType<Coding>(i.Answer[0].Value).Code)).ToList());

        var score = await FetchAsync<Observation>(ready.Family, $"{Fhir}/Observation/{phqId}");
        Assert.Equal(ObservationStatus.Final, score.Status);
        Assert.Equal(11m, Assert.IsType<Quantity>(score.Value).Value);
        Assert.Equal("Moderate", Assert.Single(score.Interpretation).Text);
        Assert.Equal($"QuestionnaireResponse/{phqId}", Assert.Single(score.DerivedFrom).Reference);
        Assert.Equal("PHQ-9 total score", score.Code?.Text);
        Assert.IsType<FhirDateTime>(score.Effective);
        var goalScore = await FetchAsync<Observation>(ready.Family, $"{Fhir}/Observation/{goalsId}");
        Assert.Equal(3.5m, Assert.IsType<Quantity>(goalScore.Value).Value);
        Assert.Empty(goalScore.Interpretation);

        // A page at a time, oldest first, with a next link to the rest.
        var first = await FetchAsync<Bundle>(ready.Family, $"{Fhir}/Observation?{subject}&_count=1");
        Assert.Equal(2, first.Total);
        var only = Assert.Single(first.Entry);
        var next = first.Link.Single(l => l.Relation == "next").Url ?? "";
        Assert.StartsWith("https://alongside.test/api/v1/fhir/Observation?", next, StringComparison.Ordinal);
        var second = await FetchAsync<Bundle>(ready.Family, next["https://alongside.test".Length..]);
        Assert.DoesNotContain(second.Link, l => l.Relation == "next");
        Assert.Equal(new[] { goalsId, phqId }.Select(id => id.ToString()).Order(StringComparer.Ordinal), new[] { only.Resource!.Id, Assert.Single(second.Entry).Resource!.Id }.Order(StringComparer.Ordinal));

        // A page of two costs the queries a page of one does: answers and names come with the page.
        using (var counter = new SqlCounter(app))
        {
            var counts = new List<int>();
            foreach (var count in new[] { 1, 2 })
            {
                Assert.Equal(count, (await FetchAsync<Bundle>(ready.Family, $"{Fhir}/QuestionnaireResponse?{subject}&_count={count}")).Entry.Count);
                counts.Add(counter.CommandsOfContextThatRan("\"MeasureAnswers\"").Count);
            }
            Assert.Equal(counts[0], counts[1]);
            Assert.InRange(counts[0], 3, 8);
        }

        // The care team clinician reads them too, and the read is audited for the family to see.
        var audited = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.FamilyId == ready.FamilyId && a.ActorUserId == ready.Clinician.Id));
        var staffView = await FetchAsync<Bundle>(ready.Staff, $"{Fhir}/QuestionnaireResponse?{subject}");
        Assert.Equal(2, staffView.Total);
        await FetchAsync<Observation>(ready.Staff, $"{Fhir}/Observation/{phqId}");
        Assert.Equal(audited + 2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.FamilyId == ready.FamilyId && a.ActorUserId == ready.Clinician.Id)));
    }

    [Fact]
    public async Task Anyone_else_is_told_not_found_the_anonymous_to_sign_in_and_bad_parameters_why()
    {
        var (ready, goalsId, _) = await AnsweredAsync();
        var subject = $"subject=Family/{ready.FamilyId}";
        var urls = new[] { $"{Fhir}/QuestionnaireResponse?{subject}", $"{Fhir}/QuestionnaireResponse/{goalsId}", $"{Fhir}/Observation?{subject}", $"{Fhir}/Observation/{goalsId}" };

        var (otherParent, _) = await app.CreateParentAsync();
        var other = app.NewBrowser();
        await other.SignInAsync(otherParent);
        var org = await app.WithDbAsync(db => db.FamilyOrganisations.Where(fo => fo.FamilyId == ready.FamilyId).Select(fo => fo.Organisation!).FirstAsync());
        var supporter = app.NewBrowser();
        await supporter.SignInAsync(await app.CreateStaffAsync(org, Role.PeerSupporter));
        var anonymous = app.NewBrowser();
        foreach (var url in urls)
        {
            Assert.StartsWith("No such", await RefusedAsync(other, url, HttpStatusCode.NotFound), StringComparison.Ordinal);
            Assert.StartsWith("No such", await RefusedAsync(supporter, url, HttpStatusCode.NotFound), StringComparison.Ordinal);
            Assert.Equal("Sign in to use this API", await RefusedAsync(anonymous, url, HttpStatusCode.Unauthorized));
        }
        Assert.Equal("Sign in to use this API", await RefusedAsync(anonymous, $"{Fhir}/Questionnaire", HttpStatusCode.Unauthorized));
        Assert.StartsWith("No such", await RefusedAsync(ready.Family, $"{Fhir}/Observation/not-an-id", HttpStatusCode.NotFound), StringComparison.Ordinal);
        Assert.StartsWith("No such", await RefusedAsync(ready.Family, $"{Fhir}/Observation?subject=Family/{Guid.NewGuid()}", HttpStatusCode.NotFound), StringComparison.Ordinal);

        Assert.Contains("subject is required", await RefusedAsync(ready.Family, $"{Fhir}/Observation", HttpStatusCode.BadRequest));
        Assert.Contains("\"abc\" is not", await RefusedAsync(ready.Family, $"{Fhir}/Observation?subject=abc", HttpStatusCode.BadRequest));
        Assert.Contains("_count must be a whole number from 0 to 100; \"-1\"", await RefusedAsync(ready.Family, $"{Fhir}/QuestionnaireResponse?{subject}&_count=-1", HttpStatusCode.BadRequest));
        Assert.Contains("\"9999\" is not", await RefusedAsync(ready.Family, $"{Fhir}/QuestionnaireResponse?{subject}&_count=9999", HttpStatusCode.BadRequest));
        Assert.Contains("_offset must be", await RefusedAsync(ready.Family, $"{Fhir}/Observation?{subject}&_offset=x", HttpStatusCode.BadRequest));
        Assert.Contains("Unknown search parameter patient", await RefusedAsync(ready.Family, $"{Fhir}/Observation?{subject}&patient=1", HttpStatusCode.BadRequest));
        Assert.Contains("Unknown search parameter name", await RefusedAsync(ready.Family, $"{Fhir}/Questionnaire?name=x", HttpStatusCode.BadRequest));
    }
}

public sealed class FhirTestsOnSqlite(SqliteApp app) : FhirTests<SqliteApp>(app);

public sealed class FhirTestsOnPostgres(PostgresApp app) : FhirTests<PostgresApp>(app);
