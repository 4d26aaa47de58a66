using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PmoFlow.Core.Engine;
using PmoFlow.Server.Access;
using PmoFlow.Server.Common;
using PmoFlow.Server.Services;

namespace PmoFlow.Server;

/// <summary>Registers what the PMO API needs on top of <c>AddPmoFlow()</c>.</summary>
public static class PmoFlowApiServiceCollectionExtensions
{
    /// <summary>
    /// Adds problem details, the exception handler, the API's JSON options, the OpenAPI document, and access control:
    /// API keys with roles, browser sessions from <c>/login</c>, and the first admin key (options in <c>PmoFlow:Access</c>).
    /// </summary>
    public static IServiceCollection AddPmoFlowApi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddProblemDetails();
        services.AddExceptionHandler<PmoExceptionHandler>();
        // The API speaks the same JSON as the rest of PmoFlow: camelCase, enums as strings.
        services.ConfigureHttpJsonOptions(o => UsePmoJson(o));
        // Outside Development a malformed body would get a bare 400; throwing lets the handler name the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi(OpenApiKeyScheme.Describe);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ServiceViews>();
        services.AddPmoFlowAccess();
        return services;
    }

    private static void UsePmoJson(JsonOptions options)
    {
        options.SerializerOptions.PropertyNamingPolicy = PmoJson.Options.PropertyNamingPolicy;
        options.SerializerOptions.DictionaryKeyPolicy = PmoJson.Options.DictionaryKeyPolicy;
        foreach (var converter in PmoJson.Options.Converters) options.SerializerOptions.Converters.Add(converter);
    }
}
