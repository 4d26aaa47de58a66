using System.Diagnostics;

namespace PmoFlow.Hosting.Tests.Crash;

/// <summary>Runs tests/PmoFlow.CrashHost as a real child process on a database file.</summary>
internal sealed class CrashHostProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private CrashHostProcess(string database, int services)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(HostDll());
        start.ArgumentList.Add(database);
        start.ArgumentList.Add(services.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data == "READY") _ready.TrySetResult();
            if (e.Data == "DONE") _done.TrySetResult();
        };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Errors.Add(e.Data); };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public List<string> Errors { get; } = [];

    public static CrashHostProcess Start(string database, int services) => new(database, services);

    public Task Ready => _ready.Task;

    public Task Done => _done.Task;

    /// <summary>SIGKILL: no shutdown code runs, as in a power cut or an OOM kill.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }

    private static string HostDll()
    {
        // bin/<Configuration>/net10.0 of this test assembly names the configuration the host was built in.
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testBin.Parent!.Name;
        for (var dir = testBin; dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PmoFlow.sln")))
                return Path.Combine(dir.FullName, "tests", "PmoFlow.CrashHost", "bin", configuration, testBin.Name, "PmoFlow.CrashHost.dll");
        throw new InvalidOperationException("PmoFlow.sln not found above the test assembly.");
    }
}
