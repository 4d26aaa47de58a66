using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PmoFlow.Browser.Tests.Support;

/// <summary>One request the real Studio sent to the Elsa API, as recorded in the browser.</summary>
/// <param name="Method">GET, POST, DELETE.</param>
/// <param name="Path">The path under <c>/elsa/api</c>, such as <c>/workflow-definitions/by-definition-id/value-flywheel</c>.</param>
/// <param name="Query">The query string with its <c>?</c>, or empty.</param>
/// <param name="Body">The JSON body, if any.</param>
/// <param name="Status">The status the server answered with.</param>
internal sealed partial record StudioRequest(string Method, string Path, string Query, JsonNode? Body, int Status)
{
    /// <summary>The endpoint: method and route template (<c>GET /workflow-definitions/by-definition-id/{definitionId}</c>).</summary>
    public string Endpoint => $"{Method} {Template(Path)}";

    /// <summary>What makes two calls of one endpoint different enough to keep both as fixtures: a save and a save-and-publish.</summary>
    public string Variant => Body?["publish"] is JsonValue publish ? $"{Endpoint} publish={publish}" : Endpoint;

    public JsonObject ToJson() => new()
    {
        ["endpoint"] = Endpoint, ["method"] = Method, ["path"] = Path, ["query"] = Query, ["body"] = Body?.DeepClone(), ["status"] = Status,
        ["recordedFrom"] = "Elsa Studio 3.8.2 (npm @elsa-workflows/elsa-studio-wasm) in headless Chromium",
    };

    public static string Template(string path)
    {
        if (ByDefinitionId().IsMatch(path)) return "/workflow-definitions/by-definition-id/{definitionId}";
        if (ById().IsMatch(path)) return "/workflow-definitions/by-id/{id}";
        if (Feature().IsMatch(path)) return "/features/installed/{fullName}";
        var definition = Definition().Match(path);
        if (definition.Success) return "/workflow-definitions/{definitionId}" + Version().Replace(definition.Groups["rest"].Value, "/revert/{version}");
        return path;
    }

    [GeneratedRegex("^/workflow-definitions/by-definition-id/[^/]+$")]
    private static partial Regex ByDefinitionId();

    [GeneratedRegex("^/workflow-definitions/by-id/[^/]+$")]
    private static partial Regex ById();

    [GeneratedRegex("^/workflow-definitions/(?!by-definition-id/|by-id/|validation/|query/|many-by-id$|import$)[^/]+(?<rest>/.*)?$")]
    private static partial Regex Definition();

    [GeneratedRegex("/revert/\\d+$")]
    private static partial Regex Version();

    [GeneratedRegex("^/features/installed/[^/]+$")]
    private static partial Regex Feature();
}
