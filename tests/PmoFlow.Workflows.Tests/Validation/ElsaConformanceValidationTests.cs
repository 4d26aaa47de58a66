using PmoFlow.Workflows.Validation;
using Xunit.Abstractions;

namespace PmoFlow.Workflows.Tests.Validation;

public class ElsaConformanceValidationTests(ITestOutputHelper output)
{
    private const string BadCron = "ImportAndPublish/bad-cron-expression.json";

    public static TheoryData<string> Workflows()
    {
        var data = new TheoryData<string>();
        if (ElsaConformance.WorkflowsFolder is not { } root) return data;
        foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
        return data;
    }

    [ElsaConformanceTheory]
    [MemberData(nameof(Workflows))]
    public void Validate_ElsaSampleWorkflow_HasNoErrors(string file)
    {
        var path = Path.Combine(ElsaConformance.WorkflowsFolder!, file);
        // Workflow-as-activity types (Sum, Child...) are the other definitions of the same folder, as in Elsa's tests.
        var validator = TestValidator.Create(InMemoryDefinitionProvider.FromFolder(Path.GetDirectoryName(path)!));

        var result = validator.Validate(File.ReadAllText(path), path);
        output.WriteLine(result.ToString());

        if (file == BadCron)
        {
            var error = Assert.Single(result.Messages);
            Assert.Equal(ValidationSeverity.Error, error.Severity);
            Assert.Equal("Error when parsing cron expression: The given cron expression has an invalid format. Seconds: Value must be a number between 0 and 59 (all inclusive).", error.Message);
        }
        else if (File.ReadAllText(path).Contains("\"Elsa.HttpEndpoint\"", StringComparison.Ordinal))
        {
            // PmoFlow has no HTTP activities yet: they are kept as unknown types, which is a warning.
            Assert.False(result.HasErrors, result.ToString());
            Assert.Contains(result.Warnings, w => w.Message.StartsWith("Activity type 'Elsa.HttpEndpoint' is not registered", StringComparison.Ordinal));
        }
        else
        {
            Assert.True(result.Messages.Count == 0, result.ToString());
        }
    }
}
