using System.Text.Json.Nodes;
using PmoFlow.Workflows.Model;

namespace PmoFlow.Workflows.Validation;

/// <summary>
/// Variables are resolved by name when the workflow runs: SetVariable on an undeclared one faults, and an
/// output stored under an unknown memory reference is silently dropped.
/// </summary>
internal sealed class VariableRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var node in context.Nodes)
        {
            if (node.Type == "Elsa.SetVariable") CheckSetVariable(context, node);
            CheckOutputs(context, node);
        }
    }

    private static void CheckSetVariable(ValidationContext context, ActivityModel node)
    {
        var path = $"{node.JsonPath}.variable";
        var (id, name) = node.Json["variable"] switch
        {
            JsonObject v => (v.GetString("id"), v.GetString("name") ?? v.GetString("id")),
            JsonValue v => (null, v.AsString()),
            _ => (null, null),
        };
        if (string.IsNullOrEmpty(name))
        {
            context.Error(path, $"{ValidationContext.Describe(node)} does not name a variable; pick the variable to set.");
            return;
        }
        var scope = context.Scope;
        if (scope.VariablesByName.ContainsKey(name) || scope.VariablesById.ContainsKey(name) || (id is not null && scope.VariablesById.ContainsKey(id)))
            return;
        context.Error(path, $"{ValidationContext.Describe(node)} sets variable '{name}', which is not declared; declare it in the workflow's variables or pick a declared one.");
    }

    private static void CheckOutputs(ValidationContext context, ActivityModel node)
    {
        var scope = context.Scope;
        foreach (var (output, property) in node.InputProperties)
        {
            // Inputs carry memory references too (Elsa's "<id>:input-0"); only an entry without an expression is an output.
            if (property is not JsonObject wrapped || wrapped.ContainsKey("expression")) continue;
            if (wrapped["memoryReference"] is not JsonObject reference || reference.GetString("id") is not { Length: > 0 } id) continue;
            if (scope.VariablesById.ContainsKey(id) || scope.VariablesByName.ContainsKey(id) || scope.OutputsByName.ContainsKey(id)) continue;
            context.Warning($"{node.JsonPath}.{output}.memoryReference.id",
                $"{ValidationContext.Describe(node)}, output '{output}' is stored in '{id}', which is neither a declared variable nor a workflow output, so the value is dropped; declare it or clear the reference.");
        }
    }
}
