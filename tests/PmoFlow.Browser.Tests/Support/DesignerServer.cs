using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Core.Access;

namespace PmoFlow.Browser.Tests.Support;

/// <summary>
/// The real server on a real loopback port (the browser needs a socket), with its own SQLite file and no demo data, so
/// the default flywheel is the only definition when the tests start. Tests reach its services to check what was stored,
/// and hold a real key per role: browsers log in with one, API calls behind the browser's back carry one.
/// </summary>
public sealed class DesignerServer : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pmoflow-browser-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<PmoRole, string> _keys = [];
    private readonly Lock _lock = new();

    public DesignerServer()
    {
        UseKestrel(0);
        StartServer();
    }

    /// <summary>The server's address, such as <c>http://127.0.0.1:40213</c>.</summary>
    public Uri Address => ClientOptions.BaseAddress;

    /// <summary>A key of <paramref name="role"/>, made once in the server's own key store.</summary>
    public string KeyFor(PmoRole role)
    {
        var keys = Services.GetRequiredService<IApiKeyStore>();
        lock (_lock)
        {
            if (!_keys.TryGetValue(role, out var key))
                _keys[role] = key = keys.CreateAsync($"browser-tests-{role.Name()}", role, "tests").GetAwaiter().GetResult().Key;
            return key;
        }
    }

    /// <summary>An HTTP client carrying a key of <paramref name="role"/>.</summary>
    public HttpClient CreateClient(PmoRole role)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", KeyFor(role));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Production");
        builder.UseUrls("http://127.0.0.1:0");
        builder.UseSetting("PmoFlow:Storage:ConnectionString", $"Data Source={Path.Combine(_folder, "pmoflow.db")}");
        builder.UseSetting("PmoFlow:Demo:Enabled", "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A pooled connection may still hold the file; the OS cleans the temp folder eventually.
        }
    }
}
