using System.Security.Claims;
using Alongside.Web.Infrastructure.Auditing;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using P = Alongside.Web.Infrastructure.Api.ApiParameter;
using Task = System.Threading.Tasks.Task;

namespace Alongside.Web.Features.Outcomes.Fhir;

/// <summary>
/// /api/v1/fhir: the outcome measures in FHIR R4. Questionnaires are the offered instruments, for
/// anyone signed in; a family's answers (QuestionnaireResponse) and scores (Observation) are for
/// its parents and carers and its care team, checked inside each query; anyone else is told the
/// record does not exist. Every answer is <c>application/fhir+json</c>, every error an
/// OperationOutcome, never cached (<c>PrivateResponses</c>). Staff reads are audited.
/// </summary>
public static class FhirApi
{
    private const string SubjectHelp = "The family: Family/{id} (or Group/{id}, as the resources name it)";

    public static void MapFhirApi(RouteGroupBuilder api)
    {
        var fhir = api.MapGroup(FhirAddresses.Root["/api/v1".Length..]).WithTags("FHIR R4")
            .RequireAuthorization(Policies.Member)
            .WithMetadata(new ApiRefusal(FhirResults.WriteRefusalAsync));

        fhir.MapGet("/Questionnaire", SearchQuestionnairesAsync).WithName("FhirSearchQuestionnaires")
            .Describe("The questionnaires Alongside offers", "Each offered instrument (its wording shipped or imported by the organisation) as a Questionnaire, all in one page.",
                "Bundle (searchset) of Questionnaire");
        fhir.MapGet("/Questionnaire/{id}", ReadQuestionnaireAsync).WithName("FhirReadQuestionnaire")
            .Describe("One questionnaire", "An offered instrument as a Questionnaire: items with their link ids, choices coded by their value with ordinal values, free text as text. An instrument whose wording has not been imported is not found.",
                "Questionnaire", new P("id", ParameterLocation.Path, true, "The instrument's id, e.g. phq-9"));
        fhir.MapGet("/QuestionnaireResponse", SearchResponsesAsync).WithName("FhirSearchQuestionnaireResponses")
            .Describe("A family's completed questionnaires", "Oldest first, a page at a time (a next link while more remain). For the family's parents and carers and its care team.",
                "Bundle (searchset) of QuestionnaireResponse", SearchParameters());
        fhir.MapGet("/QuestionnaireResponse/{id}", ReadResponseAsync).WithName("FhirReadQuestionnaireResponse")
            .Describe("One completed questionnaire", "Who answered and when, on which version of the questionnaire, and each answer.",
                "QuestionnaireResponse", new P("id", ParameterLocation.Path, true, "The response's id"));
        fhir.MapGet("/Observation", SearchObservationsAsync).WithName("FhirSearchObservations")
            .Describe("A family's scores", "One Observation per completed questionnaire: the total, its band as the interpretation, subscales as components. Oldest first, paged.",
                "Bundle (searchset) of Observation", SearchParameters());
        fhir.MapGet("/Observation/{id}", ReadObservationAsync).WithName("FhirReadObservation")
            .Describe("One score", "The score of one completed questionnaire, derived from the QuestionnaireResponse of the same id.",
                "Observation", new P("id", ParameterLocation.Path, true, "The id of the completed questionnaire"));
    }

    private static P[] SearchParameters() =>
    [
        new("subject", ParameterLocation.Query, true, SubjectHelp),
        new("_count", ParameterLocation.Query, false, $"How many a page, 0 to {FhirSearch.MaxCount} (default {FhirSearch.DefaultCount})", JsonSchemaType.Integer),
        new("_offset", ParameterLocation.Query, false, "How many to skip (the next link sets it)", JsonSchemaType.Integer),
    ];

    private static async Task<IResult> SearchQuestionnairesAsync(HttpContext http, Instruments instruments, IOptions<PublicAddressOptions> address, CancellationToken cancellationToken)
    {
        if (FhirSearch.CheckNoParameters(http.Request.Query) is { } problem) return FhirResults.BadRequest(problem);
        var addresses = Addresses(address);
        var offered = (await instruments.AllAsync(cancellationToken)).Where(i => i.Offerable is not null).Select(i => i.Offerable!).ToList();
        var bundle = Searchset(offered.Count, $"{addresses.Base}/Questionnaire", null);
        foreach (var instrument in offered)
        {
            bundle.Entry.Add(Entry(QuestionnaireMapper.Map(instrument, addresses), addresses.Questionnaire(instrument.Id)));
        }
        return FhirResults.Resource(bundle);
    }

    private static async Task<IResult> ReadQuestionnaireAsync(string id, Instruments instruments, IOptions<PublicAddressOptions> address, CancellationToken cancellationToken) =>
        await instruments.FindAsync(id, cancellationToken) is { } offered
            ? FhirResults.Resource(QuestionnaireMapper.Map(offered, Addresses(address)))
            : FhirResults.NotFound("questionnaire");

    private static Task<IResult> SearchResponsesAsync(HttpContext http, ClaimsPrincipal user, AlongsideDbContext db, Instruments instruments, InstrumentCatalogue catalogue,
        IAuthorizationService authorization, AuditLog audit, IOptions<PublicAddressOptions> address, CancellationToken cancellationToken) =>
        SearchAsync(http, user, db, authorization, audit, address, "QuestionnaireResponse", async (measures, addresses) =>
        {
            var offered = (await instruments.AllAsync(cancellationToken)).ToDictionary(i => i.Definition.Id, i => i.Offerable);
            return measures.Select(m => (Resource)QuestionnaireResponseMapper.Map(m, catalogue.Find(m.InstrumentId), offered.GetValueOrDefault(m.InstrumentId), addresses));
        }, cancellationToken);

    private static Task<IResult> SearchObservationsAsync(HttpContext http, ClaimsPrincipal user, AlongsideDbContext db, InstrumentCatalogue catalogue,
        IAuthorizationService authorization, AuditLog audit, IOptions<PublicAddressOptions> address, CancellationToken cancellationToken) =>
        SearchAsync(http, user, db, authorization, audit, address, "Observation",
            (measures, addresses) => Task.FromResult(measures.Select(m => (Resource)ObservationMapper.Map(m, catalogue.Find(m.InstrumentId), addresses))),
            cancellationToken);

    private static async Task<IResult> ReadResponseAsync(string id, ClaimsPrincipal user, AlongsideDbContext db, Instruments instruments, InstrumentCatalogue catalogue,
        IAuthorizationService authorization, AuditLog audit, IOptions<PublicAddressOptions> address, CancellationToken cancellationToken)
    {
        if (await ReadAsync(id, user, db, authorization, audit, "completed questionnaire", cancellationToken) is not { } measure) return FhirResults.NotFound("completed questionnaire");
        var offered = await instruments.FindAsync(measure.InstrumentId, cancellationToken);
        return FhirResults.Resource(QuestionnaireResponseMapper.Map(measure, catalogue.Find(measure.InstrumentId), offered, Addresses(address)));
    }

    private static async Task<IResult> ReadObservationAsync(string id, ClaimsPrincipal user, AlongsideDbContext db, InstrumentCatalogue catalogue,
        IAuthorizationService authorization, AuditLog audit, IOptions<PublicAddressOptions> address, CancellationToken cancellationToken) =>
        await ReadAsync(id, user, db, authorization, audit, "score", cancellationToken) is { } measure
            ? FhirResults.Resource(ObservationMapper.Map(measure, catalogue.Find(measure.InstrumentId), Addresses(address)))
            : FhirResults.NotFound("score");

    /// <summary>One completed measure, if the person may read it (in the query); a staff read is audited.</summary>
    private static async Task<AnsweredMeasure?> ReadAsync(string id, ClaimsPrincipal user, AlongsideDbContext db, IAuthorizationService authorization, AuditLog audit,
        string what, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(id, "D", out var responseId)) return null;
        var me = user.Id();
        var worker = (await authorization.AuthorizeAsync(user, Policies.FamilyWorker)).Succeeded;
        var found = await AnsweredMeasures.LoadAsync(db, AnsweredMeasures.Readable(db, me, worker).Where(r => r.Id == responseId), cancellationToken);
        if (found is not [var measure]) return null;
        if (worker && !await db.FamilyCarers.AnyAsync(c => c.FamilyId == measure.FamilyId && c.UserId == me, cancellationToken))
        {
            await audit.RecordReadAsync("Family", measure.FamilyId, measure.FamilyId, $"Read a {what} through the FHIR API", cancellationToken);
        }
        return measure;
    }

    /// <summary>
    /// A page of one family's measures: the access check, the count and the page (with answers and
    /// names), then the caller's mapping: a fixed number of queries however long the history.
    /// </summary>
    private static async Task<IResult> SearchAsync(HttpContext http, ClaimsPrincipal user, AlongsideDbContext db, IAuthorizationService authorization, AuditLog audit,
        IOptions<PublicAddressOptions> address, string type, Func<List<AnsweredMeasure>, FhirAddresses, Task<IEnumerable<Resource>>> map, CancellationToken cancellationToken)
    {
        var (search, problem) = FhirSearch.Read(http.Request.Query);
        if (search is null) return FhirResults.BadRequest(problem!);
        var me = user.Id();
        var worker = (await authorization.AuthorizeAsync(user, Policies.FamilyWorker)).Succeeded;
        if (await AnsweredMeasures.FamilyAccessAsync(db, search.FamilyId, me, worker, cancellationToken) is not { } asCarer) return FhirResults.NotFound("family");

        var all = AnsweredMeasures.OfFamily(db, search.FamilyId);
        var total = await all.CountAsync(cancellationToken);
        var page = search.Count == 0 ? [] : await AnsweredMeasures.LoadAsync(db, all.Skip(search.Offset).Take(search.Count), cancellationToken);
        if (!asCarer) await audit.RecordReadAsync("Family", search.FamilyId, search.FamilyId, $"Read the family's questionnaires ({type}) through the FHIR API", cancellationToken);

        var addresses = Addresses(address);
        var link = $"{addresses.Base}/{type}?subject=Family/{search.FamilyId}&_count={search.Count}&_offset=";
        var next = search.Count > 0 && search.Offset + search.Count < total ? link + (search.Offset + search.Count) : null;
        var bundle = Searchset(total, link + search.Offset, next);
        foreach (var resource in await map(page, addresses))
        {
            bundle.Entry.Add(Entry(resource, $"{addresses.Base}/{type}/{resource.Id}"));
        }
        return FhirResults.Resource(bundle);
    }

    private static Bundle Searchset(int total, string self, string? next)
    {
        var bundle = new Bundle { Type = Bundle.BundleType.Searchset, Total = total };
        bundle.Link.Add(new Bundle.LinkComponent { Relation = "self", Url = self });
        if (next is not null) bundle.Link.Add(new Bundle.LinkComponent { Relation = "next", Url = next });
        return bundle;
    }

    private static Bundle.EntryComponent Entry(Resource resource, string fullUrl) =>
        new() { FullUrl = fullUrl, Resource = resource, Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match } };

    private static FhirAddresses Addresses(IOptions<PublicAddressOptions> address) => new(address.Value.PublicBaseUrl);
}
