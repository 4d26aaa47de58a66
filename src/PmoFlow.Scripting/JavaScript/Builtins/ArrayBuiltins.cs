using System.Text;
using PmoFlow.Scripting.JavaScript.Interpretation;
using PmoFlow.Scripting.JavaScript.Runtime;
using static PmoFlow.Scripting.JavaScript.Builtins.Args;

namespace PmoFlow.Scripting.JavaScript.Builtins;

internal static partial class ArrayBuiltins
{
    private const int MaxLength = 100_000_000;

    public static void Install(Dictionary<string, object?> globals)
    {
        var proto = Intrinsics.ArrayPrototype;
        Method(proto, "push", 1, static (i, self, a) =>
        {
            var array = This(self);
            i.Allocate(16L * a.Length);
            array.Items.AddRange(a);
            return JsValue.Number(array.Items.Count);
        });
        Method(proto, "pop", 0, static (_, self, _) =>
        {
            var items = This(self).Items;
            if (items.Count == 0)
            {
                return JsValue.Undefined;
            }

            var last = items[^1];
            items.RemoveAt(items.Count - 1);
            return last;
        });
        Method(proto, "shift", 0, static (_, self, _) =>
        {
            var items = This(self).Items;
            if (items.Count == 0)
            {
                return JsValue.Undefined;
            }

            var first = items[0];
            items.RemoveAt(0);
            return first;
        });
        Method(proto, "unshift", 1, static (i, self, a) =>
        {
            var array = This(self);
            i.Allocate(16L * a.Length);
            array.Items.InsertRange(0, a);
            return JsValue.Number(array.Items.Count);
        });
        Method(proto, "join", 1, static (i, self, a) => Join(i, This(self), Args.IsMissing(a, 0) ? "," : i.ToString(a[0])));
        Method(proto, "toString", 0, static (i, self, _) => self is JsArray array ? Join(i, array, ",") : "[object Object]");
        Method(proto, "indexOf", 1, static (i, self, a) => JsValue.Number(IndexOf(i, This(self), a)));
        Method(proto, "lastIndexOf", 1, static (_, self, a) => JsValue.Number(This(self).Items.FindLastIndex(x => JsConvert.StrictEquals(x, At(a, 0)))));
        Method(proto, "includes", 1, static (_, self, a) =>
        {
            foreach (var item in This(self).Items)
            {
                if (JsConvert.SameValueZero(item, At(a, 0)))
                {
                    return JsValue.True;
                }
            }

            return JsValue.False;
        });
        Method(proto, "concat", 1, static (i, self, a) =>
        {
            var items = new List<object?>(This(self).Items);
            foreach (var value in a)
            {
                if (value is JsArray other)
                {
                    items.AddRange(other.Items);
                }
                else
                {
                    items.Add(value);
                }
            }

            i.Allocate(32 + (16L * items.Count));
            return new JsArray(items);
        });
        Method(proto, "slice", 2, static (i, self, a) =>
        {
            var items = This(self).Items;
            int start = RelativeIndex(i, At(a, 0), items.Count, 0);
            int end = RelativeIndex(i, At(a, 1), items.Count, items.Count);
            var slice = end > start ? items.GetRange(start, end - start) : [];
            i.Allocate(32 + (16L * slice.Count));
            return new JsArray(slice);
        });
        Method(proto, "splice", 2, static (i, self, a) => Splice(i, This(self), a));
        Method(proto, "reverse", 0, static (_, self, _) =>
        {
            This(self).Items.Reverse();
            return self;
        });
        Method(proto, "fill", 1, static (i, self, a) =>
        {
            var items = This(self).Items;
            int start = RelativeIndex(i, At(a, 1), items.Count, 0);
            int end = RelativeIndex(i, At(a, 2), items.Count, items.Count);
            for (int k = start; k < end; k++)
            {
                items[k] = At(a, 0);
            }

            return self;
        });
        Method(proto, "at", 1, static (i, self, a) =>
        {
            var array = This(self);
            double n = JsConvert.ToInteger(i.ToNumber(At(a, 0)));
            return array.GetIndex((int)(n < 0 ? array.Items.Count + n : n));
        });
        InstallIteration(proto);

        var constructor = new NativeFunction("Array", 1, static (i, _, a) => Create(i, a), static (i, a) => Create(i, a));
        constructor.Define("prototype", proto);
        proto.Define("constructor", constructor);
        Method(constructor, "isArray", 1, static (_, _, a) => JsValue.Boolean(At(a, 0) is JsArray));
        Method(constructor, "of", 0, static (i, _, a) =>
        {
            i.Allocate(32 + (16L * a.Length));
            return new JsArray([.. a]);
        });
        Method(constructor, "from", 1, static (i, _, a) => From(i, a));
        globals["Array"] = constructor;
    }

    internal static JsArray This(object? self) => self as JsArray ?? throw JsThrowException.TypeError("Array.prototype method called on a non-array");

    private static JsArray Create(Interpreter interpreter, object?[] arguments)
    {
        if (arguments.Length == 1 && arguments[0] is double length)
        {
            if (length < 0 || length != Math.Floor(length) || length > MaxLength)
            {
                throw JsThrowException.RangeError("Invalid array length");
            }

            interpreter.Allocate(32 + (16L * (long)length));
            var array = new JsArray(new List<object?>((int)length));
            array.SetLength((int)length);
            return array;
        }

        interpreter.Allocate(32 + (16L * arguments.Length));
        return new JsArray([.. arguments]);
    }

    private static JsArray From(Interpreter interpreter, object?[] arguments)
    {
        var source = At(arguments, 0);
        var items = new List<object?>();
        switch (source)
        {
            case JsArray array:
                items.AddRange(array.Items);
                break;
            case string text:
                foreach (char c in text)
                {
                    items.Add(c.ToString());
                }

                break;
            case JsObject obj when obj.Get("length") is double length:
                for (int k = 0; k < Math.Min(length, MaxLength); k++)
                {
                    interpreter.Allocate(16);
                    items.Add(obj.Get(JsNumber.ToString(k)));
                }

                break;
        }

        interpreter.Allocate(32 + (16L * items.Count));
        if (At(arguments, 1) is JsFunction map)
        {
            for (int k = 0; k < items.Count; k++)
            {
                items[k] = interpreter.Call(map, JsValue.Undefined, [items[k], JsValue.Number(k)]);
            }
        }

        return new JsArray(items);
    }

    private static string Join(Interpreter interpreter, JsArray array, string separator)
    {
        var sb = new StringBuilder();
        for (int k = 0; k < array.Items.Count; k++)
        {
            if (k > 0)
            {
                sb.Append(separator);
            }

            var item = array.Items[k];
            if (!JsValue.IsNullish(item))
            {
                // A self-containing array would recurse forever; JavaScript prints it as empty.
                sb.Append(ReferenceEquals(item, array) ? "" : interpreter.ToString(item));
            }

            interpreter.AllocateString(0);
        }

        interpreter.AllocateString(sb.Length);
        return sb.ToString();
    }

    private static int IndexOf(Interpreter interpreter, JsArray array, object?[] arguments)
    {
        var items = array.Items;
        int start = RelativeIndex(interpreter, At(arguments, 1), items.Count, 0);
        for (int k = start; k < items.Count; k++)
        {
            if (JsConvert.StrictEquals(items[k], At(arguments, 0)))
            {
                return k;
            }
        }

        return -1;
    }

    private static JsArray Splice(Interpreter interpreter, JsArray array, object?[] arguments)
    {
        var items = array.Items;
        int start = RelativeIndex(interpreter, At(arguments, 0), items.Count, 0);
        int deleteCount = arguments.Length switch
        {
            0 => 0,
            1 => items.Count - start,
            _ => (int)Math.Clamp(JsConvert.ToInteger(interpreter.ToNumber(arguments[1])), 0, items.Count - start),
        };
        var removed = items.GetRange(start, deleteCount);
        items.RemoveRange(start, deleteCount);
        if (arguments.Length > 2)
        {
            interpreter.Allocate(16L * (arguments.Length - 2));
            items.InsertRange(start, arguments[2..]);
        }

        return new JsArray(removed);
    }
}
