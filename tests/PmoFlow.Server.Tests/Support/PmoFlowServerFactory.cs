using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace PmoFlow.Server.Tests.Support;

/// <summary>
/// The real server with its own SQLite file (one per test class, as a class fixture), no demo data, and a clock the
/// test moves. Settings go through UseSetting because AddPmoFlow reads them while the builder is still being set up.
/// </summary>
public sealed class PmoFlowServerFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pmoflow-server-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The server's clock.</summary>
    public ManualTimeProvider Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Production");
        builder.UseSetting("PmoFlow:Storage:ConnectionString", $"Data Source={Path.Combine(_folder, "pmoflow.db")}");
        builder.UseSetting("PmoFlow:Demo:Enabled", "false");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
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
