using PmoFlow.Server.Designer.Assets;
using PmoFlow.Server.Designer.Pages;

namespace PmoFlow.Server;

/// <summary>Maps the designer: PmoFlow's workflow list and the real Elsa Studio editor, served from this server.</summary>
public static class DesignerEndpointRouteBuilderExtensions
{
    /// <summary>Where the designer lives; the Studio's files are served under it too, as its base path.</summary>
    public const string Prefix = "/designer";

    /// <summary>
    /// Maps <c>/designer</c> (the workflow list), <c>/designer/workflows/{definitionId}</c> (the Studio's editor) and the
    /// Studio's files. Returns the group so a host can attach access rules.
    /// </summary>
    public static RouteGroupBuilder MapDesigner(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Found now rather than at the first page, so the start-up log says where the Studio is served from, or that it is missing.
        _ = endpoints.ServiceProvider.GetRequiredService<StudioFolder>();
        var designer = endpoints.MapGroup(Prefix);
        designer.MapDesignerPages();
        designer.MapStudioAssets();
        return designer;
    }
}
