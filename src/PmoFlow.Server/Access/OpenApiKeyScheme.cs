using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PmoFlow.Server.Access.ApiKeys;

namespace PmoFlow.Server.Access;

/// <summary>Says in the OpenAPI document how to authenticate: an API key in <c>X-Api-Key</c> on every operation but the open ones.</summary>
internal static class OpenApiKeyScheme
{
    private const string Name = "ApiKey";

    public static void Describe(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Name] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = PresentedKey.Header,
                Description = "A PmoFlow API key (pmo_<id>_<secret>), also accepted as 'Authorization: ApiKey <key>'. Its role decides what it may call.",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Name, document)] = [] });
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any()) operation.Security = [];
            return Task.CompletedTask;
        });
    }
}
