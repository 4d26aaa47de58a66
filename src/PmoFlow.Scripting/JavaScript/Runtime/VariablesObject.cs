using PmoFlow.Scripting.JavaScript.Interpretation;

namespace PmoFlow.Scripting.JavaScript.Runtime;

/// <summary>Elsa's <c>variables</c> global: properties read and write workflow variables through the context.</summary>
internal sealed class VariablesObject(Interpreter interpreter) : JsObject(Intrinsics.ObjectPrototype)
{
    public override bool TryGetOwnProperty(string key, out object? value)
    {
        if (interpreter.FindVariable(key) is { } name)
        {
            value = interpreter.ToJs(interpreter.Context.GetVariable(name));
            return true;
        }

        return base.TryGetOwnProperty(key, out value);
    }

    public override bool Set(string key, object? value)
    {
        if (interpreter.FindVariable(key) is { } name)
        {
            interpreter.Context.SetVariable(name, Interop.ToClr(value, name));
            return false;
        }

        return base.Set(key, value);
    }

    public override void CollectOwnKeys(List<string> keys)
    {
        foreach (var variable in interpreter.Context.Shape.Variables)
        {
            keys.Add(variable.Name);
        }

        base.CollectOwnKeys(keys);
    }
}
