using Alongside.Web.Infrastructure.Notices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Alongside.Web.Infrastructure.Api;

/// <summary>
/// What the OpenAPI document says about the whole API, so a client can be written from it alone:
/// where it lives, how a caller signs in (the site's own cookie), which operations need it, and
/// the problem details every operation may answer with besides its own (401 when signing in is
/// needed, 429 where requests are limited). Checked by <c>@redocly/cli lint</c> in the tests.
/// </summary>
public static class ApiDocument
{
    public const string CookieScheme = "signInCookie";

    public static IServiceCollection AddAlongsideOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((document, context, _) =>
            {
                var address = context.ApplicationServices.GetRequiredService<IOptions<PublicAddressOptions>>().Value;
                document.Info = new OpenApiInfo
                {
                    Title = "Alongside API",
                    Version = "v1",
                    Description = "Peer support group search for other sites to embed, the signed-in person's account and family, "
                        + "and outcome measures in FHIR R4. Every error is application/problem+json (RFC 9457), "
                        + "except under /api/v1/fhir, where errors are FHIR OperationOutcomes.",
                };
                document.Servers = [new OpenApiServer { Url = address.PublicBaseUrl.TrimEnd('/'), Description = "This Alongside" }];
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Cookie,
                    Name = Security.IdentitySetup.AuthCookieName,
                    Description = "The cookie set when a person signs in to Alongside in the browser (with two-factor for staff). "
                        + "Reads are limited to what that person may see, checked record by record.",
                };
                document.Tags = new HashSet<OpenApiTag>
                {
                    new() { Name = WebSetup.ApiTag, Description = "Group search (open to all) and the signed-in person's own records" },
                    new() { Name = "FHIR R4", Description = "Outcome measures as FHIR Questionnaire, QuestionnaireResponse and Observation resources" },
                    new() { Name = "Calendar", Description = "The secret calendar feed a phone or calendar app subscribes to" },
                };
                return Task.CompletedTask;
            });
            o.AddOperationTransformer(async (operation, context, cancellationToken) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                var anonymous = metadata.OfType<IAllowAnonymous>().Any();
                // An empty requirement says "no sign-in needed"; the cookie requirement says it is.
                operation.Security = anonymous
                    ? [new OpenApiSecurityRequirement()]
                    : [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] }];
                operation.Responses ??= [];
                // Problem details are the /api convention; FHIR declares its own OperationOutcome errors, the calendar feed its own.
                var api = context.Description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
                if (!api || metadata.OfType<Security.ApiRefusal>().Any()) return;
                var problem = await context.GetOrCreateSchemaAsync(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), null, cancellationToken);
                void Add(int status)
                {
                    var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (operation.Responses.ContainsKey(key)) return;
                    operation.Responses[key] = new OpenApiResponse
                    {
                        Description = ApiProblems.Title(status),
                        Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
                    };
                }
                if (!anonymous) Add(StatusCodes.Status401Unauthorized);
                if (metadata.OfType<EnableRateLimitingAttribute>().Any()) Add(StatusCodes.Status429TooManyRequests);
            });
        });
}
