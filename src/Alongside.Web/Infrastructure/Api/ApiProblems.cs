using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace Alongside.Web.Infrastructure.Api;

/// <summary>
/// Under /api every error is RFC 9457 <c>application/problem+json</c>, whatever the caller's Accept
/// header: a status with no body (401 before the endpoint runs, an unknown address, a wrong method,
/// a binding failure, too many requests) gets the status's problem, and an exception gets a 500
/// problem with no detail. Endpoints that wrote their own body (FHIR's OperationOutcome, a 400 with
/// its reasons) keep it. The rest of the site keeps its friendly pages.
/// </summary>
public static class ApiProblems
{
    public static bool IsApi(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api") && !http.Request.Path.StartsWithSegments(Security.SecurityHeaders.ApiDocsPath);

    public static IApplicationBuilder UseApiProblems(this IApplicationBuilder app) =>
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandler = http =>
                {
                    var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
                    // A value the endpoint could not bind is the caller's mistake, not ours.
                    var status = error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
                    return WriteAsync(http, status);
                },
            });
            api.UseStatusCodePages(context => WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode));
        });

    public static Task WriteAsync(HttpContext http, int status) =>
        TypedResults.Problem(statusCode: status, title: Title(status)).ExecuteAsync(http);

    public static string Title(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request could not be read",
        StatusCodes.Status401Unauthorized => "Sign in to use this API",
        StatusCodes.Status403Forbidden => "You do not have access to this",
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status405MethodNotAllowed => "This address does not answer that method",
        StatusCodes.Status429TooManyRequests => "Too many requests from here: wait a minute and try again",
        >= 500 => "Something went wrong on our side",
        _ => ReasonPhrases.GetReasonPhrase(status),
    };
}
