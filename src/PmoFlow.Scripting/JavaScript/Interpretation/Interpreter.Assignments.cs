using PmoFlow.Scripting.JavaScript.Ast;
using PmoFlow.Scripting.JavaScript.Runtime;

namespace PmoFlow.Scripting.JavaScript.Interpretation;

internal sealed partial class Interpreter
{
    private object? EvaluateUpdate(UpdateExpression update)
    {
        double delta = update.Increment ? 1 : -1;
        if (update.Target is Identifier identifier)
        {
            double old = ToNumber(LookupIdentifier(identifier));
            var next = JsValue.Number(old + delta);
            AssignIdentifier(identifier, next);
            return update.Prefix ? next : JsValue.Number(old);
        }

        var member = (MemberExpression)update.Target;
        var target = Evaluate(member.Target);
        var key = MemberKey(member);
        double before = ToNumber(GetMember(target, key, member));
        var after = JsValue.Number(before + delta);
        SetMember(target, key, after, member);
        return update.Prefix ? after : JsValue.Number(before);
    }

    private object? EvaluateAssignment(AssignmentExpression assignment)
    {
        if (assignment.Operator is null && assignment.LogicalOperator is null)
        {
            var value = Evaluate(assignment.Value);
            AssignTarget(assignment.Target, value);
            return value;
        }

        if (assignment.Target is Identifier identifier)
        {
            var current = LookupIdentifier(identifier);
            if (!TryCombine(assignment, current, out var combined))
            {
                return current;
            }

            AssignIdentifier(identifier, combined);
            return combined;
        }

        var member = (MemberExpression)assignment.Target;
        var target = Evaluate(member.Target);
        var key = MemberKey(member);
        var existing = GetMember(target, key, member);
        if (!TryCombine(assignment, existing, out var result))
        {
            return existing;
        }

        SetMember(target, key, result, member);
        return result;
    }

    /// <summary>Computes a compound assignment; false when a logical assignment short-circuits.</summary>
    private bool TryCombine(AssignmentExpression assignment, object? current, out object? result)
    {
        if (assignment.LogicalOperator is { } logical)
        {
            bool assign = logical switch
            {
                LogicalOperator.And => JsConvert.ToBoolean(current),
                LogicalOperator.Or => !JsConvert.ToBoolean(current),
                _ => JsValue.IsNullish(current),
            };
            result = assign ? Evaluate(assignment.Value) : current;
            return assign;
        }

        result = EvaluateBinary(assignment.Operator!.Value, current, Evaluate(assignment.Value), assignment);
        return true;
    }

    private void AssignTarget(Expression target, object? value)
    {
        switch (target)
        {
            case Identifier identifier:
                AssignIdentifier(identifier, value);
                break;
            case MemberExpression member:
                SetMember(Evaluate(member.Target), MemberKey(member), value, member);
                break;
            default:
                BindPattern(target, value, null);
                break;
        }
    }
}
