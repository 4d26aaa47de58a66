using System.Net;
using System.Text.RegularExpressions;
using PmoFlow.Core.Access;
using PmoFlow.Server.Tests.Support;

namespace PmoFlow.Server.Tests.Elsa;

/// <summary>The designer pages and the Studio's files, served by PmoFlow with the types a browser needs and nothing from outside.</summary>
public sealed partial class DesignerAssetTests(PmoFlowServerFactory factory) : IClassFixture<PmoFlowServerFactory>
{
    [Theory]
    [InlineData("_framework/blazor.webassembly.js", "text/javascript")]
    [InlineData("_framework/dotnet.js", "text/javascript")]
    [InlineData("_content/MudBlazor/MudBlazor.min.css", "text/css")]
    [InlineData("Elsa.Studio.Host.CustomElements.styles.css", "text/css")]
    public async Task StudioFiles_AreServedWithTheirTypes(string path, string type)
    {
        using var response = await factory.CreateClient(PmoRole.Viewer).GetAsync(new Uri("/designer/" + path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task WebAssemblyAndRuntimeData_AreServedAsWasmAndBytes()
    {
        var client = factory.CreateClient(PmoRole.Viewer);
        var files = Directory.GetFiles(StudioFramework()).Select(Path.GetFileName).ToList();
        var wasm = files.First(f => f!.EndsWith(".wasm", StringComparison.Ordinal));
        var data = files.First(f => f!.EndsWith(".dat", StringComparison.Ordinal));

        using var wasmResponse = await client.GetAsync(new Uri($"/designer/_framework/{wasm}", UriKind.Relative));
        using var dataResponse = await client.GetAsync(new Uri($"/designer/_framework/{data}", UriKind.Relative));

        Assert.Equal("application/wasm", wasmResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/octet-stream", dataResponse.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CompressedCopies_AreServedToClientsThatAcceptThem_WithTheOriginalType()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/designer/_framework/dotnet.js");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        var client = factory.CreateClient(PmoRole.Viewer);

        using var response = await client.SendAsync(request);

        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Theory]
    [InlineData("/designer/index.html")]
    [InlineData("/designer/package.json")]
    [InlineData("/designer/..%2F..%2Fpackage.json")]
    [InlineData("/designer/_framework/../../package.json")]
    [InlineData("/designer/_framework/nothing-here.js")]
    public async Task FilesOutsideTheAssets_AreNotServed(string path)
    {
        using var response = await factory.CreateClient(PmoRole.Viewer).GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task EditorPage_HostsTheEditorElement_WithTheApiAndKey_AndLinksNoOutsideHost()
    {
        var html = await factory.CreateClient(PmoRole.Viewer).GetStringAsync(new Uri("/designer/workflows/value-flywheel", UriKind.Relative));

        // A script reading the page with a key gets that key back; a browser session gets its own (AccessTests covers that).
        Assert.Contains($"<elsa-workflow-definition-editor definition-id=\"value-flywheel\" remote-endpoint=\"http://localhost/elsa/api\" api-key=\"{factory.KeyFor(PmoRole.Viewer)}\">", html, StringComparison.Ordinal);
        Assert.Contains("<base href=\"/designer/\">", html, StringComparison.Ordinal);
        Assert.Contains("_framework/blazor.webassembly.js", html, StringComparison.Ordinal);
        Assert.Empty(OutsideUrl().Matches(html));
    }

    [Fact]
    public async Task ListPage_CallsTheElsaApi_AndLinksNoOutsideHost()
    {
        var client = factory.CreateClient(PmoRole.Viewer);
        var html = await client.GetStringAsync(new Uri("/designer", UriKind.Relative));

        Assert.Equal(html, await client.GetStringAsync(new Uri("/designer/", UriKind.Relative)));
        Assert.Contains("<base href=\"/designer/\">", html, StringComparison.Ordinal);
        Assert.Contains("data-api=\"http://localhost/elsa/api\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"new-workflow\"", html, StringComparison.Ordinal);
        Assert.Empty(OutsideUrl().Matches(html));
    }

    [Fact]
    public async Task StudioSettings_PointAtThisServersApi()
    {
        var settings = await factory.CreateClient(PmoRole.Viewer).GetStringAsync(new Uri("/designer/appsettings.json", UriKind.Relative));

        Assert.Equal("""{"Backend":{"Url":"http://localhost/elsa/api"}}""", settings);
    }

    [Fact]
    public async Task EditorPage_ForAnUnknownDefinition_Is404()
    {
        using var response = await factory.CreateClient(PmoRole.Viewer).GetAsync(new Uri("/designer/workflows/nope", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string StudioFramework()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "src", "PmoFlow.Server", "Designer", "studio", "node_modules", "@elsa-workflows", "elsa-studio-wasm", "_framework");
            if (Directory.Exists(path)) return path;
        }
        throw new DirectoryNotFoundException("The Studio install (src/PmoFlow.Server/Designer/studio/node_modules) is missing: build the server.");
    }

    /// <summary>An absolute URL in an attribute: anything the page would load from a host. The page's own API address is localhost.</summary>
    [GeneratedRegex("(?:href|src)=\"(?:https?:)?//")]
    private static partial Regex OutsideUrl();
}
