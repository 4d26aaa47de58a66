using Microsoft.AspNetCore.Hosting;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Core.Access;
using PmoFlow.Tests.Plugins;

namespace PmoFlow.Server.Tests.Plugins;

/// <summary>The real server with its own SQLite file and a plugins folder of the test's own, filled with fixture plugins before it starts.</summary>
public sealed class PluginServerFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pmoflow-server-tests", Guid.NewGuid().ToString("N"));

    internal FixturePlugins Plugins { get; } = new();

    /// <summary>A client with a fresh key of <paramref name="role"/> (plugin changes are an admin's).</summary>
    public HttpClient CreateClient(PmoRole role)
    {
        var key = Services.GetRequiredService<IApiKeyStore>().CreateAsync($"test-{role.Name()}", role, "tests").GetAwaiter().GetResult().Key;
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Production");
        builder.UseSetting("PmoFlow:Storage:ConnectionString", $"Data Source={Path.Combine(_folder, "pmoflow.db")}");
        builder.UseSetting("PmoFlow:Demo:Enabled", "false");
        builder.UseSetting("PmoFlow:Plugins:Path", Plugins.Root);
        builder.UseSetting("PmoFlow:Plugins:Watch", "false");
        // A version kept for a pinned instance drains in the background; admin calls need not wait the default 30 s for it.
        builder.UseSetting("PmoFlow:Plugins:DrainTimeout", "00:00:01");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        Plugins.Dispose();
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
