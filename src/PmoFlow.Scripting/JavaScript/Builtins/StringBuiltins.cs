using System.Text;
using PmoFlow.Scripting.JavaScript.Interpretation;
using PmoFlow.Scripting.JavaScript.Runtime;
using static PmoFlow.Scripting.JavaScript.Builtins.Args;

namespace PmoFlow.Scripting.JavaScript.Builtins;

internal static class StringBuiltins
{
    public static void Install(Dictionary<string, object?> globals)
    {
        var proto = Intrinsics.StringPrototype;
        Method(proto, "toString", 0, static (i, self, _) => This(i, self));
        Method(proto, "valueOf", 0, static (i, self, _) => This(i, self));
        Method(proto, "toUpperCase", 0, static (i, self, _) => This(i, self).ToUpperInvariant());
        Method(proto, "toLowerCase", 0, static (i, self, _) => This(i, self).ToLowerInvariant());
        Method(proto, "toLocaleUpperCase", 0, static (i, self, _) => This(i, self).ToUpperInvariant());
        Method(proto, "toLocaleLowerCase", 0, static (i, self, _) => This(i, self).ToLowerInvariant());
        Method(proto, "trim", 0, static (i, self, _) => This(i, self).Trim());
        Method(proto, "trimStart", 0, static (i, self, _) => This(i, self).TrimStart());
        Method(proto, "trimEnd", 0, static (i, self, _) => This(i, self).TrimEnd());
        Method(proto, "split", 2, static (i, self, a) => Split(i, This(i, self), a));
        Method(proto, "includes", 1, static (i, self, a) => JsValue.Boolean(This(i, self).IndexOf(i.ToString(At(a, 0)), Position(i, a, 1, 0), StringComparison.Ordinal) >= 0));
        Method(proto, "startsWith", 1, static (i, self, a) =>
        {
            var s = This(i, self);
            return JsValue.Boolean(s.AsSpan(Math.Min(Position(i, a, 1, 0), s.Length)).StartsWith(i.ToString(At(a, 0)), StringComparison.Ordinal));
        });
        Method(proto, "endsWith", 1, static (i, self, a) =>
        {
            var s = This(i, self);
            int end = IsMissing(a, 1) ? s.Length : Math.Clamp((int)JsConvert.ToInteger(i.ToNumber(a[1])), 0, s.Length);
            return JsValue.Boolean(s.AsSpan(0, end).EndsWith(i.ToString(At(a, 0)), StringComparison.Ordinal));
        });
        Method(proto, "indexOf", 1, static (i, self, a) =>
        {
            var s = This(i, self);
            return JsValue.Number(s.IndexOf(i.ToString(At(a, 0)), Math.Min(Position(i, a, 1, 0), s.Length), StringComparison.Ordinal));
        });
        Method(proto, "lastIndexOf", 1, static (i, self, a) => JsValue.Number(This(i, self).LastIndexOf(i.ToString(At(a, 0)), StringComparison.Ordinal)));
        Method(proto, "substring", 2, static (i, self, a) =>
        {
            var s = This(i, self);
            int start = Math.Clamp(Position(i, a, 0, 0), 0, s.Length);
            int end = Math.Clamp(Position(i, a, 1, s.Length), 0, s.Length);
            return start <= end ? s[start..end] : s[end..start];
        });
        Method(proto, "substr", 2, static (i, self, a) =>
        {
            var s = This(i, self);
            int start = RelativeIndex(i, At(a, 0), s.Length, 0);
            int length = Math.Clamp(Position(i, a, 1, s.Length - start), 0, s.Length - start);
            return s.Substring(start, length);
        });
        Method(proto, "slice", 2, static (i, self, a) =>
        {
            var s = This(i, self);
            int start = RelativeIndex(i, At(a, 0), s.Length, 0);
            int end = RelativeIndex(i, At(a, 1), s.Length, s.Length);
            return end > start ? s[start..end] : "";
        });
        Method(proto, "replace", 2, static (i, self, a) => Replace(i, This(i, self), a, all: false));
        Method(proto, "replaceAll", 2, static (i, self, a) => Replace(i, This(i, self), a, all: true));
        Method(proto, "padStart", 2, static (i, self, a) => Pad(i, This(i, self), a, start: true));
        Method(proto, "padEnd", 2, static (i, self, a) => Pad(i, This(i, self), a, start: false));
        Method(proto, "repeat", 1, static (i, self, a) =>
        {
            var s = This(i, self);
            double count = JsConvert.ToInteger(i.ToNumber(At(a, 0)));
            if (count < 0 || double.IsInfinity(count))
            {
                throw JsThrowException.RangeError("Invalid count value: " + JsNumber.ToString(count));
            }

            if (s.Length == 0 || count == 0)
            {
                return "";
            }

            i.AllocateString((long)Math.Min(count * s.Length, long.MaxValue / 4));
            return new StringBuilder(s.Length * (int)count).Insert(0, s, (int)count).ToString();
        });
        Method(proto, "charAt", 1, static (i, self, a) =>
        {
            var s = This(i, self);
            int index = Position(i, a, 0, 0);
            return index >= 0 && index < s.Length ? s[index].ToString() : "";
        });
        Method(proto, "charCodeAt", 1, static (i, self, a) =>
        {
            var s = This(i, self);
            int index = Position(i, a, 0, 0);
            return index >= 0 && index < s.Length ? JsValue.Number(s[index]) : JsValue.NaN;
        });
        Method(proto, "at", 1, static (i, self, a) =>
        {
            var s = This(i, self);
            int index = Position(i, a, 0, 0);
            index = index < 0 ? s.Length + index : index;
            return index >= 0 && index < s.Length ? s[index].ToString() : JsValue.Undefined;
        });
        Method(proto, "concat", 1, static (i, self, a) =>
        {
            var sb = new StringBuilder(This(i, self));
            foreach (var part in a)
            {
                sb.Append(i.ToString(part));
            }

            i.AllocateString(sb.Length);
            return sb.ToString();
        });
        Method(proto, "localeCompare", 1, static (i, self, a) => JsValue.Number(Math.Sign(string.CompareOrdinal(This(i, self), i.ToString(At(a, 0))))));

        var constructor = new NativeFunction("String", 1, static (i, _, a) => a.Length == 0 ? "" : i.ToString(a[0]));
        constructor.Define("prototype", proto);
        proto.Define("constructor", constructor);
        Method(constructor, "fromCharCode", 1, static (i, _, a) =>
        {
            var chars = new char[a.Length];
            for (int k = 0; k < a.Length; k++)
            {
                chars[k] = (char)(ushort)JsNumber.ToInt32(i.ToNumber(a[k]));
            }

            return new string(chars);
        });
        globals["String"] = constructor;
    }

    private static string This(Interpreter interpreter, object? self) => self switch
    {
        string s => s,
        null or JsUndefined => throw JsThrowException.TypeError("String.prototype method called on null or undefined"),
        _ => interpreter.ToString(self),
    };

    private static int Position(Interpreter interpreter, object?[] arguments, int index, int whenMissing)
    {
        if (IsMissing(arguments, index))
        {
            return whenMissing;
        }

        double n = JsConvert.ToInteger(interpreter.ToNumber(arguments[index]));
        return (int)Math.Clamp(n, int.MinValue, int.MaxValue);
    }

    private static JsArray Split(Interpreter interpreter, string s, object?[] arguments)
    {
        var items = new List<object?>();
        int limit = IsMissing(arguments, 1) ? int.MaxValue : (int)(uint)JsNumber.ToInt32(interpreter.ToNumber(arguments[1]));
        if (IsMissing(arguments, 0))
        {
            items.Add(s);
        }
        else
        {
            var separator = interpreter.ToString(arguments[0]);
            if (separator.Length == 0)
            {
                foreach (char c in s)
                {
                    items.Add(c.ToString());
                }
            }
            else
            {
                foreach (var part in s.Split(separator))
                {
                    items.Add(part);
                }
            }
        }

        if (items.Count > limit)
        {
            items.RemoveRange(limit, items.Count - limit);
        }

        interpreter.Allocate(32 + (16L * items.Count) + (2L * s.Length));
        return new JsArray(items);
    }

    private static string Replace(Interpreter interpreter, string s, object?[] arguments, bool all)
    {
        var pattern = interpreter.ToString(At(arguments, 0));
        var replacement = At(arguments, 1);
        var sb = new StringBuilder();
        int position = 0;
        while (true)
        {
            int found = s.IndexOf(pattern, position, StringComparison.Ordinal);
            if (found < 0 || (pattern.Length == 0 && found > s.Length))
            {
                break;
            }

            sb.Append(s, position, found - position);
            sb.Append(replacement is JsFunction f
                ? interpreter.ToString(interpreter.Call(f, JsValue.Undefined, [pattern, JsValue.Number(found), s]))
                : ExpandReplacement(interpreter.ToString(replacement), pattern, s, found));
            position = found + pattern.Length;
            interpreter.AllocateString(sb.Length);
            if (!all)
            {
                break;
            }

            if (pattern.Length == 0)
            {
                if (position >= s.Length)
                {
                    break;
                }

                sb.Append(s[position]);
                position++;
            }
        }

        sb.Append(s, position, s.Length - position);
        interpreter.AllocateString(sb.Length);
        return sb.ToString();
    }

    /// <summary>Handles the $$, $&amp;, $` and $' patterns of a string replacement.</summary>
    private static string ExpandReplacement(string replacement, string matched, string subject, int position)
    {
        if (!replacement.Contains('$', StringComparison.Ordinal))
        {
            return replacement;
        }

        var sb = new StringBuilder();
        for (int k = 0; k < replacement.Length; k++)
        {
            char c = replacement[k];
            if (c == '$' && k + 1 < replacement.Length)
            {
                switch (replacement[k + 1])
                {
                    case '$': sb.Append('$'); k++; continue;
                    case '&': sb.Append(matched); k++; continue;
                    case '`': sb.Append(subject, 0, position); k++; continue;
                    case '\'': sb.Append(subject, position + matched.Length, subject.Length - position - matched.Length); k++; continue;
                }
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static string Pad(Interpreter interpreter, string s, object?[] arguments, bool start)
    {
        double target = JsConvert.ToInteger(interpreter.ToNumber(At(arguments, 0)));
        var filler = IsMissing(arguments, 1) ? " " : interpreter.ToString(arguments[1]);
        if (target <= s.Length || filler.Length == 0)
        {
            return s;
        }

        interpreter.AllocateString((long)target);
        int padLength = (int)target - s.Length;
        var sb = new StringBuilder((int)target);
        while (sb.Length < padLength)
        {
            sb.Append(filler);
        }

        sb.Length = padLength;
        return start ? sb.Append(s).ToString() : s + sb;
    }
}
