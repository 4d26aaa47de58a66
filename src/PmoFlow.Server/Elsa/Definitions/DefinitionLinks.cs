using System.Text.Json.Nodes;

namespace PmoFlow.Server.Elsa.Definitions;

/// <summary>
/// The hypermedia links Elsa attaches to a definition. The Studio reads them as permissions: without a <c>publish</c>
/// link it opens the definition read-only (DESIGN.md §3). When roles arrive, a viewer's answers should leave out the
/// write links, which makes the Studio read-only for them with no change on its side.
/// </summary>
internal static class DefinitionLinks
{
    private static readonly (string Href, string Rel, string Method)[] Templates =
    [
        ("/workflow-definitions/by-definition-id/{0}", "self", "GET"),
        ("/workflow-definitions/{0}/publish", "publish", "POST"),
        ("/workflow-definitions/{0}/retract", "retract", "POST"),
        ("/workflow-definitions/{0}/export", "export", "GET"),
        ("/workflow-definitions/{0}", "delete", "DELETE"),
    ];

    public static JsonArray For(string definitionId)
    {
        var escaped = Uri.EscapeDataString(definitionId);
        var links = new JsonArray();
        foreach (var (href, rel, method) in Templates)
            links.Add(new JsonObject { ["href"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, href, escaped), ["rel"] = rel, ["method"] = method });
        return links;
    }
}
