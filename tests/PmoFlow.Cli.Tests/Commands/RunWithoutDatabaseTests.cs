using PmoFlow.Cli.Tests.Support;

namespace PmoFlow.Cli.Tests.Commands;

/// <summary><c>run</c> and <c>validate</c> use the workflow runtime only: they must never create PmoFlow's database.</summary>
public sealed class RunWithoutDatabaseTests
{
    [Fact]
    public async Task RunAndValidate_InAnEmptyFolder_CreateNoDataFolder()
    {
        var sample = Path.Combine(CliRunner.RepositoryRoot(), "workflows", "samples", "service-intake.json");
        var folder = Path.Combine(Path.GetTempPath(), $"pmoflow-run-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var (exit, _, error) = await CliRunner.RunProcessAsync(folder, "run", sample, "--input", "StrategicFit=5", "--input", "Urgency=4");
            Assert.True(exit == 0, error);
            (exit, _, error) = await CliRunner.RunProcessAsync(folder, "validate", sample);
            Assert.True(exit == 0, error);
            Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
