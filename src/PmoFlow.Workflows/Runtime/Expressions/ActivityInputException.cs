using PmoFlow.Workflows.Runtime.Execution;

namespace PmoFlow.Workflows.Runtime.Expressions;

/// <summary>An activity input could not be evaluated; the message names the input (the fault record names the activity).</summary>
internal sealed class ActivityInputException(ActivityExecutionContext context, string inputName, string problem, Exception? inner = null)
    : Exception($"input '{inputName}': {problem}", inner)
{
    /// <summary>The activity whose input failed, for messages that are read without the fault record around them.</summary>
    public string Activity { get; } = $"{context.ActivityType} '{context.ActivityName ?? context.ActivityId}'";
}
