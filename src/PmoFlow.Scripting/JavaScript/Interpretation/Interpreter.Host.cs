using PmoFlow.Abstractions.Expressions;
using PmoFlow.Scripting.JavaScript.Runtime;

namespace PmoFlow.Scripting.JavaScript.Interpretation;

internal sealed partial class Interpreter
{
    /// <summary>Resolves Elsa's globals by name, only when the script did not declare the name itself.</summary>
    private bool TryResolveHostName(string name, out object? value)
    {
        value = null;
        if (name == "variables")
        {
            value = VariablesObject;
            return true;
        }

        if (name.Length <= 3)
        {
            return false;
        }

        var rest = name.AsSpan(3);
        if (name.StartsWith("get", StringComparison.Ordinal))
        {
            if (FindVariable(rest) is { } variable)
            {
                value = new HostFunction(name, HostFunctionKind.GetVariable, variable);
            }
            else if (FindMember(_context.Shape.Inputs, rest) is { } input)
            {
                value = new HostFunction(name, HostFunctionKind.GetInput, input);
            }
            else
            {
                value = name switch
                {
                    "getWorkflowInstanceId" => new HostFunction(name, HostFunctionKind.GetWorkflowInstanceId),
                    "getCorrelationId" => new HostFunction(name, HostFunctionKind.GetCorrelationId),
                    "getLastResult" => new HostFunction(name, HostFunctionKind.GetLastResult),
                    "getVariable" => new HostFunction(name, HostFunctionKind.GetVariableByName),
                    "getInput" => new HostFunction(name, HostFunctionKind.GetInputByName),
                    "getOutputFrom" => new HostFunction(name, HostFunctionKind.GetOutputFrom),
                    _ => ResolveActivityOutput(name, rest),
                };
            }
        }
        else if (name.StartsWith("set", StringComparison.Ordinal))
        {
            if (FindVariable(rest) is { } variable)
            {
                value = new HostFunction(name, HostFunctionKind.SetVariable, variable);
            }
            else if (name == "setVariable")
            {
                value = new HostFunction(name, HostFunctionKind.SetVariableByName);
            }
        }

        return value is not null;
    }

    /// <summary><c>get{Output}From{Activity}</c>, for example <c>getResultFromRunJavaScript1</c>.</summary>
    private static HostFunction? ResolveActivityOutput(string name, ReadOnlySpan<char> rest)
    {
        int from = rest.IndexOf("From", StringComparison.Ordinal);
        if (from <= 0 || from + 4 >= rest.Length)
        {
            return null;
        }

        return new HostFunction(name, HostFunctionKind.GetActivityOutput, rest[..from].ToString(), rest[(from + 4)..].ToString());
    }

    internal string? FindVariable(ReadOnlySpan<char> accessorName) => FindMember(_context.Shape.Variables, accessorName);

    /// <summary>
    /// Matches the part after get/set to a declared name exactly, or with its first letter capitalized
    /// (Elsa generates <c>getMyNumber</c> for <c>myNumber</c>).
    /// </summary>
    private static string? FindMember(IReadOnlyList<ExpressionMember> members, ReadOnlySpan<char> name)
    {
        for (int i = 0; i < members.Count; i++)
        {
            var candidate = members[i].Name;
            if (name.SequenceEqual(candidate))
            {
                return candidate;
            }
        }

        for (int i = 0; i < members.Count; i++)
        {
            var candidate = members[i].Name;
            if (candidate.Length == name.Length && candidate.Length > 0 && char.IsLower(candidate[0])
                && name[0] == char.ToUpperInvariant(candidate[0]) && name[1..].SequenceEqual(candidate.AsSpan(1)))
            {
                return candidate;
            }
        }

        return null;
    }

    private object? InvokeHost(HostFunction host, object?[] arguments)
    {
        object? Argument(int i) => i < arguments.Length ? arguments[i] : JsValue.Undefined;

        switch (host.Kind)
        {
            case HostFunctionKind.GetVariable:
                return ToJs(_context.GetVariable(host.Member!));
            case HostFunctionKind.SetVariable:
                _context.SetVariable(host.Member!, Interop.ToClr(Argument(0), host.Member));
                return JsValue.Undefined;
            case HostFunctionKind.GetInput:
                return ToJs(_context.GetInput(host.Member!));
            case HostFunctionKind.GetActivityOutput:
                return ToJs(_context.GetActivityOutput(host.Activity!, host.Member));
            case HostFunctionKind.GetWorkflowInstanceId:
                return _context.WorkflowInstanceId;
            case HostFunctionKind.GetCorrelationId:
                return _context.CorrelationId;
            case HostFunctionKind.GetLastResult:
                return ToJs(_context.LastResult);
            case HostFunctionKind.GetVariableByName:
                return ToJs(_context.GetVariable(ToString(Argument(0))));
            case HostFunctionKind.SetVariableByName:
                var name = ToString(Argument(0));
                _context.SetVariable(name, Interop.ToClr(Argument(1), name));
                return JsValue.Undefined;
            case HostFunctionKind.GetInputByName:
                return ToJs(_context.GetInput(ToString(Argument(0))));
            default:
                var output = Argument(1);
                return ToJs(_context.GetActivityOutput(ToString(Argument(0)), JsValue.IsNullish(output) ? null : ToString(output)));
        }
    }
}
