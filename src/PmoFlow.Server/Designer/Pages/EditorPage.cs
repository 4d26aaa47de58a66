using System.Net;
using System.Text;
using PmoFlow.Server.Designer.Assets;

namespace PmoFlow.Server.Designer.Pages;

/// <summary>
/// The page that hosts the Studio's <c>elsa-workflow-definition-editor</c> element on one definition. The page lives under
/// the Studio's base path (<c>/designer/</c>), as Blazor requires, and loads the Studio's own stylesheets and scripts.
/// </summary>
internal static class EditorPage
{
    public static string Render(string basePath, string apiEndpoint, string apiKey, string definitionId, string? name, StudioPage studio, string logout)
    {
        var html = new StringBuilder(2048);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\">\n")
            .Append("<title>").Append(Encode(name ?? definitionId)).Append(" · PmoFlow designer</title>\n")
            .Append("<base href=\"").Append(Encode(basePath)).Append("\">\n")
            .Append("<link rel=\"icon\" type=\"image/png\" href=\"_content/Elsa.Studio.Shell/favicon-32x32.png\">\n");
        foreach (var sheet in studio.Stylesheets) html.Append("<link rel=\"stylesheet\" href=\"").Append(Encode(sheet)).Append("\">\n");
        html.Append("<style>").Append(DesignerStyles.Css).Append("</style>\n</head>\n<body>\n")
            .Append("<header class=\"pmoflow-bar\"><a href=\"./\">&larr; Workflows</a><span class=\"pmoflow-title\">")
            .Append(Encode(name ?? definitionId)).Append("</span><span class=\"pmoflow-muted\">").Append(Encode(definitionId)).Append("</span>").Append(logout).Append("</header>\n")
            .Append("<main class=\"pmoflow-editor\">\n<elsa-workflow-definition-editor definition-id=\"").Append(Encode(definitionId))
            .Append("\" remote-endpoint=\"").Append(Encode(apiEndpoint)).Append("\" api-key=\"").Append(Encode(apiKey))
            .Append("\"></elsa-workflow-definition-editor>\n</main>\n")
            .Append("<div id=\"blazor-error-ui\">The designer hit an error. <a href=\"\" class=\"reload\">Reload</a> <a class=\"dismiss\">&#x2715;</a></div>\n");
        foreach (var script in studio.Scripts) html.Append("<script src=\"").Append(Encode(script)).Append("\"></script>\n");
        return html.Append("</body>\n</html>\n").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
