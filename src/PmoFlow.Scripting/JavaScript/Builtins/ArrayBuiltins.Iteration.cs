using PmoFlow.Scripting.JavaScript.Interpretation;
using PmoFlow.Scripting.JavaScript.Runtime;
using static PmoFlow.Scripting.JavaScript.Builtins.Args;

namespace PmoFlow.Scripting.JavaScript.Builtins;

internal static partial class ArrayBuiltins
{
    private static void InstallIteration(JsObject proto)
    {
        Method(proto, "forEach", 1, static (i, self, a) =>
        {
            var array = This(self);
            var callback = Callback(At(a, 0), "forEach");
            for (int k = 0; k < array.Items.Count; k++)
            {
                Invoke(i, callback, a, array, k);
            }

            return JsValue.Undefined;
        });
        Method(proto, "map", 1, static (i, self, a) =>
        {
            var array = This(self);
            var callback = Callback(At(a, 0), "map");
            i.Allocate(32 + (16L * array.Items.Count));
            var result = new List<object?>(array.Items.Count);
            for (int k = 0; k < array.Items.Count; k++)
            {
                result.Add(Invoke(i, callback, a, array, k));
            }

            return new JsArray(result);
        });
        Method(proto, "filter", 1, static (i, self, a) =>
        {
            var array = This(self);
            var callback = Callback(At(a, 0), "filter");
            var result = new List<object?>();
            for (int k = 0; k < array.Items.Count; k++)
            {
                var item = array.Items[k];
                if (JsConvert.ToBoolean(Invoke(i, callback, a, array, k)))
                {
                    i.Allocate(16);
                    result.Add(item);
                }
            }

            return new JsArray(result);
        });
        Method(proto, "find", 1, static (i, self, a) =>
        {
            int index = FindIndex(i, This(self), a, "find");
            return index < 0 ? JsValue.Undefined : This(self).Items[index];
        });
        Method(proto, "findIndex", 1, static (i, self, a) => JsValue.Number(FindIndex(i, This(self), a, "findIndex")));
        Method(proto, "some", 1, static (i, self, a) => JsValue.Boolean(FindIndex(i, This(self), a, "some") >= 0));
        Method(proto, "every", 1, static (i, self, a) =>
        {
            var array = This(self);
            var callback = Callback(At(a, 0), "every");
            for (int k = 0; k < array.Items.Count; k++)
            {
                if (!JsConvert.ToBoolean(Invoke(i, callback, a, array, k)))
                {
                    return JsValue.False;
                }
            }

            return JsValue.True;
        });
        Method(proto, "reduce", 1, static (i, self, a) => Reduce(i, This(self), a));
        Method(proto, "flat", 0, static (i, self, _) =>
        {
            var result = new List<object?>();
            foreach (var item in This(self).Items)
            {
                if (item is JsArray inner)
                {
                    result.AddRange(inner.Items);
                }
                else
                {
                    result.Add(item);
                }
            }

            i.Allocate(32 + (16L * result.Count));
            return new JsArray(result);
        });
        Method(proto, "sort", 1, static (i, self, a) =>
        {
            var array = This(self);
            var comparer = At(a, 0) as JsFunction;
            if (At(a, 0) is not JsUndefined && comparer is null)
            {
                throw JsThrowException.TypeError("The comparison function must be either a function or undefined");
            }

            var sorted = MergeSort(i, array.Items.ToArray(), comparer);
            array.Items.Clear();
            array.Items.AddRange(sorted);
            return array;
        });
    }

    private static object? Invoke(Interpreter interpreter, JsFunction callback, object?[] arguments, JsArray array, int index) =>
        interpreter.Call(callback, At(arguments, 1), [array.Items[index], JsValue.Number(index), array]);

    private static int FindIndex(Interpreter interpreter, JsArray array, object?[] arguments, string method)
    {
        var callback = Callback(At(arguments, 0), method);
        for (int k = 0; k < array.Items.Count; k++)
        {
            if (JsConvert.ToBoolean(Invoke(interpreter, callback, arguments, array, k)))
            {
                return k;
            }
        }

        return -1;
    }

    private static object? Reduce(Interpreter interpreter, JsArray array, object?[] arguments)
    {
        var callback = Callback(At(arguments, 0), "reduce");
        int k = 0;
        object? accumulator;
        if (arguments.Length > 1)
        {
            accumulator = arguments[1];
        }
        else if (array.Items.Count > 0)
        {
            accumulator = array.Items[0];
            k = 1;
        }
        else
        {
            throw JsThrowException.TypeError("Reduce of empty array with no initial value");
        }

        for (; k < array.Items.Count; k++)
        {
            accumulator = interpreter.Call(callback, JsValue.Undefined, [accumulator, array.Items[k], JsValue.Number(k), array]);
        }

        return accumulator;
    }

    /// <summary>
    /// A stable merge sort; List.Sort is neither stable nor safe with a script comparator that throws
    /// (it wraps exceptions) or is inconsistent.
    /// </summary>
    private static object?[] MergeSort(Interpreter interpreter, object?[] items, JsFunction? comparer)
    {
        if (items.Length < 2)
        {
            return items;
        }

        var buffer = new object?[items.Length];
        for (int width = 1; width < items.Length; width *= 2)
        {
            for (int left = 0; left < items.Length; left += 2 * width)
            {
                int mid = Math.Min(left + width, items.Length), right = Math.Min(left + (2 * width), items.Length);
                int a = left, b = mid, o = left;
                while (a < mid && b < right)
                {
                    buffer[o++] = Compare(interpreter, comparer, items[b], items[a]) < 0 ? items[b++] : items[a++];
                }

                while (a < mid)
                {
                    buffer[o++] = items[a++];
                }

                while (b < right)
                {
                    buffer[o++] = items[b++];
                }
            }

            (items, buffer) = (buffer, items);
        }

        return items;
    }

    private static double Compare(Interpreter interpreter, JsFunction? comparer, object? x, object? y)
    {
        // Undefined always sorts last, whatever the comparator says.
        if (x is JsUndefined || y is JsUndefined)
        {
            return x is JsUndefined ? (y is JsUndefined ? 0 : 1) : -1;
        }

        if (comparer is null)
        {
            return string.CompareOrdinal(interpreter.ToString(x), interpreter.ToString(y));
        }

        interpreter.StepNative();
        double result = interpreter.ToNumber(interpreter.Call(comparer, JsValue.Undefined, [x, y]));
        return double.IsNaN(result) ? 0 : result;
    }
}
