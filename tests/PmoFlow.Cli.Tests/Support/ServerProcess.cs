using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PmoFlow.Cli.Tests.Support;

/// <summary>
/// The real PmoFlow server in a child process, on a free loopback port and a database of its own, with the demo seeded,
/// and the admin key it wrote to admin.key in its data folder on first start.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _folder;
    private readonly ConcurrentQueue<string> _log;

    private ServerProcess(Process process, string folder, string url, ConcurrentQueue<string> log)
    {
        _process = process;
        _folder = folder;
        _log = log;
        Url = url;
    }

    public string Url { get; }

    /// <summary>The server's data folder: its database (<c>pmoflow.db</c>) and admin.key.</summary>
    public string DataFolder => _folder;

    /// <summary>The first admin key, read from the file the server wrote, as a newcomer would (<c>cat data/admin.key</c>).</summary>
    public string AdminKey { get; private set; } = "";

    /// <summary>Starts the server; <paramref name="settings"/> are passed on its command line (<c>--PmoFlow:Plugins:Path=...</c>).</summary>
    public static async Task<ServerProcess> StartAsync(params string[] settings)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"pmoflow-server-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var url = $"http://127.0.0.1:{FreePort()}";
        // The server's build output sits beside this project's, in the same configuration.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(CliRunner.RepositoryRoot(), "src", "PmoFlow.Server", "bin", configuration, "net10.0", "PmoFlow.Server.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { dll, "--urls", url, $"--PmoFlow:Storage:DataFolder={folder}" }.Concat(settings)) start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the server");
        var log = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => log.Enqueue(e.Data ?? "");
        process.ErrorDataReceived += (_, e) => log.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, folder, url, log);
        try
        {
            await server.WaitForDemoAsync();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    /// <summary>The seed creates lessons-learned-library last; once it exists the demo is complete.</summary>
    private async Task WaitForDemoAsync()
    {
        using var http = new HttpClient { BaseAddress = new Uri(Url) };
        var keyFile = Path.Combine(_folder, "admin.key");
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the server exited with code {_process.ExitCode}:\n{string.Join("\n", _log)}");
            try
            {
                // The server writes the key before it listens; until then there is nothing to ask.
                if (AdminKey.Length == 0 && File.Exists(keyFile)) AdminKey = (await File.ReadAllTextAsync(keyFile)).Trim();
                if (AdminKey.Length == 0)
                {
                    await Task.Delay(200);
                    continue;
                }
                using var request = new HttpRequestMessage(HttpMethod.Get, "/api/services/lessons-learned-library");
                request.Headers.Add("X-Api-Key", AdminKey);
                using var response = await http.SendAsync(request);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"the server at {Url} did not seed the demo within a minute:\n{string.Join("\n", _log)}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
