using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Runtime.State;
using PmoFlow.Workflows.Runtime.Values;

namespace PmoFlow.Workflows.Runtime.Scopes;

/// <summary>
/// The live memory of one workflow boundary during a run. Names resolve innermost first, so a child workflow's
/// input shadows the parent's input of the same name.
/// </summary>
internal sealed class Scope
{
    public Scope(ScopeTemplate template, ScopeState state, Scope? parent)
    {
        Template = template;
        State = state;
        Parent = parent;
    }

    public ScopeTemplate Template { get; }

    public ScopeState State { get; }

    public Scope? Parent { get; }

    /// <summary>Sets every declared variable that has no value yet to its initial value.</summary>
    public void InitializeVariables()
    {
        foreach (var v in Template.VariablesById.Values)
            if (!State.Variables.ContainsKey(v.Id)) State.Variables[v.Id] = ScopeTemplate.InitialValue(v);
    }

    public object? GetVariable(string name)
    {
        var (owner, variable) = FindVariable(name) ?? throw new KeyNotFoundException($"No variable named '{name}' is in scope.");
        return owner.State.Variables.TryGetValue(variable.Id, out var value) ? value : ScopeTemplate.InitialValue(variable);
    }

    public void SetVariable(string name, object? value)
    {
        var (owner, variable) = FindVariable(name) ?? throw new KeyNotFoundException($"No variable named '{name}' is in scope.");
        owner.State.Variables[variable.Id] = ConvertFor(variable, value);
    }

    public bool HasVariable(string name) => FindVariable(name) is not null;

    public object? GetInput(string name)
    {
        for (var s = this; s is not null; s = s.Parent)
            if (s.State.Input.TryGetValue(name, out var value)) return value;
        return null;
    }

    /// <summary>
    /// Writes to what an output's <c>memoryReference.id</c> points at: a variable id in scope, else this
    /// workflow's output of that name (how child workflows map activity outputs to their own outputs), else a
    /// variable name. Returns false when nothing matches.
    /// </summary>
    public bool TryWriteMemory(string id, object? value)
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            if (s.Template.VariablesById.TryGetValue(id, out var variable))
            {
                s.State.Variables[variable.Id] = ConvertFor(variable, value);
                return true;
            }
        }
        if (Template.OutputsByName.ContainsKey(id) || State.Output.ContainsKey(id))
        {
            State.Output[id] = value;
            return true;
        }
        if (FindVariable(id) is not null)
        {
            SetVariable(id, value);
            return true;
        }
        return false;
    }

    public void RecordActivityOutput(string activityId, string outputName, object? value)
    {
        if (!State.ActivityOutputs.TryGetValue(activityId, out var outputs))
            State.ActivityOutputs[activityId] = outputs = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        outputs[outputName] = value;
        if (string.Equals(outputName, "Result", StringComparison.OrdinalIgnoreCase)) State.LastResultActivityId = activityId;
    }

    public object? GetActivityOutput(string activityNameOrId, string? outputName)
    {
        for (var s = this; s is not null; s = s.Parent)
        {
            var id = s.Template.ActivityIdsByName.TryGetValue(activityNameOrId, out var byName) ? byName : activityNameOrId;
            if (s.State.ActivityOutputs.TryGetValue(id, out var outputs))
                return outputs.TryGetValue(outputName ?? "Result", out var value) ? value : null;
        }
        return null;
    }

    public object? LastResult =>
        State.LastResultActivityId is { } id && State.ActivityOutputs.TryGetValue(id, out var o) && o.TryGetValue("Result", out var v) ? v : null;

    private (Scope Owner, VariableDefinition Variable)? FindVariable(string name)
    {
        for (var s = this; s is not null; s = s.Parent)
            if (s.Template.VariablesByName.TryGetValue(name, out var v) || s.Template.VariablesById.TryGetValue(name, out v)) return (s, v);
        return null;
    }

    private static object? ConvertFor(VariableDefinition variable, object? value)
    {
        var type = TypeNames.Resolve(variable.TypeName, variable.IsArray);
        try
        {
            return ValueConverter.Convert(value, type);
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
        {
            throw new InvalidOperationException($"Cannot store {ValueConverter.ToText(value)} in variable '{variable.Name}' of type {variable.TypeName}.", ex);
        }
    }
}
