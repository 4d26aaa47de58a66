using PmoFlow.Abstractions.Expressions;
using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Runtime.Values;

namespace PmoFlow.Workflows.Runtime.Scopes;

/// <summary>
/// What one workflow boundary declares (variables, inputs, outputs, activity names), computed once per
/// definition version and shared by every run, together with the expression shape its activities see.
/// </summary>
internal sealed class ScopeTemplate
{
    public ScopeTemplate(WorkflowDefinition definition, ScopeTemplate? parent)
    {
        Definition = definition;
        Parent = parent;
        var variables = definition.Variables.Concat(AllNodes(definition.Root).SelectMany(n => n.Variables)).ToList();
        foreach (var v in variables)
        {
            VariablesById.TryAdd(v.Id, v);
            VariablesByName.TryAdd(v.Name, v);
        }
        foreach (var input in definition.Inputs) InputsByName.TryAdd(input.Name, input);
        foreach (var output in definition.Outputs) OutputsByName.TryAdd(output.Name, output);
        foreach (var node in AllNodes(definition.Root))
            if (!string.IsNullOrEmpty(node.Name)) ActivityIdsByName.TryAdd(node.Name!, node.Id);
        Shape = BuildShape();
    }

    public WorkflowDefinition Definition { get; }

    public ScopeTemplate? Parent { get; }

    public Dictionary<string, VariableDefinition> VariablesById { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, VariableDefinition> VariablesByName { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ArgumentDefinition> InputsByName { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, ArgumentDefinition> OutputsByName { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, string> ActivityIdsByName { get; } = new(StringComparer.Ordinal);

    public ExpressionShape Shape { get; }

    /// <summary>The initial value of a variable: its JSON value converted to its type, or the type's default.</summary>
    public static object? InitialValue(VariableDefinition variable)
    {
        var type = TypeNames.Resolve(variable.TypeName, variable.IsArray);
        if (variable.Value is null) return type.IsValueType ? Activator.CreateInstance(type) : null;
        try
        {
            return ValueConverter.Convert(variable.Value, type);
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
        {
            throw new InvalidOperationException($"Variable '{variable.Name}' ({variable.JsonPath}): initial value {variable.Value.ToJsonString()} is not a valid {variable.TypeName}.", ex);
        }
    }

    private ExpressionShape BuildShape()
    {
        var variables = new List<ExpressionMember>();
        var inputs = new List<ExpressionMember>();
        var seenVariables = new HashSet<string>(StringComparer.Ordinal);
        var seenInputs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var t = this; t is not null; t = t.Parent)
        {
            foreach (var v in t.VariablesByName.Values)
                if (seenVariables.Add(v.Name)) variables.Add(new ExpressionMember(v.Name, TypeNames.Resolve(v.TypeName, v.IsArray)));
            foreach (var i in t.InputsByName.Values)
                if (seenInputs.Add(i.Name)) inputs.Add(new ExpressionMember(i.Name, TypeNames.Resolve(i.TypeName, i.IsArray)));
        }
        return new ExpressionShape(variables, inputs);
    }

    private static IEnumerable<ActivityModel> AllNodes(ActivityModel root)
    {
        yield return root;
        foreach (var child in root.Children)
            foreach (var node in AllNodes(child))
                yield return node;
    }
}
