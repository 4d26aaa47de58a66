using PmoFlow.Scripting.JavaScript.Ast;

namespace PmoFlow.Scripting.JavaScript.Runtime;

/// <summary>A closure: a shared, immutable function node plus the scope it was created in.</summary>
internal sealed class ScriptFunction(FunctionNode node, Scope scope, string? name = null)
    : JsFunction(Intrinsics.FunctionPrototype)
{
    private JsObject? _prototypeObject;

    public FunctionNode Node { get; } = node;

    public Scope Scope { get; } = scope;

    public override string Name { get; } = name ?? node.Name ?? "";

    public override int Length => Node.Parameters.Length;

    public override bool TryGetOwnProperty(string key, out object? value)
    {
        // Only non-arrow functions can be constructors; their prototype object is made on first use.
        if (key == "prototype" && !Node.IsArrow)
        {
            value = PrototypeObject;
            return true;
        }

        return base.TryGetOwnProperty(key, out value);
    }

    public override bool Set(string key, object? value)
    {
        if (key == "prototype" && !Node.IsArrow)
        {
            _prototypeObject = value as JsObject;
            return false;
        }

        return base.Set(key, value);
    }

    public JsObject PrototypeObject
    {
        get
        {
            if (_prototypeObject is null)
            {
                _prototypeObject = new JsObject(Intrinsics.ObjectPrototype);
                _prototypeObject.Set("constructor", this);
            }

            return _prototypeObject;
        }
    }
}
