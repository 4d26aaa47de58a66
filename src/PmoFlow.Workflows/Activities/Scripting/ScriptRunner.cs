using PmoFlow.Abstractions.Activities;
using PmoFlow.Abstractions.Expressions;
using PmoFlow.Workflows.Runtime.Execution;

namespace PmoFlow.Workflows.Activities.Scripting;

internal static class ScriptRunner
{
    public static async ValueTask RunAsync(IActivityExecutionContext context, string language)
    {
        var aec = (ActivityExecutionContext)context;
        var script = await context.GetInputAsync<string>("Script").ConfigureAwait(false) ?? "";
        object? result;
        try
        {
            result = await aec.Run.Inputs.RunScriptAsync(aec, language, script).ConfigureAwait(false);
        }
        catch (ExpressionException ex)
        {
            throw new InvalidOperationException($"{context.ActivityType} '{context.ActivityName ?? context.ActivityId}': {ex.Message}", ex);
        }
        context.SetOutput("Result", result);
        context.Complete();
    }
}
