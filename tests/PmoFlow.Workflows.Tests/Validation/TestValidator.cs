using PmoFlow.Abstractions.Expressions;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Validation;

namespace PmoFlow.Workflows.Tests.Validation;

internal static class TestValidator
{
    /// <summary>A validator over the built-in activities with fake CSharp and JavaScript evaluators.</summary>
    public static WorkflowValidator Create(IWorkflowDefinitionProvider? definitions = null) =>
        new(TestActivityRegistry.Create(definitions), [new FakeExpressionEvaluator("CSharp"), new FakeExpressionEvaluator("JavaScript")]);

    public static WorkflowValidator Create(params IExpressionEvaluator[] evaluators) => new(TestActivityRegistry.Create(), evaluators);

    /// <summary>Validates and returns the one message expected.</summary>
    public static ValidationMessage Single(string json)
    {
        var result = Create().Validate(json);
        Assert.True(result.Messages.Count == 1, "Expected one message, got:\n" + result);
        return result.Messages[0];
    }
}
