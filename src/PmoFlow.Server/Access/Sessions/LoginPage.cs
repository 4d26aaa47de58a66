using System.Net;
using Microsoft.AspNetCore.Antiforgery;

namespace PmoFlow.Server.Access.Sessions;

/// <summary>The login page: paste a key, get a browser session. Self-contained (no script, system fonts), like the dashboard.</summary>
internal static class LoginPage
{
    /// <summary>Where the login page is.</summary>
    public const string Path = "/login";

    /// <summary>Where the logout form posts.</summary>
    public const string LogoutPath = "/logout";

    /// <summary>No script at all; forms post only to this server.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static string Render(string pathBase, AntiforgeryTokenSet tokens, string returnUrl, string? error, string? signedInAs) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Log in · PmoFlow</title>
        <link rel="icon" href="data:,">
        <style>{{Css}}</style>
        </head>
        <body>
        <main class="login">
        <h1>PmoFlow</h1>
        {{(signedInAs is null ? "" : $"<p id=\"signed-in\">Logged in as {Encode(signedInAs)}. <a href=\"{Encode(returnUrl)}\">Continue</a>, log in with another key below, or log out.</p>{LogoutForm(pathBase, tokens)}")}}
        <form method="post" action="{{Encode(pathBase + Path)}}" id="login-form">
        <label for="key">API key</label>
        <input id="key" name="key" type="password" autocomplete="off" spellcheck="false" required placeholder="pmo_…" autofocus>
        <input type="hidden" name="returnUrl" value="{{Encode(returnUrl)}}">
        <input type="hidden" name="{{Encode(tokens.FormFieldName)}}" value="{{Encode(tokens.RequestToken ?? "")}}">
        <button type="submit">Log in</button>
        </form>
        {{(error is null ? "" : $"<p id=\"login-error\" class=\"error\" role=\"alert\">{Encode(error)}</p>")}}
        <p class="hint">Paste an API key. The first admin key is in <code>admin.key</code> in the server's data folder
        (<code>data/admin.key</code> when the server runs from the repository); an admin creates keys for others with
        <code>pmoflow keys create --role viewer --name NAME</code>. The key stays on the server: your browser gets a session that ends
        when you log out, after a few hours, or when the key is revoked.</p>
        </main>
        </body>
        </html>
        """;

    /// <summary>The logout button other pages show in their bar; posts to <c>/logout</c>.</summary>
    public static string LogoutForm(string pathBase, AntiforgeryTokenSet? tokens = null) =>
        $"<form method=\"post\" action=\"{Encode(pathBase + LogoutPath)}\" class=\"pmoflow-logout\">" +
        (tokens is null ? "" : $"<input type=\"hidden\" name=\"{Encode(tokens.FormFieldName)}\" value=\"{Encode(tokens.RequestToken ?? "")}\">") +
        "<button type=\"submit\" id=\"logout\">Log out</button></form>";

    private const string Css = """
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2937; background: #f8fafc; }
        .login { max-width: 34rem; margin: 4rem auto; padding: 2rem; background: #fff; border: 1px solid #e5e7eb; border-radius: 6px; }
        h1 { margin-top: 0; color: #0f3d5e; }
        label { display: block; font-weight: 600; margin-bottom: .4rem; }
        input[type=password] { width: 100%; box-sizing: border-box; padding: .55rem; font: inherit; font-family: ui-monospace, monospace; }
        button { margin-top: .8rem; padding: .5rem 1.2rem; font: inherit; background: #0f3d5e; color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
        .pmoflow-logout button { background: #64748b; }
        .error { color: #b91c1c; }
        .hint { color: #475569; font-size: .9rem; line-height: 1.45; }
        code { font-size: .85rem; }
        """;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
