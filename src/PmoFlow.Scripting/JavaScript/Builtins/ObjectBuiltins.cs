using PmoFlow.Scripting.JavaScript.Interpretation;
using PmoFlow.Scripting.JavaScript.Runtime;
using static PmoFlow.Scripting.JavaScript.Builtins.Args;

namespace PmoFlow.Scripting.JavaScript.Builtins;

internal static class ObjectBuiltins
{
    public static void Install(Dictionary<string, object?> globals)
    {
        var proto = Intrinsics.ObjectPrototype;
        Method(proto, "toString", 0, static (_, self, _) => self switch
        {
            null => "[object Null]",
            JsUndefined => "[object Undefined]",
            JsObject o => $"[object {o.ClassName}]",
            string => "[object String]",
            double => "[object Number]",
            _ => "[object Boolean]",
        });
        Method(proto, "toLocaleString", 0, static (i, self, _) => i.ToString(self));
        Method(proto, "valueOf", 0, static (_, self, _) => self);
        Method(proto, "hasOwnProperty", 1, static (i, self, a) => JsValue.Boolean(HasOwn(i, self, At(a, 0))));

        var constructor = new NativeFunction("Object", 1, static (i, _, a) => ToObject(i, At(a, 0)), static (i, a) => ToObject(i, At(a, 0)));
        constructor.Define("prototype", proto);
        proto.Define("constructor", constructor);
        Method(constructor, "keys", 1, static (i, _, a) => Collect(i, At(a, 0), EntryKind.Keys));
        Method(constructor, "values", 1, static (i, _, a) => Collect(i, At(a, 0), EntryKind.Values));
        Method(constructor, "entries", 1, static (i, _, a) => Collect(i, At(a, 0), EntryKind.Entries));
        Method(constructor, "assign", 2, static (i, _, a) => Assign(i, a));
        Method(constructor, "fromEntries", 1, static (i, _, a) => FromEntries(i, At(a, 0)));
        Method(constructor, "hasOwn", 2, static (i, _, a) => JsValue.Boolean(HasOwn(i, At(a, 0), At(a, 1))));
        Method(constructor, "freeze", 1, static (_, _, a) =>
        {
            (At(a, 0) as JsObject)?.Freeze();
            return At(a, 0);
        });
        Method(constructor, "isFrozen", 1, static (_, _, a) => JsValue.Boolean(At(a, 0) is not JsObject o || o.IsFrozen));
        Method(constructor, "getPrototypeOf", 1, static (_, _, a) => At(a, 0) switch
        {
            JsObject o => o.Prototype,
            string => Intrinsics.StringPrototype,
            double => Intrinsics.NumberPrototype,
            bool => Intrinsics.BooleanPrototype,
            _ => throw JsThrowException.TypeError("Cannot convert undefined or null to object"),
        });
        Method(constructor, "create", 2, static (i, _, a) =>
        {
            i.Allocate(48);
            return At(a, 0) switch
            {
                JsObject p => new JsObject(p),
                null => new JsObject(null),
                _ => throw JsThrowException.TypeError("Object prototype may only be an Object or null"),
            };
        });
        globals["Object"] = constructor;
    }

    private static JsObject ToObject(Interpreter interpreter, object? value)
    {
        if (value is JsObject obj)
        {
            return obj;
        }

        interpreter.Allocate(48);
        return new JsObject(Intrinsics.ObjectPrototype);
    }

    private static bool HasOwn(Interpreter interpreter, object? target, object? key)
    {
        var name = interpreter.ToPropertyKey(key);
        return target switch
        {
            JsObject o => o.TryGetOwnProperty(name, out _),
            string s => name == "length" || (JsArray.TryParseIndex(name, out int index) && index < s.Length),
            null or JsUndefined => throw JsThrowException.TypeError("Cannot convert undefined or null to object"),
            _ => false,
        };
    }

    private enum EntryKind
    {
        Keys,
        Values,
        Entries,
    }

    private static JsArray Collect(Interpreter interpreter, object? target, EntryKind kind)
    {
        if (JsValue.IsNullish(target))
        {
            throw JsThrowException.TypeError("Cannot convert undefined or null to object");
        }

        var keys = new List<string>();
        if (target is JsObject obj)
        {
            obj.CollectOwnKeys(keys);
        }
        else if (target is string s)
        {
            for (int i = 0; i < s.Length; i++)
            {
                keys.Add(JsNumber.ToString(i));
            }
        }

        interpreter.Allocate(32 + (16L * keys.Count));
        var items = new List<object?>(keys.Count);
        foreach (var key in keys)
        {
            object? value = kind == EntryKind.Keys ? null : interpreter.GetMember(target, key, null);
            items.Add(kind switch
            {
                EntryKind.Keys => key,
                EntryKind.Values => value,
                _ => new JsArray([key, value]),
            });
        }

        return new JsArray(items);
    }

    private static object? Assign(Interpreter interpreter, object?[] arguments)
    {
        if (At(arguments, 0) is not JsObject target)
        {
            throw JsThrowException.TypeError("Object.assign target must be an object");
        }

        for (int i = 1; i < arguments.Length; i++)
        {
            interpreter.CopyOwnProperties(arguments[i], target);
        }

        return target;
    }

    private static JsObject FromEntries(Interpreter interpreter, object? entries)
    {
        if (entries is not JsArray array)
        {
            throw JsThrowException.TypeError("Object.fromEntries expects an array of [key, value] pairs");
        }

        interpreter.Allocate(48);
        var result = new JsObject(Intrinsics.ObjectPrototype);
        foreach (var entry in array.Items)
        {
            if (entry is not JsArray pair)
            {
                throw JsThrowException.TypeError("Iterator value is not an entry object");
            }

            var key = interpreter.ToPropertyKey(pair.GetIndex(0));
            interpreter.Allocate(32 + (key.Length * 2L));
            result.Set(key, pair.GetIndex(1));
        }

        return result;
    }
}
