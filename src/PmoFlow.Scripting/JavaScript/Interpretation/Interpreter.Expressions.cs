using System.Text;
using PmoFlow.Scripting.JavaScript.Ast;
using PmoFlow.Scripting.JavaScript.Runtime;

namespace PmoFlow.Scripting.JavaScript.Interpretation;

internal sealed partial class Interpreter
{
    /// <summary>Returned inside an optional chain once a <c>?.</c> meets null or undefined.</summary>
    private static readonly object ShortCircuit = new();

    private object? Evaluate(Expression expression)
    {
        switch (expression.Kind)
        {
            case NodeKind.NumberLiteral:
                return ((NumberLiteral)expression).Boxed;
            case NodeKind.StringLiteral:
                return ((StringLiteral)expression).Value;
            case NodeKind.BooleanLiteral:
                return JsValue.Boolean(((BooleanLiteral)expression).Value);
            case NodeKind.NullLiteral:
                return null;
            case NodeKind.Identifier:
                return LookupIdentifier((Identifier)expression);
            case NodeKind.This:
                return LookupThis();
            case NodeKind.TemplateLiteral:
                return EvaluateTemplate((TemplateLiteral)expression);
            case NodeKind.ArrayLiteral:
                return EvaluateArrayLiteral((ArrayLiteral)expression);
            case NodeKind.ObjectLiteral:
                return EvaluateObjectLiteral((ObjectLiteral)expression);
            case NodeKind.Function:
                return CreateFunction(((FunctionExpression)expression).Function, _scope);
            case NodeKind.Unary:
                return EvaluateUnary((UnaryExpression)expression);
            case NodeKind.Update:
                return EvaluateUpdate((UpdateExpression)expression);
            case NodeKind.Binary:
                var binary = (BinaryExpression)expression;
                var left = Evaluate(binary.Left);
                var right = Evaluate(binary.Right);
                return EvaluateBinary(binary.Operator, left, right, binary);
            case NodeKind.Logical:
                return EvaluateLogical((LogicalExpression)expression);
            case NodeKind.Assignment:
                return EvaluateAssignment((AssignmentExpression)expression);
            case NodeKind.Conditional:
                var conditional = (ConditionalExpression)expression;
                return JsConvert.ToBoolean(Evaluate(conditional.Test)) ? Evaluate(conditional.Consequent) : Evaluate(conditional.Alternate);
            case NodeKind.Call:
                return EvaluateCall((CallExpression)expression);
            case NodeKind.New:
                return EvaluateNew((NewExpression)expression);
            case NodeKind.Member:
                var member = (MemberExpression)expression;
                var target = Evaluate(member.Target);
                if (target == ShortCircuit || (member.Optional && JsValue.IsNullish(target)))
                {
                    return ShortCircuit;
                }

                return GetMember(target, MemberKey(member), member);
            case NodeKind.OptionalChain:
                var result = Evaluate(((OptionalChain)expression).Expression);
                return result == ShortCircuit ? JsValue.Undefined : result;
            case NodeKind.Sequence:
                object? last = JsValue.Undefined;
                foreach (var item in ((SequenceExpression)expression).Expressions)
                {
                    last = Evaluate(item);
                }

                return last;
            default:
                throw JsThrowException.SyntaxError($"Unexpected {expression.Kind} here").At(expression.Line, expression.Column);
        }
    }

    /// <summary>The property key of a member access: the name, or the evaluated computed key (number or string).</summary>
    private object? MemberKey(MemberExpression member) => member.Name ?? Evaluate(member.Computed!);

    private string EvaluateTemplate(TemplateLiteral template)
    {
        if (template.Expressions.Length == 0)
        {
            return template.Quasis[0];
        }

        var sb = new StringBuilder(template.Quasis[0]);
        for (int i = 0; i < template.Expressions.Length; i++)
        {
            sb.Append(ToString(Evaluate(template.Expressions[i])));
            sb.Append(template.Quasis[i + 1]);
        }

        AllocateString(sb.Length);
        return sb.ToString();
    }

    private JsArray EvaluateArrayLiteral(ArrayLiteral literal)
    {
        var items = new List<object?>(literal.Elements.Length);
        foreach (var element in literal.Elements)
        {
            if (element is SpreadElement spread)
            {
                AppendSpread(items, Evaluate(spread.Argument), spread);
            }
            else
            {
                items.Add(element is null ? JsValue.Undefined : Evaluate(element));
            }
        }

        Allocate(32 + (items.Count * 16L));
        return new JsArray(items);
    }

    private void AppendSpread(List<object?> items, object? value, Node site)
    {
        switch (value)
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
            default:
                throw JsThrowException.TypeError($"{Describe(value)} is not iterable").At(site.Line, site.Column);
        }
    }

    private JsObject EvaluateObjectLiteral(ObjectLiteral literal)
    {
        var obj = new JsObject(Intrinsics.ObjectPrototype);
        Allocate(48);
        foreach (var property in literal.Properties)
        {
            if (property.IsSpread)
            {
                var source = Evaluate(property.Value);
                CopyOwnProperties(source, obj);
                continue;
            }

            string key = property.Key ?? ToPropertyKey(Evaluate(property.ComputedKey!));
            var value = Evaluate(property.Value);
            if (value is ScriptFunction { Name.Length: 0 } anonymous)
            {
                value = new ScriptFunction(anonymous.Node, anonymous.Scope, key);
            }

            if (obj.Set(key, value))
            {
                Allocate(32 + (key.Length * 2L));
            }
        }

        return obj;
    }

    internal void CopyOwnProperties(object? source, JsObject target)
    {
        switch (source)
        {
            case JsObject from:
                foreach (var key in from.OwnKeys())
                {
                    if (target.Set(key, from.Get(key)))
                    {
                        Allocate(32 + (key.Length * 2L));
                    }
                }

                break;
            case string text:
                for (int i = 0; i < text.Length; i++)
                {
                    target.Set(JsNumber.ToString(i), text[i].ToString());
                }

                break;
        }
    }

    private object? EvaluateLogical(LogicalExpression logical)
    {
        var left = Evaluate(logical.Left);
        return logical.Operator switch
        {
            LogicalOperator.And => JsConvert.ToBoolean(left) ? Evaluate(logical.Right) : left,
            LogicalOperator.Or => JsConvert.ToBoolean(left) ? left : Evaluate(logical.Right),
            _ => JsValue.IsNullish(left) ? Evaluate(logical.Right) : left,
        };
    }

    private object? EvaluateUnary(UnaryExpression unary)
    {
        switch (unary.Operator)
        {
            case "typeof":
                if (unary.Operand is Identifier identifier && !TryLookupIdentifier(identifier.Name, out var found))
                {
                    return "undefined";
                }

                return JsConvert.TypeOf(Evaluate(unary.Operand));
            case "delete":
                return EvaluateDelete(unary.Operand);
        }

        var operand = Evaluate(unary.Operand);
        return unary.Operator switch
        {
            "!" => JsValue.Boolean(!JsConvert.ToBoolean(operand)),
            "-" => JsValue.Number(-ToNumber(operand)),
            "+" => JsValue.Number(ToNumber(operand)),
            "~" => JsValue.Number(~JsNumber.ToInt32(ToNumber(operand))),
            _ => JsValue.Undefined, // void
        };
    }

    private object EvaluateDelete(Expression operand)
    {
        if (operand is OptionalChain chain)
        {
            operand = chain.Expression;
        }

        if (operand is not MemberExpression member)
        {
            return JsValue.True;
        }

        var target = Evaluate(member.Target);
        if (target is JsObject obj)
        {
            return JsValue.Boolean(obj.Delete(ToPropertyKey(MemberKey(member))));
        }

        if (JsValue.IsNullish(target))
        {
            throw JsThrowException.TypeError($"Cannot convert {Describe(target)} to object").At(member.Line, member.Column);
        }

        return JsValue.True;
    }
}
