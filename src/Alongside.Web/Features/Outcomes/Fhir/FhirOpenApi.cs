using System.Text.Json.Nodes;
using Alongside.Web.Infrastructure.Api;
using Microsoft.OpenApi;

namespace Alongside.Web.Features.Outcomes.Fhir;

/// <summary>
/// Describes the FHIR endpoints in the app's OpenAPI document: the parameters each reads from the
/// query (read by hand, so a bad value gets an OperationOutcome rather than an empty 400), and the
/// FHIR resource each answers with. The resources' own schemas are FHIR's, linked rather than copied.
/// </summary>
internal static class FhirOpenApi
{
    public static RouteHandlerBuilder Describe(this RouteHandlerBuilder endpoint, string summary, string description, string answers, params ApiParameter[] parameters) =>
        endpoint.WithSummary(summary).WithDescription(description)
            .Produces(StatusCodes.Status200OK, contentType: FhirResults.ContentType)
            .Produces(StatusCodes.Status400BadRequest, contentType: FhirResults.ContentType)
            .Produces(StatusCodes.Status401Unauthorized, contentType: FhirResults.ContentType)
            .Produces(StatusCodes.Status404NotFound, contentType: FhirResults.ContentType)
            .WithParameters(parameters)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                foreach (var (status, response) in operation.Responses ?? [])
                {
                    if (response is not OpenApiResponse r) continue;
                    var ok = status == "200";
                    r.Description = ok ? answers : status switch
                    {
                        "400" => "OperationOutcome: a parameter that cannot be used, with the reason",
                        "401" => "OperationOutcome: not signed in",
                        _ => "OperationOutcome: no such record, or not yours to read",
                    };
                    r.Content = new Dictionary<string, OpenApiMediaType>
                    {
                        [FhirResults.ContentType] = new() { Schema = Resource(ok ? answers : "OperationOutcome") },
                    };
                }
                return Task.CompletedTask;
            });

    private static OpenApiSchema Resource(string what) => new()
    {
        Type = JsonSchemaType.Object,
        Description = $"FHIR R4 {what} (JSON)",
        Required = new HashSet<string> { "resourceType" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["resourceType"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(what.Split(' ')[0])!] },
        },
        ExternalDocs = new OpenApiExternalDocs { Url = new Uri($"https://hl7.org/fhir/R4/{what.Split(' ')[0].ToLowerInvariant()}.html") },
    };
}
