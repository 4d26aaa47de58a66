using PmoFlow.Abstractions.Activities;
using PmoFlow.Abstractions.Expressions;
using PmoFlow.Workflows.Activities.Registry;
using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Runtime.Scopes;

namespace PmoFlow.Workflows.Validation;

/// <summary>One validation run: the definition, what it is checked against, and the messages found so far.</summary>
internal sealed class ValidationContext
{
    private readonly List<ValidationMessage> _messages = [];
    private readonly IReadOnlyDictionary<string, IExpressionEvaluator> _evaluators;
    private readonly Dictionary<string, IActivity?> _behaviors = new(StringComparer.Ordinal);
    private ScopeTemplate? _scope;

    public ValidationContext(WorkflowDefinition definition, IActivityRegistry registry, IReadOnlyDictionary<string, IExpressionEvaluator> evaluators)
    {
        Definition = definition;
        Registry = registry;
        _evaluators = evaluators;
        Nodes = [.. Descend(definition.Root)];
    }

    public WorkflowDefinition Definition { get; }

    public IActivityRegistry Registry { get; }

    /// <summary>Every activity of the definition in document order, the root first.</summary>
    public IReadOnlyList<ActivityModel> Nodes { get; }

    /// <summary>What the definition declares, computed as the runtime does so both agree on names.</summary>
    public ScopeTemplate Scope => _scope ??= new ScopeTemplate(Definition, null);

    public IReadOnlyList<ValidationMessage> Messages => _messages;

    /// <summary>The registered behaviour of a node, or null when its type is unknown.</summary>
    public IActivity? Behavior(ActivityModel node)
    {
        // Cached per run: a workflow-as-activity type is looked up in the definition store, and every rule asks.
        if (!_behaviors.TryGetValue(node.Type, out var behavior))
            _behaviors[node.Type] = behavior = Registry.IsKnown(node.Type) ? Registry.Resolve(node.Type) : null;
        return behavior;
    }

    public IExpressionEvaluator? Evaluator(string expressionType) => _evaluators.GetValueOrDefault(expressionType);

    public IEnumerable<string> EvaluatorTypes => _evaluators.Values.Select(e => e.ExpressionType).Distinct(StringComparer.OrdinalIgnoreCase);

    public void Error(string path, string message) => _messages.Add(new ValidationMessage(ValidationSeverity.Error, path, message));

    public void Warning(string path, string message) => _messages.Add(new ValidationMessage(ValidationSeverity.Warning, path, message));

    /// <summary>How messages name an activity: <c>Elsa.WriteLine 'WriteLine1'</c> (its name, else its id).</summary>
    public static string Describe(ActivityModel node) => $"{node.Type} '{node.DisplayName}'";

    private static IEnumerable<ActivityModel> Descend(ActivityModel node)
    {
        yield return node;
        foreach (var child in node.Children)
            foreach (var descendant in Descend(child))
                yield return descendant;
    }
}
