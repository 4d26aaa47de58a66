using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PmoFlow.Core.Access;

namespace PmoFlow.Server.Tests.Support;

/// <summary>
/// The real server with its own SQLite file (one per test class, as a class fixture), no demo data, and a clock the
/// test moves. Settings go through UseSetting because AddPmoFlow reads them while the builder is still being set up.
/// Clients carry a real key of the role a test acts in, created in the server's own key store on first use.
/// </summary>
public sealed class PmoFlowServerFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pmoflow-server-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<PmoRole, string> _keys = [];
    private readonly Lock _lock = new();

    /// <summary>The server's clock.</summary>
    public ManualTimeProvider Clock { get; } = new();

    /// <summary>Everything the server logged.</summary>
    public LogCapture Log { get; } = new();

    /// <summary>The server's data folder (the database, the first admin key).</summary>
    public string DataFolder => _folder;

    /// <summary>A key of <paramref name="role"/>, the same one for every call on this server.</summary>
    public string KeyFor(PmoRole role)
    {
        var keys = Services.GetRequiredService<IApiKeyStore>();
        lock (_lock)
        {
            if (!_keys.TryGetValue(role, out var key))
                _keys[role] = key = keys.CreateAsync($"test-{role.Name()}", role, "tests").GetAwaiter().GetResult().Key;
            return key;
        }
    }

    /// <summary>A client sending <c>Authorization: ApiKey</c> with a key of <paramref name="role"/>.</summary>
    public HttpClient CreateClient(PmoRole role)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", KeyFor(role));
        return client;
    }

    /// <summary>
    /// A client for one <c>/api</c> call, with the key of the role whose work it is: reads any role (a viewer), posts a
    /// gate agent (PMO data), puts an admin (the governance settings).
    /// </summary>
    public HttpClient CreateClientFor(string method, string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return CreateClient(RoleRoutingHandler.RoleFor(new HttpMethod(method), new Uri(new Uri("http://localhost"), url).AbsolutePath));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Production");
        builder.UseSetting("PmoFlow:Storage:ConnectionString", $"Data Source={Path.Combine(_folder, "pmoflow.db")}");
        builder.UseSetting("PmoFlow:Demo:Enabled", "false");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
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
            // A pooled connection may still hold the file; the temp folder is cleaned by the OS eventually.
        }
    }
}
