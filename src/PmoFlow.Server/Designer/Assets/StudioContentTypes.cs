using Microsoft.AspNetCore.StaticFiles;

namespace PmoFlow.Server.Designer.Assets;

/// <summary>
/// The MIME types the Studio's files need. Browsers refuse to compile WebAssembly streamed with another type than
/// <c>application/wasm</c>; the runtime's data files (.dll, .dat, .blat, .pdb) are plain bytes.
/// </summary>
internal static class StudioContentTypes
{
    private static readonly FileExtensionContentTypeProvider Known = Create();

    public static string For(string path) => Known.TryGetContentType(path, out var type) ? type : "application/octet-stream";

    private static FileExtensionContentTypeProvider Create()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".wasm"] = "application/wasm";
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".mjs"] = "text/javascript";
        provider.Mappings[".json"] = "application/json";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        provider.Mappings[".map"] = "application/json";
        foreach (var binary in new[] { ".dll", ".dat", ".blat", ".pdb", ".webcil" })
            provider.Mappings[binary] = "application/octet-stream";
        return provider;
    }
}
