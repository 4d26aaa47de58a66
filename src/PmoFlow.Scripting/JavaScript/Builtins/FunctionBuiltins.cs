using PmoFlow.Scripting.JavaScript.Runtime;
using static PmoFlow.Scripting.JavaScript.Builtins.Args;

namespace PmoFlow.Scripting.JavaScript.Builtins;

internal static class FunctionBuiltins
{
    public static void Install()
    {
        var proto = Intrinsics.FunctionPrototype;
        Method(proto, "call", 1, static (i, self, a) => i.Call(AsFunction(self), At(a, 0), a.Length > 1 ? a[1..] : []));
        Method(proto, "apply", 2, static (i, self, a) =>
        {
            var list = At(a, 1) switch
            {
                JsArray array => [.. array.Items],
                null or JsUndefined => Array.Empty<object?>(),
                _ => throw JsThrowException.TypeError("CreateListFromArrayLike called on non-object"),
            };
            return i.Call(AsFunction(self), At(a, 0), list);
        });
        Method(proto, "bind", 1, static (i, self, a) =>
        {
            i.Allocate(64);
            return new BoundFunction(AsFunction(self), At(a, 0), a.Length > 1 ? a[1..] : []);
        });
        Method(proto, "toString", 0, static (_, self, _) => $"function {AsFunction(self).Name}() {{ [code] }}");
    }

    private static JsFunction AsFunction(object? value) => value as JsFunction ?? throw JsThrowException.TypeError("Function.prototype method called on a non-function");
}
