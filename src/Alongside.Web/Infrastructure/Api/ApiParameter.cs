using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Alongside.Web.Infrastructure.Api;

/// <summary>
/// A parameter an endpoint reads by hand (from the query, so a bad value gets the endpoint's own
/// message rather than a bare 400), as the OpenAPI document should declare it: its type, its
/// allowed values or range, and whether it may be given more than once.
/// </summary>
public sealed record ApiParameter(string Name, ParameterLocation In, bool Required, string Description, JsonSchemaType Type = JsonSchemaType.String)
{
    public IReadOnlyList<string>? Choices { get; init; }
    public double? Minimum { get; init; }
    public double? Maximum { get; init; }
    public int? MaxLength { get; init; }
    public bool Repeats { get; init; }

    public static ApiParameter Query(string name, string description, JsonSchemaType type = JsonSchemaType.String) =>
        new(name, ParameterLocation.Query, false, description, type);

    public OpenApiSchema Schema()
    {
        var one = new OpenApiSchema
        {
            Type = Type,
            Enum = Choices?.Select(c => (JsonNode)JsonValue.Create(c)!).ToList(),
            Minimum = Minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Maximum = Maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            MaxLength = MaxLength,
        };
        return Repeats ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = one } : one;
    }
}

public static class ApiParameters
{
    /// <summary>Declares each parameter on the operation; those the handler's signature already gave (route values) only get their words.</summary>
    public static RouteHandlerBuilder WithParameters(this RouteHandlerBuilder endpoint, params ApiParameter[] parameters) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var p in parameters)
            {
                if (operation.Parameters.OfType<OpenApiParameter>().FirstOrDefault(x => x.Name == p.Name && x.In == p.In) is { } existing)
                {
                    existing.Description = p.Description;
                    continue;
                }
                var parameter = new OpenApiParameter { Name = p.Name, In = p.In, Required = p.Required, Description = p.Description, Schema = p.Schema() };
                if (p.Repeats) parameter.Explode = true; // ?format=Online&format=Hybrid
                operation.Parameters.Add(parameter);
            }
            return Task.CompletedTask;
        });
}
