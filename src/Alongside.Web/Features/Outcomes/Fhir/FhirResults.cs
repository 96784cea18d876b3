using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;

namespace Alongside.Web.Features.Outcomes.Fhir;

/// <summary>Answers in FHIR JSON (<c>application/fhir+json</c>); every error as an OperationOutcome with its status.</summary>
public static class FhirResults
{
    public const string ContentType = "application/fhir+json";

    public static IResult Resource(Resource resource, int status = StatusCodes.Status200OK) =>
        Results.Text(resource.ToJson(), ContentType, Encoding.UTF8, status);

    public static IResult BadRequest(string message) => Problem(StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Invalid, message);

    /// <summary>The same answer whether the record does not exist or is not the caller's to read.</summary>
    public static IResult NotFound(string what) => Problem(StatusCodes.Status404NotFound, OperationOutcome.IssueType.NotFound, $"No such {what}");

    public static IResult Problem(int status, OperationOutcome.IssueType type, string message) => Resource(Outcome(type, message), status);

    public static OperationOutcome Outcome(OperationOutcome.IssueType type, string message) => new()
    {
        Issue = [new OperationOutcome.IssueComponent { Severity = OperationOutcome.IssueSeverity.Error, Code = type, Diagnostics = message }],
    };

    /// <summary>For <see cref="ApiRefusal"/>: a 401 or 403 decided before the endpoint runs, as an OperationOutcome.</summary>
    public static Task WriteRefusalAsync(HttpContext context, int status)
    {
        var outcome = status == StatusCodes.Status401Unauthorized
            ? Outcome(OperationOutcome.IssueType.Login, "Sign in to use this API")
            : Outcome(OperationOutcome.IssueType.Forbidden, "This API is not open to this account (staff need two-factor sign-in)");
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType + "; charset=utf-8";
        return context.Response.WriteAsync(outcome.ToJson(), Encoding.UTF8);
    }
}
