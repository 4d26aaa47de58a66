namespace PmoFlow.Server.Dashboard.StaticFiles;

/// <summary>Serves <c>/dashboard/assets/{name}</c>.</summary>
internal static class DashboardAssetEndpoints
{
    public static void MapDashboardAssets(this IEndpointRouteBuilder dashboard) => dashboard.MapGet("/assets/{name}", Serve);

    private static IResult Serve(string name, HttpContext http)
    {
        if (DashboardAssets.Find(name) is not { } asset) return TypedResults.NotFound();
        // Revalidate every time: a 304 on a local network costs little, and an upgraded server never runs a stale script.
        http.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Bytes(asset.Content, asset.ContentType, entityTag: asset.ETag);
    }
}
