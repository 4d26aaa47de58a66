namespace PmoFlow.Scripting.JavaScript.Runtime;

internal enum HostFunctionKind
{
    GetVariable,
    SetVariable,
    GetInput,
    GetActivityOutput,
    GetWorkflowInstanceId,
    GetCorrelationId,
    GetLastResult,
    GetVariableByName,
    SetVariableByName,
    GetInputByName,
    GetOutputFrom,
}

/// <summary>
/// One of Elsa's generated accessors (<c>getCounter</c>, <c>getResultFromRunJavaScript1</c>...). Made on
/// demand when a script names it, so evaluations pay nothing for accessors they do not use.
/// </summary>
internal sealed class HostFunction(string name, HostFunctionKind kind, string? member = null, string? activity = null)
    : JsFunction(Intrinsics.FunctionPrototype)
{
    public override string Name { get; } = name;

    public override int Length => Kind is HostFunctionKind.SetVariable or HostFunctionKind.GetVariableByName or HostFunctionKind.GetInputByName ? 1 : 0;

    public HostFunctionKind Kind { get; } = kind;

    /// <summary>The variable, input or output name the accessor reads or writes.</summary>
    public string? Member { get; } = member;

    public string? Activity { get; } = activity;
}
