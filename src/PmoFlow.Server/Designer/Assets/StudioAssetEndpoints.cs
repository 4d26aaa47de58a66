using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace PmoFlow.Server.Designer.Assets;

/// <summary>
/// Serves the Studio's files under <c>/designer/</c>. The package ships Brotli and gzip copies of its framework files; a
/// browser that accepts one gets it (about a third of the bytes), with the original file's type.
/// </summary>
internal static class StudioAssetEndpoints
{
    /// <summary>Files of the package that are not assets: its own host page and settings are replaced by PmoFlow's.</summary>
    private static readonly HashSet<string> NotServed = new(StringComparer.OrdinalIgnoreCase) { "index.html", "appsettings.json", "package.json" };

    public static void MapStudioAssets(this IEndpointRouteBuilder designer) =>
        designer.MapGet("/{**path:minlength(1)}", Serve).ExcludeFromDescription();

    private static IResult Serve(string path, HttpContext http, [FromServices] StudioFolder studio)
    {
        if (NotServed.Contains(path)) return TypedResults.NotFound();
        var file = studio.Find(path);
        if (file is null) return TypedResults.NotFound();

        var served = file;
        var accepted = http.Request.Headers.AcceptEncoding.ToString();
        if (!path.EndsWith(".br", StringComparison.Ordinal) && !path.EndsWith(".gz", StringComparison.Ordinal))
        {
            string? encoding = null;
            if (Accepts(accepted, "br") && studio.Find(path + ".br") is { } br) (served, encoding) = (br, "br");
            else if (Accepts(accepted, "gzip") && studio.Find(path + ".gz") is { } gz) (served, encoding) = (gz, "gzip");
            if (encoding is not null) http.Response.Headers.ContentEncoding = encoding;
            http.Response.Headers.Vary = HeaderNames.AcceptEncoding;
        }
        http.Response.Headers.XContentTypeOptions = "nosniff";
        // Revalidate every time: the cost is a 304 on loopback, and a Studio upgrade is never hidden behind a stale copy.
        http.Response.Headers.CacheControl = "no-cache";
        var tag = new EntityTagHeaderValue($"\"{served.Length:x}-{served.LastWriteTimeUtc.Ticks:x}\"");
        return TypedResults.PhysicalFile(served.FullName, StudioContentTypes.For(file.Name), lastModified: served.LastWriteTimeUtc, entityTag: tag);
    }

    private static bool Accepts(string acceptEncoding, string coding) =>
        acceptEncoding.Split(',').Select(p => p.Split(';')[0].Trim()).Any(c => string.Equals(c, coding, StringComparison.OrdinalIgnoreCase))
        && !acceptEncoding.Contains(coding + ";q=0", StringComparison.OrdinalIgnoreCase);
}
