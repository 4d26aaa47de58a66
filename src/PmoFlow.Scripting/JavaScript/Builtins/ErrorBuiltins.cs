using PmoFlow.Scripting.JavaScript.Runtime;
using static PmoFlow.Scripting.JavaScript.Builtins.Args;

namespace PmoFlow.Scripting.JavaScript.Builtins;

internal static class ErrorBuiltins
{
    public static void Install(Dictionary<string, object?> globals)
    {
        Method(Intrinsics.ErrorPrototype, "toString", 0, static (_, self, _) => self is JsError error ? error.ToString() : "Error");
        Intrinsics.ErrorPrototype.Define("message", "");
        Define(globals, "Error", Intrinsics.ErrorPrototype);
        Define(globals, "TypeError", Intrinsics.TypeErrorPrototype);
        Define(globals, "RangeError", Intrinsics.RangeErrorPrototype);
        Define(globals, "ReferenceError", Intrinsics.ReferenceErrorPrototype);
        Define(globals, "SyntaxError", Intrinsics.SyntaxErrorPrototype);
    }

    private static void Define(Dictionary<string, object?> globals, string name, JsObject prototype)
    {
        NativeConstruct construct = (i, a) =>
        {
            i.Allocate(64);
            var error = new JsError(prototype, IsMissing(a, 0) ? "" : i.ToString(a[0]));
            if (At(a, 1) is JsObject options && options.TryGetOwnProperty("cause", out var cause))
            {
                error.Set("cause", cause);
            }

            return error;
        };
        var constructor = new NativeFunction(name, 1, (i, _, a) => construct(i, a), construct);
        constructor.Define("prototype", prototype);
        prototype.Define("constructor", constructor);
        prototype.Define("name", name);
        globals[name] = constructor;
    }
}
