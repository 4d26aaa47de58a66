using System.Collections.Frozen;
using PmoFlow.Scripting.JavaScript.Builtins;

namespace PmoFlow.Scripting.JavaScript.Runtime;

/// <summary>
/// The built-in objects, created once per process and frozen, so evaluations share them without any
/// per-evaluation setup and scripts cannot change them for one another.
/// </summary>
internal static class Intrinsics
{
    public static readonly JsObject ObjectPrototype = new(null);
    public static readonly JsObject FunctionPrototype = new(ObjectPrototype);
    public static readonly JsObject ArrayPrototype = new(ObjectPrototype);
    public static readonly JsObject StringPrototype = new(ObjectPrototype);
    public static readonly JsObject NumberPrototype = new(ObjectPrototype);
    public static readonly JsObject BooleanPrototype = new(ObjectPrototype);
    public static readonly JsObject DatePrototype = new(ObjectPrototype);
    public static readonly JsObject ErrorPrototype = new(ObjectPrototype);
    public static readonly JsObject TypeErrorPrototype = new(ErrorPrototype);
    public static readonly JsObject RangeErrorPrototype = new(ErrorPrototype);
    public static readonly JsObject ReferenceErrorPrototype = new(ErrorPrototype);
    public static readonly JsObject SyntaxErrorPrototype = new(ErrorPrototype);

    public static readonly FrozenDictionary<string, object?> Globals = CreateGlobals();

    private static FrozenDictionary<string, object?> CreateGlobals()
    {
        var globals = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["undefined"] = JsValue.Undefined,
            ["NaN"] = JsValue.NaN,
            ["Infinity"] = double.PositiveInfinity,
        };

        ObjectBuiltins.Install(globals);
        FunctionBuiltins.Install();
        ArrayBuiltins.Install(globals);
        StringBuiltins.Install(globals);
        NumberBuiltins.Install(globals);
        MathBuiltins.Install(globals);
        JsonBuiltins.Install(globals);
        DateBuiltins.Install(globals);
        ErrorBuiltins.Install(globals);
        GlobalFunctions.Install(globals);

        foreach (var prototype in new[]
        {
            ObjectPrototype, FunctionPrototype, ArrayPrototype, StringPrototype, NumberPrototype, BooleanPrototype, DatePrototype,
            ErrorPrototype, TypeErrorPrototype, RangeErrorPrototype, ReferenceErrorPrototype, SyntaxErrorPrototype,
        })
        {
            FreezeDeep(prototype);
        }

        foreach (var value in globals.Values)
        {
            if (value is JsObject obj)
            {
                FreezeDeep(obj);
            }
        }

        return globals.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void FreezeDeep(JsObject obj)
    {
        if (obj.IsFrozen)
        {
            return;
        }

        obj.Freeze();
        foreach (var key in obj.OwnKeys())
        {
            if (obj.TryGetOwnProperty(key, out var value) && value is JsObject child)
            {
                FreezeDeep(child);
            }
        }
    }
}
