using PmoFlow.Scripting.JavaScript.Ast;
using PmoFlow.Scripting.JavaScript.Runtime;

namespace PmoFlow.Scripting.JavaScript.Interpretation;

internal sealed partial class Interpreter
{
    private object? LookupIdentifier(Identifier identifier)
    {
        if (TryLookupIdentifier(identifier.Name, out var value))
        {
            return value;
        }

        throw JsThrowException.ReferenceError($"{identifier.Name} is not defined").At(identifier.Line, identifier.Column);
    }

    /// <summary>Script scopes first, then built-in globals, then the workflow accessors.</summary>
    private bool TryLookupIdentifier(string name, out object? value)
    {
        for (var scope = _scope; scope is not null; scope = scope.Parent)
        {
            int index = scope.IndexOf(name);
            if (index >= 0)
            {
                value = scope.GetAt(index);
                return true;
            }
        }

        if (Intrinsics.Globals.TryGetValue(name, out value))
        {
            return true;
        }

        return TryResolveHostName(name, out value);
    }

    private void AssignIdentifier(Identifier identifier, object? value)
    {
        for (var scope = _scope; scope is not null; scope = scope.Parent)
        {
            int index = scope.IndexOf(identifier.Name);
            if (index >= 0)
            {
                if (scope.IsConstant(index))
                {
                    throw JsThrowException.TypeError($"Assignment to constant variable '{identifier.Name}'").At(identifier.Line, identifier.Column);
                }

                scope.SetAt(index, value);
                return;
            }
        }

        if (Intrinsics.Globals.ContainsKey(identifier.Name))
        {
            throw JsThrowException.TypeError($"Cannot assign to built-in '{identifier.Name}'").At(identifier.Line, identifier.Column);
        }

        // Sloppy-mode scripts create a global on assignment to an undeclared name.
        Allocate(32);
        _global.Declare(identifier.Name, value);
    }

    private object? LookupThis()
    {
        for (var scope = _scope; scope is not null; scope = scope.Parent)
        {
            if (scope.HasThis)
            {
                return scope.ThisValue;
            }
        }

        return JsValue.Undefined;
    }
}
