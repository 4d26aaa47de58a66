using Microsoft.AspNetCore.Mvc;
using PmoFlow.Plugins.Catalog;
using PmoFlow.Plugins.Contributions;
using PmoFlow.Server.Common;

namespace PmoFlow.Server.Plugins;

/// <summary>
/// Plugin administration: list the plugins with their state and pinned instances, and load, unload or reload them
/// without a restart. Plugin problems (refused, faulted, stuck) are states in the answer, not errors; an id no
/// plugin has is a 404 and an unload another plugin depends on a 409.
/// </summary>
internal static class PluginEndpoints
{
    private const string PluginField = "pluginId";

    /// <summary>Maps <c>/plugins</c> and returns its group, so the caller can require an admin policy on all of it.</summary>
    public static RouteGroupBuilder MapPluginEndpoints(this IEndpointRouteBuilder api)
    {
        var plugins = api.MapGroup("/plugins").WithTags("Plugins");
        plugins.MapGet("", List).WithName("ListPlugins").WithSummary("Every plugin in the plugins folder: id, version, industry, state, error, pinned instances per version")
            .Produces<IReadOnlyList<PluginView>>();
        plugins.MapPost("/load-all", LoadAllAsync).WithName("LoadAllPlugins").WithSummary("Load every plugin in the plugins folder not loaded yet (one dropped in, say)")
            .Produces<IReadOnlyList<PluginView>>();
        plugins.MapGet("/{id}", Get).WithName("GetPlugin").WithSummary("One plugin")
            .Produces<PluginView>().ProducesProblem(StatusCodes.Status404NotFound);
        plugins.MapPost("/{id}/load", (string id, [FromServices] IPluginCatalog catalog, [FromServices] IPluginContributions contributions, CancellationToken ct) =>
                ChangeAsync(id, contributions, () => catalog.LoadAsync(id, ct)))
            .WithName("LoadPlugin").WithSummary("Load a plugin from its folder (a faulted one loads again)")
            .Produces<PluginView>().ProducesProblem(StatusCodes.Status404NotFound);
        plugins.MapPost("/{id}/unload", (string id, [FromServices] IPluginCatalog catalog, [FromServices] IPluginContributions contributions, CancellationToken ct) =>
                ChangeAsync(id, contributions, () => catalog.UnloadAsync(id, ct), unload: true))
            .WithName("UnloadPlugin").WithSummary("Unload a plugin once its work in progress ends; its load context is checked to be collected")
            .Produces<PluginView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        plugins.MapPost("/{id}/reload", (string id, [FromServices] IPluginCatalog catalog, [FromServices] IPluginContributions contributions, CancellationToken ct) =>
                ChangeAsync(id, contributions, () => catalog.ReloadAsync(id, ct)))
            .WithName("ReloadPlugin").WithSummary("Load a plugin's folder again and swap it in; pinned instances finish on the version they started with")
            .Produces<PluginView>().ProducesProblem(StatusCodes.Status404NotFound);
        return plugins;
    }

    private static IResult List([FromServices] IPluginCatalog catalog, [FromServices] IPluginContributions contributions) =>
        TypedResults.Ok(catalog.List().Select(p => PluginView.From(p, contributions)).ToList());

    private static IResult Get(string id, [FromServices] IPluginCatalog catalog, [FromServices] IPluginContributions contributions) =>
        catalog.Find(id) is { } info
            ? TypedResults.Ok(PluginView.From(info, contributions))
            : Problems.Result(Problems.NotFound(PluginField, $"No plugin has id '{id}' (the plugins folder is {catalog.FolderPath})."));

    private static async Task<IResult> LoadAllAsync([FromServices] IPluginCatalog catalog, [FromServices] IPluginContributions contributions, CancellationToken cancellationToken)
    {
        var all = await catalog.LoadAllAsync(cancellationToken);
        return TypedResults.Ok(all.Select(p => PluginView.From(p, contributions)).ToList());
    }

    private static async Task<IResult> ChangeAsync(string id, IPluginContributions contributions, Func<Task<PluginInfo>> change, bool unload = false)
    {
        try
        {
            return TypedResults.Ok(PluginView.From(await change(), contributions));
        }
        catch (KeyNotFoundException ex)
        {
            return Problems.Result(Problems.NotFound(PluginField, ex.Message));
        }
        catch (InvalidOperationException ex) when (unload)
        {
            // Another loaded plugin depends on this one.
            return Problems.Result(Problems.Conflict(PluginField, ex.Message));
        }
    }
}
