using PmoFlow.Scripting.JavaScript.Ast;
using PmoFlow.Scripting.JavaScript.Runtime;

namespace PmoFlow.Scripting.JavaScript.Interpretation;

internal sealed partial class Interpreter
{
    private object? EvaluateCall(CallExpression call)
    {
        object? thisValue = JsValue.Undefined;
        object? function;
        if (call.Callee is MemberExpression member)
        {
            var target = Evaluate(member.Target);
            if (target == ShortCircuit || (member.Optional && JsValue.IsNullish(target)))
            {
                return ShortCircuit;
            }

            function = GetMember(target, MemberKey(member), member);
            thisValue = target;
        }
        else
        {
            function = Evaluate(call.Callee);
            if (function == ShortCircuit)
            {
                return ShortCircuit;
            }
        }

        if (call.Optional && JsValue.IsNullish(function))
        {
            return ShortCircuit;
        }

        var arguments = EvaluateArguments(call.Arguments);
        if (function is not JsFunction callable)
        {
            throw JsThrowException.TypeError($"{DescribeCallee(call.Callee)} is not a function").At(call.Line, call.Column);
        }

        _line = call.Line;
        _column = call.Column;
        return Call(callable, thisValue, arguments, call);
    }

    private object?[] EvaluateArguments(Expression[] expressions)
    {
        if (expressions.Length == 0)
        {
            return [];
        }

        bool spread = false;
        foreach (var e in expressions)
        {
            spread |= e.Kind == NodeKind.Spread;
        }

        if (!spread)
        {
            var values = new object?[expressions.Length];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = Evaluate(expressions[i]);
            }

            return values;
        }

        var list = new List<object?>();
        foreach (var e in expressions)
        {
            if (e is SpreadElement s)
            {
                AppendSpread(list, Evaluate(s.Argument), s);
            }
            else
            {
                list.Add(Evaluate(e));
            }
        }

        return [.. list];
    }

    /// <summary>Calls any function value; used by the evaluator and by built-ins that take callbacks.</summary>
    internal object? Call(JsFunction function, object? thisValue, object?[] arguments, Node? site = null)
    {
        switch (function)
        {
            case ScriptFunction script:
                return Invoke(script, thisValue, arguments);
            case NativeFunction native:
                // Built-ins can recurse into script and into each other (join -> toString -> join), so they count too.
                EnterCall();
                try
                {
                    return native.Call(this, thisValue, arguments);
                }
                catch (JsThrowException ex) when (ex.Line == 0 && site is not null)
                {
                    throw ex.At(site.Line, site.Column);
                }
                finally
                {
                    ExitCall();
                }

            case HostFunction host:
                return InvokeHost(host, arguments);
            case BoundFunction bound:
                var combined = new object?[bound.BoundArguments.Length + arguments.Length];
                bound.BoundArguments.CopyTo(combined, 0);
                arguments.CopyTo(combined, bound.BoundArguments.Length);
                return Call(bound.Target, bound.BoundThis, combined, site);
            default:
                throw JsThrowException.TypeError($"{Describe(function)} is not a function");
        }
    }

    private object? Invoke(ScriptFunction function, object? thisValue, object?[] arguments)
    {
        EnterCall();
        var node = function.Node;
        var saved = _scope;
        var scope = new Scope(function.Scope);
        if (!node.IsArrow)
        {
            scope.BindThis(thisValue);
        }

        _scope = scope;
        try
        {
            var parameters = node.Parameters;
            for (int i = 0; i < parameters.Length; i++)
            {
                var value = i < arguments.Length ? arguments[i] : JsValue.Undefined;
                var parameter = parameters[i];
                if (value is JsUndefined && parameter.Default is not null)
                {
                    value = Evaluate(parameter.Default);
                }

                if (parameter.Target is Identifier identifier)
                {
                    scope.Declare(identifier.Name, value);
                }
                else
                {
                    BindPattern(parameter.Target, value, DeclarationKind.Let);
                }
            }

            if (node.RestParameter is not null)
            {
                var rest = new List<object?>();
                for (int i = parameters.Length; i < arguments.Length; i++)
                {
                    rest.Add(arguments[i]);
                }

                BindTarget(node.RestParameter, new JsArray(rest), DeclarationKind.Let);
            }

            if (node.UsesArguments)
            {
                scope.Declare("arguments", new JsArray([.. arguments]));
            }

            HoistDeclarations(scope, node.VarNames, node.Functions);
            if (node.ExpressionBody is not null)
            {
                return Evaluate(node.ExpressionBody);
            }

            var completion = ExecuteStatements(node.Body!);
            return completion == Completion.Return ? _returnValue : JsValue.Undefined;
        }
        finally
        {
            _scope = saved;
            ExitCall();
        }
    }

    private object? EvaluateNew(NewExpression expression)
    {
        var constructor = Evaluate(expression.Callee);
        var arguments = EvaluateArguments(expression.Arguments);
        _line = expression.Line;
        _column = expression.Column;
        return Construct(constructor, arguments, expression);
    }

    internal object? Construct(object? constructor, object?[] arguments, Node site)
    {
        switch (constructor)
        {
            case NativeFunction { Construct: { } construct }:
                try
                {
                    return construct(this, arguments);
                }
                catch (JsThrowException ex) when (ex.Line == 0)
                {
                    throw ex.At(site.Line, site.Column);
                }

            case ScriptFunction { Node.IsArrow: false } script:
                Allocate(48);
                var instance = new JsObject(script.PrototypeObject);
                var result = Invoke(script, instance, arguments);
                return result is JsObject ? result : instance;
            default:
                throw JsThrowException.TypeError($"{Describe(constructor)} is not a constructor").At(site.Line, site.Column);
        }
    }

    private static string DescribeCallee(Expression callee) => callee switch
    {
        Identifier identifier => identifier.Name,
        MemberExpression { Name: not null } member => DescribeCallee(member.Target) + "." + member.Name,
        MemberExpression member => DescribeCallee(member.Target) + "[...]",
        ThisExpression => "this",
        CallExpression call => DescribeCallee(call.Callee) + "(...)",
        _ => "expression",
    };
}
