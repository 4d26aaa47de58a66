using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using PmoFlow.Server.Access.Sessions;
using PmoFlow.Server.Designer.Assets;
using PmoFlow.Workflows.Definitions;

namespace PmoFlow.Server.Designer.Pages;

/// <summary>The designer's pages: the workflow list, the editor on one workflow, and the settings the Studio boots with.</summary>
internal static class DesignerPageEndpoints
{
    private const string Html = "text/html; charset=utf-8";

    public static void MapDesignerPages(this IEndpointRouteBuilder designer)
    {
        designer.MapGet("/", List).ExcludeFromDescription();
        designer.MapGet("/workflows/{definitionId}", Editor).ExcludeFromDescription();
        // Blazor reads appsettings.json from its base path at start; the package's own points at https://localhost:5001.
        designer.MapGet("/appsettings.json", (HttpContext http) =>
            TypedResults.Json(new JsonObject { ["Backend"] = new JsonObject { ["Url"] = ApiEndpoint(http) } })).ExcludeFromDescription();
    }

    private static async Task<IResult> List(HttpContext http, [FromServices] StudioFolder studio)
    {
        var problem = studio.Exists ? null : $"The Elsa Studio assets are missing ({studio.Root}): build the server (its build runs npm ci) or set {DesignerOptions.SectionName}:StudioPath.";
        return Page(ListPage.Render(BasePath(http), ApiEndpoint(http), await KeyAsync(http), problem, LogoutButton.For(http)));
    }

    private static async Task<IResult> Editor(string definitionId, HttpContext http, [FromServices] StudioFolder studio, [FromServices] IWorkflowDefinitionStore store)
    {
        if (studio.Page is not { } page) return TypedResults.Redirect(BasePath(http));
        var definition = store.Find(definitionId, VersionOptions.Latest);
        if (definition is null) return TypedResults.NotFound($"No workflow definition '{definitionId}'.");
        return Page(EditorPage.Render(BasePath(http), ApiEndpoint(http), await KeyAsync(http), definitionId, definition.Name, page, LogoutButton.For(http)));
    }

    /// <summary>The key the page gives the Studio (and its own list script) for the Elsa API: see <see cref="SessionKeys"/> for why a session key.</summary>
    private static async Task<string> KeyAsync(HttpContext http) => await SessionKeys.ForPageAsync(http) ?? "";

    private static IResult Page(string html) => TypedResults.Content(html, Html);

    private static string BasePath(HttpContext http) => $"{http.Request.PathBase}{DesignerEndpointRouteBuilderExtensions.Prefix}/";

    /// <summary>Absolute, because the Studio resolves it against its own base path otherwise.</summary>
    private static string ApiEndpoint(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{ElsaApiEndpointRouteBuilderExtensions.Prefix}";
}
