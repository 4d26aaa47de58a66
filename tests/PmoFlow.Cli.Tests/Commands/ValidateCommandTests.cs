using PmoFlow.Cli.Tests.Support;

namespace PmoFlow.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Validate_GoodFile_SaysOk()
    {
        var sample = Path.Combine(CliRunner.RepositoryRoot(), "workflows", "samples", "service-intake.json");
        var (exit, output, _) = await CliRunner.InvokeAsync("validate", sample);
        Assert.Equal(0, exit);
        Assert.Equal($"{sample}: ok", output.Trim());
    }

    [Fact]
    public async Task Validate_BadFiles_PrintFilePathAndMessage_AndExitOne()
    {
        var dir = Directory.CreateTempSubdirectory("pmoflow-validate-");
        try
        {
            var malformed = Path.Combine(dir.FullName, "malformed.json");
            await File.WriteAllTextAsync(malformed, "{\n  \"root\": {\n    \"id\": \"f\",\n    \"type\": \"Elsa.Flowchart\"\n    \"activities\": []\n  }\n}\n");
            var broken = Path.Combine(dir.FullName, "broken.json");
            await File.WriteAllTextAsync(broken, """
            { "root": { "id": "f", "type": "Elsa.Flowchart",
              "activities": [ { "id": "a", "type": "Elsa.WriteLine" } ],
              "connections": [ { "source": { "activity": "a", "port": "Done" }, "target": { "activity": "ghost", "port": "In" } } ] } }
            """);

            var (exit, output, _) = await CliRunner.InvokeAsync("validate", malformed, broken);

            Assert.Equal(1, exit);
            var lines = CliRunner.Lines(output);
            Assert.Contains(lines, l => l.StartsWith($"{malformed}: $", StringComparison.Ordinal) && l.Contains("error: malformed JSON", StringComparison.Ordinal) && l.Contains("(line 5, column 5)", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith($"{broken}: $.root.connections[0]: error: ", StringComparison.Ordinal) && l.Contains("ghost", StringComparison.Ordinal));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
