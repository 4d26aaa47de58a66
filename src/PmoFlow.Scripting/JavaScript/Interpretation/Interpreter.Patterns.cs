using PmoFlow.Scripting.JavaScript.Ast;
using PmoFlow.Scripting.JavaScript.Runtime;

namespace PmoFlow.Scripting.JavaScript.Interpretation;

internal sealed partial class Interpreter
{
    /// <summary>Destructures <paramref name="value"/>; <paramref name="kind"/> null means plain assignment.</summary>
    private void BindPattern(Expression pattern, object? value, DeclarationKind? kind)
    {
        switch (pattern)
        {
            case ArrayPattern array:
                var items = new List<object?>();
                AppendSpread(items, value, array);
                for (int i = 0; i < array.Elements.Length; i++)
                {
                    if (array.Elements[i] is { } element)
                    {
                        BindElement(element, i < items.Count ? items[i] : JsValue.Undefined, kind);
                    }
                }

                if (array.Rest is not null)
                {
                    var rest = array.Elements.Length < items.Count ? items.GetRange(array.Elements.Length, items.Count - array.Elements.Length) : [];
                    BindOne(array.Rest, new JsArray(rest), kind);
                }

                break;
            case ObjectPattern obj:
                if (JsValue.IsNullish(value))
                {
                    throw JsThrowException.TypeError($"Cannot destructure {Describe(value)}").At(obj.Line, obj.Column);
                }

                var used = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in obj.Properties)
                {
                    string key = property.Key ?? ToPropertyKey(Evaluate(property.ComputedKey!));
                    used.Add(key);
                    BindElement(property.Value, GetMember(value, key, obj), kind);
                }

                if (obj.Rest is not null)
                {
                    var rest = new JsObject(Intrinsics.ObjectPrototype);
                    if (value is JsObject source)
                    {
                        foreach (var key in source.OwnKeys())
                        {
                            if (!used.Contains(key))
                            {
                                rest.Set(key, source.Get(key));
                            }
                        }
                    }

                    BindOne(obj.Rest, rest, kind);
                }

                break;
            default:
                throw JsThrowException.SyntaxError("Invalid destructuring target").At(pattern.Line, pattern.Column);
        }
    }

    private void BindElement(PatternElement element, object? value, DeclarationKind? kind)
    {
        if (value is JsUndefined && element.Default is not null)
        {
            value = Evaluate(element.Default);
        }

        BindOne(element.Target, value, kind);
    }

    private void BindOne(Expression target, object? value, DeclarationKind? kind)
    {
        if (kind is null)
        {
            AssignTarget(target, value);
        }
        else
        {
            BindTarget(target, value, kind);
        }
    }
}
