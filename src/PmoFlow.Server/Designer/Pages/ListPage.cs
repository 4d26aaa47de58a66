using System.Net;

namespace PmoFlow.Server.Designer.Pages;

/// <summary>
/// PmoFlow's workflow list: every definition with its latest version, a link into the editor, and a form that creates a
/// workflow and opens it. It talks to the same Elsa API as the Studio (with the same key), so it needs nothing else and
/// loads no Studio code: the 30 MB Blazor download waits until an editor is opened.
/// </summary>
internal static class ListPage
{
    public static string Render(string basePath, string apiEndpoint, string apiKey, string? studioProblem, string logout) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1.0">
        <title>Workflows · PmoFlow designer</title>
        <base href="{{Encode(basePath)}}">
        <style>{{DesignerStyles.Css}}</style>
        </head>
        <body>
        <header class="pmoflow-bar"><span class="pmoflow-title">PmoFlow designer</span><span class="pmoflow-muted">governance workflows</span>{{logout}}</header>
        <main id="pmoflow-designer" class="pmoflow-page" data-api="{{Encode(apiEndpoint)}}" data-api-key="{{Encode(apiKey)}}">
        {{(studioProblem is null ? "" : $"<p class=\"pmoflow-error\" id=\"studio-problem\">{Encode(studioProblem)}</p>")}}
        <h1>Workflows</h1>
        <form id="new-workflow">
          <input id="new-workflow-name" name="name" placeholder="Name of a new workflow" required maxlength="200" autocomplete="off">
          <button type="submit">Create and open</button>
        </form>
        <p id="status" class="pmoflow-error" role="alert"></p>
        <table>
          <thead><tr><th>Name</th><th>Definition id</th><th>Version</th><th>State</th></tr></thead>
          <tbody id="workflows"><tr><td colspan="4">Loading&hellip;</td></tr></tbody>
        </table>
        </main>
        <script>{{Script}}</script>
        </body>
        </html>
        """;

    private const string Script = """
        (() => {
          const root = document.getElementById('pmoflow-designer');
          const api = root.dataset.api;
          const headers = root.dataset.apiKey ? { 'Authorization': 'ApiKey ' + root.dataset.apiKey } : {};
          const status = document.getElementById('status');
          const editorUrl = id => 'workflows/' + encodeURIComponent(id);

          async function call(path, init) {
            const response = await fetch(api + path, { ...init, headers: { ...headers, ...(init && init.headers) } });
            const body = response.status === 204 ? null : await response.json().catch(() => null);
            if (!response.ok) throw new Error((body && (body.detail || body.title)) || response.statusText);
            return body;
          }

          function cell(row, content) {
            const td = row.insertCell();
            if (content instanceof Node) td.appendChild(content); else td.textContent = content;
          }

          async function load() {
            const list = await call('/workflow-definitions?versionOptions=Latest&PageSize=1000');
            const body = document.getElementById('workflows');
            body.replaceChildren();
            for (const d of list.items) {
              const row = body.insertRow();
              row.dataset.definitionId = d.definitionId;
              const link = document.createElement('a');
              link.href = editorUrl(d.definitionId);
              link.textContent = d.name || d.definitionId;
              cell(row, link); cell(row, d.definitionId); cell(row, 'v' + d.version); cell(row, d.isPublished ? 'published' : 'draft');
            }
            if (list.items.length === 0) cell(body.insertRow(), 'No workflows yet.');
          }

          document.getElementById('new-workflow').addEventListener('submit', async e => {
            e.preventDefault();
            status.textContent = '';
            const name = document.getElementById('new-workflow-name').value.trim();
            try {
              const unique = await call('/workflow-definitions/validation/is-name-unique?name=' + encodeURIComponent(name));
              if (!unique.isUnique) { status.textContent = 'A workflow named "' + name + '" already exists.'; return; }
              const saved = await call('/workflow-definitions', {
                method: 'POST', headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify({ model: { name: name, toolVersion: '3.8.0.0', options: { usableAsActivity: false } }, publish: false })
              });
              location.href = editorUrl(saved.workflowDefinition.definitionId);
            } catch (error) { status.textContent = 'Could not create the workflow: ' + error.message; }
          });

          load().catch(error => { status.textContent = 'Could not list the workflows: ' + error.message; });
        })();
        """;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
