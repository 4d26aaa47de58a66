using System.Diagnostics;

namespace PmoFlow.Cli.Tests.Support;

/// <summary>Runs <c>pmoflow</c> in-process (fast) or as a real child process (what a user runs).</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> InvokeAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await PmoFlowCli.InvokeAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public static Task<(int ExitCode, string Output, string Error)> RunProcessAsync(string workingDirectory, params string[] args) =>
        RunProcessAsync(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Runs pmoflow in a child process with <paramref name="environment"/> added to its environment.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunProcessAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pmoflow.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start pmoflow");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PmoFlow.sln"))) return dir.FullName;
        throw new InvalidOperationException("PmoFlow.sln not found above the test assembly.");
    }

    public static List<string> Lines(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }
}
