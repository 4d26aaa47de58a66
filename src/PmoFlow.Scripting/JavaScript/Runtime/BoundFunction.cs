namespace PmoFlow.Scripting.JavaScript.Runtime;

/// <summary>The result of <c>fn.bind(thisArg, ...args)</c>.</summary>
internal sealed class BoundFunction(JsFunction target, object? boundThis, object?[] boundArguments)
    : JsFunction(Intrinsics.FunctionPrototype)
{
    public JsFunction Target { get; } = target;

    public object? BoundThis { get; } = boundThis;

    public object?[] BoundArguments { get; } = boundArguments;

    public override string Name => "bound " + Target.Name;

    public override int Length => Math.Max(0, Target.Length - BoundArguments.Length);
}
