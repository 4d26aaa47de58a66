using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using PmoFlow.Core.Access;

namespace PmoFlow.Browser.Tests.Support;

/// <summary>
/// One server and one browser for the whole browser suite (Blazor's first start dominates its time). Every Elsa API
/// request any page makes is recorded; at the end they are written to the artifacts folder, and, with
/// <c>PMOFLOW_RECORD_STUDIO_FIXTURES=1</c>, to <c>tests/PmoFlow.Server.Tests/Elsa/Fixtures/studio-requests.json</c>, the
/// request shapes the API tests replay.
/// </summary>
public sealed class DesignerFixture : IAsyncLifetime
{
    public const string FixtureFile = "tests/PmoFlow.Server.Tests/Elsa/Fixtures/studio-requests.json";

    private readonly ConcurrentQueue<StudioRequest> _requests = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public DesignerServer Server { get; private set; } = null!;

    internal IReadOnlyCollection<StudioRequest> Requests => _requests;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium.ExecutablePath))
        {
            // Outside CI every test here is skipped (BrowserFact says why); in CI a missing browser is a broken setup.
            if (!Chromium.InCi) return;
            throw new InvalidOperationException($"{Chromium.ExecutablePath} is missing: CI (CI=true) must have chromium; .ci/run installs it with apt-get.");
        }
        Server = new DesignerServer();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
    }

    /// <summary>
    /// A fresh browser context and page, recording what it asks the server and anything it asks elsewhere, logged in at
    /// /login with a key of <paramref name="role"/> (null: not logged in).
    /// </summary>
    internal async Task<StudioTab> OpenAsync(string name, PmoRole? role)
    {
        var context = await _browser!.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 1600, Height = 1000 },
            AcceptDownloads = true,
            BaseURL = Server.Address.ToString(),
        });
        var page = await context.NewPageAsync();
        var tab = new StudioTab(name, context, page, Server.Address);
        // Only the Studio's own calls are fixtures: the list page is PmoFlow's, and its calls say nothing about the Studio.
        page.Response += (_, response) => { if (IsStudio(page)) Record(response.Request, response.Status); };
        page.RequestFailed += (_, request) => { if (IsStudio(page)) Record(request, 0); };
        if (role is { } r) await LogInAsync(page, Server.KeyFor(r));
        return tab;
    }

    /// <summary>Logs in as a person does: the login page, the key pasted, the button; the board opens.</summary>
    internal static async Task LogInAsync(IPage page, string key)
    {
        await page.GotoAsync("login");
        await page.Locator("#key").FillAsync(key);
        await page.Locator("#login-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/dashboard");
    }

    /// <summary>
    /// Fails when the Studio called an endpoint variant the committed fixtures lack: the API tests would no longer
    /// replay everything the Studio does. Re-record with <c>PMOFLOW_RECORD_STUDIO_FIXTURES=1</c>.
    /// </summary>
    internal void AssertFixturesCoverRecordedCalls()
    {
        if (Environment.GetEnvironmentVariable("PMOFLOW_RECORD_STUDIO_FIXTURES") == "1" || Artifacts.RepositoryRoot() is not { } root) return;
        var committed = JsonNode.Parse(File.ReadAllText(Path.Combine(root, FixtureFile)))!.AsArray()
            .Select(f => f!["body"]?["publish"] is JsonValue publish ? $"{f["endpoint"]} publish={publish}" : f["endpoint"]!.ToString())
            .ToHashSet(StringComparer.Ordinal);
        var missing = _requests.Select(r => r.Variant).Where(v => !committed.Contains(v)).Distinct().ToList();
        Assert.True(missing.Count == 0, $"The Studio called endpoints {FixtureFile} has no fixture for: {string.Join(", ", missing)}. Re-record with PMOFLOW_RECORD_STUDIO_FIXTURES=1.");
    }

    public async Task DisposeAsync()
    {
        if (_browser is null) return;
        var requests = new JsonArray([.. _requests.Select(r => r.ToJson())]);
        await File.WriteAllTextAsync(Artifacts.PathOf("studio-requests.json"), requests.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        if (Environment.GetEnvironmentVariable("PMOFLOW_RECORD_STUDIO_FIXTURES") == "1" && Artifacts.RepositoryRoot() is { } root)
            await File.WriteAllTextAsync(Path.Combine(root, FixtureFile), Fixtures().ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        Server?.Dispose();
    }

    /// <summary>The first call of each endpoint variant, in the order the Studio made them.</summary>
    private JsonArray Fixtures() =>
        new([.. _requests.GroupBy(r => r.Variant, StringComparer.Ordinal).Select(g => g.First().ToJson())]);

    private static bool IsStudio(IPage page) => page.Url.Contains("/designer/workflows/", StringComparison.Ordinal);

    private void Record(IRequest request, int status)
    {
        var url = new Uri(request.Url);
        if (url.Scheme is not ("http" or "https") || !url.AbsolutePath.StartsWith("/elsa/api/", StringComparison.Ordinal)) return;
        JsonNode? body = null;
        if (request.PostData is { Length: > 0 } text)
        {
            try { body = JsonNode.Parse(text); }
            catch (JsonException) { body = text; }
        }
        _requests.Enqueue(new StudioRequest(request.Method, url.AbsolutePath["/elsa/api".Length..], url.Query, body, status));
    }
}

/// <summary>The browser suite shares one <see cref="DesignerFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class DesignerCollection : ICollectionFixture<DesignerFixture>
{
    public const string Name = "Designer";
}
