using PmoFlow.Scripting.JavaScript.Interpretation;

namespace PmoFlow.Scripting.JavaScript.Runtime;

internal delegate object? NativeCall(Interpreter interpreter, object? thisValue, object?[] arguments);

internal delegate object NativeConstruct(Interpreter interpreter, object?[] arguments);

/// <summary>A built-in implemented in C#. Static delegates keep them allocation-free to call.</summary>
internal sealed class NativeFunction(string name, int length, NativeCall call, NativeConstruct? construct = null)
    : JsFunction(Intrinsics.FunctionPrototype)
{
    public override string Name { get; } = name;

    public override int Length { get; } = length;

    public NativeCall Call { get; } = call;

    /// <summary>What <c>new</c> does; null when the built-in is not a constructor.</summary>
    public NativeConstruct? Construct { get; } = construct;
}
