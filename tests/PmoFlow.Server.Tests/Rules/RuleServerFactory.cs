using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Server.Tests.Support;

namespace PmoFlow.Server.Tests.Rules;

/// <summary>
/// The real server with a rule folder of the test's own (pack <c>acme</c>, asked before the default pack, not watched
/// so the test reloads it when it chooses), its own rule cache, SQLite file and clock.
/// </summary>
public sealed class RuleServerFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pmoflow-server-tests", Guid.NewGuid().ToString("N"));

    public RuleServerFactory() => Directory.CreateDirectory(Rules);

    public ManualTimeProvider Clock { get; } = new();

    public string Rules => Path.Combine(_folder, "acme");

    public void WriteRule(string file, string gates, string body) => File.WriteAllText(Path.Combine(Rules, file),
        $"// rule: {Path.GetFileNameWithoutExtension(file)}\n// gates: {gates}\n// version: 1\n// description: a test rule\n{body}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("PmoFlow:Storage:ConnectionString", $"Data Source={Path.Combine(_folder, "pmoflow.db")}");
        builder.UseSetting("PmoFlow:Demo:Enabled", "false");
        builder.UseSetting("PmoFlow:Rules:Folder", Rules);
        builder.UseSetting("PmoFlow:Rules:PackName", "acme");
        builder.UseSetting("PmoFlow:Rules:Watch", "false");
        builder.UseSetting("PmoFlow:Rules:CacheFolder", Path.Combine(_folder, "rule-packs"));
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
