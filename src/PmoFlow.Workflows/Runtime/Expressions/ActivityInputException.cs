using PmoFlow.Workflows.Runtime.Execution;

namespace PmoFlow.Workflows.Runtime.Expressions;

/// <summary>An activity input could not be evaluated; the message names the activity and the input.</summary>
internal sealed class ActivityInputException(ActivityExecutionContext context, string inputName, string problem, Exception? inner = null)
    : Exception($"{context.ActivityType} '{context.ActivityName ?? context.ActivityId}', input '{inputName}': {problem}", inner);
