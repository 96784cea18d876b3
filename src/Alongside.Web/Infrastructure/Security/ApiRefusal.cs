namespace Alongside.Web.Infrastructure.Security;

/// <summary>
/// Endpoint metadata: how an API endpoint words a refusal made before it runs (401 when not
/// signed in, 403 when the policy says no), for APIs whose errors have a format of their own
/// (FHIR's OperationOutcome). Endpoints without it answer with the status alone.
/// </summary>
public sealed record ApiRefusal(Func<HttpContext, int, Task> WriteAsync);
