using PmoFlow.Scripting.JavaScript.Ast;
using PmoFlow.Scripting.JavaScript.Runtime;

namespace PmoFlow.Scripting.JavaScript.Interpretation;

internal sealed partial class Interpreter
{
    private object? EvaluateBinary(BinaryOperator op, object? left, object? right, Node site)
    {
        if (left is double a && right is double b)
        {
            switch (op)
            {
                case BinaryOperator.Add: return JsValue.Number(a + b);
                case BinaryOperator.Subtract: return JsValue.Number(a - b);
                case BinaryOperator.Multiply: return JsValue.Number(a * b);
                case BinaryOperator.Divide: return JsValue.Number(a / b);
                case BinaryOperator.Modulo: return JsValue.Number(a % b);
                case BinaryOperator.Less: return JsValue.Boolean(a < b);
                case BinaryOperator.Greater: return JsValue.Boolean(a > b);
                case BinaryOperator.LessOrEqual: return JsValue.Boolean(a <= b);
                case BinaryOperator.GreaterOrEqual: return JsValue.Boolean(a >= b);
                case BinaryOperator.StrictEqual:
                case BinaryOperator.Equal: return JsValue.Boolean(a == b);
                case BinaryOperator.StrictNotEqual:
                case BinaryOperator.NotEqual: return JsValue.Boolean(a != b);
            }
        }

        switch (op)
        {
            case BinaryOperator.Add:
                return Add(left, right);
            case BinaryOperator.Subtract:
                return JsValue.Number(ToNumber(left) - ToNumber(right));
            case BinaryOperator.Multiply:
                return JsValue.Number(ToNumber(left) * ToNumber(right));
            case BinaryOperator.Divide:
                return JsValue.Number(ToNumber(left) / ToNumber(right));
            case BinaryOperator.Modulo:
                return JsValue.Number(ToNumber(left) % ToNumber(right));
            case BinaryOperator.Exponent:
                return JsValue.Number(Power(ToNumber(left), ToNumber(right)));
            case BinaryOperator.StrictEqual:
                return JsValue.Boolean(JsConvert.StrictEquals(left, right));
            case BinaryOperator.StrictNotEqual:
                return JsValue.Boolean(!JsConvert.StrictEquals(left, right));
            case BinaryOperator.Equal:
                return JsValue.Boolean(LooseEquals(left, right));
            case BinaryOperator.NotEqual:
                return JsValue.Boolean(!LooseEquals(left, right));
            case BinaryOperator.Less:
                return JsValue.Boolean(Compare(left, right, leftFirst: true) is true);
            case BinaryOperator.Greater:
                return JsValue.Boolean(Compare(right, left, leftFirst: false) is true);
            case BinaryOperator.LessOrEqual:
                return JsValue.Boolean(Compare(right, left, leftFirst: false) is false);
            case BinaryOperator.GreaterOrEqual:
                return JsValue.Boolean(Compare(left, right, leftFirst: true) is false);
            case BinaryOperator.BitAnd:
                return JsValue.Number(JsNumber.ToInt32(ToNumber(left)) & JsNumber.ToInt32(ToNumber(right)));
            case BinaryOperator.BitOr:
                return JsValue.Number(JsNumber.ToInt32(ToNumber(left)) | JsNumber.ToInt32(ToNumber(right)));
            case BinaryOperator.BitXor:
                return JsValue.Number(JsNumber.ToInt32(ToNumber(left)) ^ JsNumber.ToInt32(ToNumber(right)));
            case BinaryOperator.LeftShift:
                return JsValue.Number(JsNumber.ToInt32(ToNumber(left)) << (JsNumber.ToInt32(ToNumber(right)) & 31));
            case BinaryOperator.RightShift:
                return JsValue.Number(JsNumber.ToInt32(ToNumber(left)) >> (JsNumber.ToInt32(ToNumber(right)) & 31));
            case BinaryOperator.UnsignedRightShift:
                return JsValue.Number((uint)JsNumber.ToInt32(ToNumber(left)) >> (JsNumber.ToInt32(ToNumber(right)) & 31));
            case BinaryOperator.In:
                if (right is not JsObject container)
                {
                    throw JsThrowException.TypeError($"Cannot use 'in' operator to search for '{ToString(left)}' in {Describe(right)}").At(site.Line, site.Column);
                }

                return JsValue.Boolean(container.HasProperty(ToPropertyKey(left)));
            case BinaryOperator.InstanceOf:
                return JsValue.Boolean(InstanceOf(left, right, site));
            default:
                throw new InvalidOperationException($"Unknown operator {op}");
        }
    }

    private object Add(object? left, object? right)
    {
        if (left is string ls && right is string rs)
        {
            return Concat(ls, rs);
        }

        var lp = ToPrimitive(left, preferString: false);
        var rp = ToPrimitive(right, preferString: false);
        if (lp is string || rp is string)
        {
            return Concat(JsConvert.PrimitiveToString(lp), JsConvert.PrimitiveToString(rp));
        }

        return JsValue.Number(JsConvert.PrimitiveToNumber(lp) + JsConvert.PrimitiveToNumber(rp));
    }

    private string Concat(string left, string right)
    {
        AllocateString((long)left.Length + right.Length);
        return string.Concat(left, right);
    }

    private static double Power(double x, double y)
    {
        // Math.Pow says 1^Infinity is 1 and NaN^0 is 1; JavaScript says NaN for the former.
        if (double.IsNaN(y) || (Math.Abs(x) == 1 && double.IsInfinity(y)))
        {
            return double.NaN;
        }

        return Math.Pow(x, y);
    }

    /// <summary>Abstract relational comparison: true, false, or null when either side is NaN.</summary>
    private bool? Compare(object? x, object? y, bool leftFirst)
    {
        object? px, py;
        if (leftFirst)
        {
            px = ToPrimitive(x, preferString: false);
            py = ToPrimitive(y, preferString: false);
        }
        else
        {
            py = ToPrimitive(y, preferString: false);
            px = ToPrimitive(x, preferString: false);
        }

        if (px is string sx && py is string sy)
        {
            return string.CompareOrdinal(sx, sy) < 0;
        }

        double nx = JsConvert.PrimitiveToNumber(px), ny = JsConvert.PrimitiveToNumber(py);
        if (double.IsNaN(nx) || double.IsNaN(ny))
        {
            return null;
        }

        return nx < ny;
    }

    private bool LooseEquals(object? x, object? y)
    {
        while (true)
        {
            if (JsValue.IsNullish(x) || JsValue.IsNullish(y))
            {
                return JsValue.IsNullish(x) && JsValue.IsNullish(y);
            }

            if (x?.GetType() == y?.GetType() || (x is JsObject && y is JsObject))
            {
                return JsConvert.StrictEquals(x, y);
            }

            switch (x, y)
            {
                case (double, string):
                    y = JsNumber.Parse((string)y);
                    continue;
                case (string, double):
                    x = JsNumber.Parse((string)x);
                    continue;
                case (bool, _):
                    x = JsConvert.PrimitiveToNumber(x);
                    continue;
                case (_, bool):
                    y = JsConvert.PrimitiveToNumber(y);
                    continue;
                case (JsObject, double or string):
                    x = ToPrimitive(x, preferString: false);
                    continue;
                case (double or string, JsObject):
                    y = ToPrimitive(y, preferString: false);
                    continue;
                default:
                    return false;
            }
        }
    }

    private bool InstanceOf(object? value, object? constructor, Node site)
    {
        if (constructor is not JsFunction function)
        {
            throw JsThrowException.TypeError("Right-hand side of 'instanceof' is not callable").At(site.Line, site.Column);
        }

        if (function is BoundFunction bound)
        {
            return InstanceOf(value, bound.Target, site);
        }

        if (value is not JsObject obj || function.Get("prototype") is not JsObject prototype)
        {
            return false;
        }

        for (var p = obj.Prototype; p is not null; p = p.Prototype)
        {
            if (ReferenceEquals(p, prototype))
            {
                return true;
            }
        }

        return false;
    }
}
