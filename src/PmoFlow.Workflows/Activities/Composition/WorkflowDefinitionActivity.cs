using PmoFlow.Abstractions.Activities;
using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Runtime.Execution;
using PmoFlow.Workflows.Runtime.State;
using PmoFlow.Workflows.Runtime.Values;

namespace PmoFlow.Workflows.Activities.Composition;

/// <summary>
/// A workflow used as an activity. Its body runs in a scope of its own (its inputs, variables and outputs), so
/// the same names at different levels never collide; its declared outputs flow back through the node's output
/// memory references, and an <c>Elsa.Complete</c> inside it completes it with that activity's outcomes.
/// </summary>
internal sealed class WorkflowDefinitionActivity : IActivity, ICompositeActivity, IWorkflowBoundary
{
    public const string PinnedVersionKey = "definitionVersionId";
    private readonly WorkflowDefinition _definition;

    public WorkflowDefinitionActivity(WorkflowDefinition definition)
    {
        _definition = definition;
        Descriptor = new ActivityDescriptor
        {
            TypeName = definition.ActivityTypeName,
            Name = definition.ActivityTypeName,
            Category = "Workflows",
            DisplayName = definition.Name ?? definition.ActivityTypeName,
            Description = definition.Json.GetString("description"),
            Version = definition.Version,
            Inputs = definition.Inputs.Select(i => new InputDescriptor
            {
                Name = i.Name, TypeName = i.TypeName, DisplayName = i.DisplayName ?? i.Name, Category = i.Category, UIHint = i.UIHint ?? "singleline",
            }).ToArray(),
            Outputs = definition.Outputs.Select(o => new OutputDescriptor { Name = o.Name, TypeName = o.TypeName, DisplayName = o.DisplayName ?? o.Name }).ToArray(),
            Ports = (definition.Outcomes.Count > 0 ? definition.Outcomes : ["Done"]).Select(o => new PortDescriptor(o, o)).ToArray(),
            CustomProperties = new Dictionary<string, object?>
            {
                ["RootType"] = "WorkflowDefinitionActivity",
                ["WorkflowDefinitionId"] = definition.DefinitionId,
                ["WorkflowDefinitionVersionId"] = definition.Id,
            },
        };
    }

    public ActivityDescriptor Descriptor { get; }

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        var aec = (ActivityExecutionContext)context;
        var scope = new ScopeState();
        foreach (var input in _definition.Inputs)
        {
            if (!aec.HasInput(input.Name)) continue;
            var value = await aec.GetInputAsync<object>(input.Name).ConfigureAwait(false);
            scope.Input[input.Name] = ValueConverter.Convert(value, TypeNames.Resolve(input.TypeName, input.IsArray));
        }

        // Pin the child version first: the scope and the attached child tree are resolved from it, now and on resume.
        aec.Properties[PinnedVersionKey] = _definition.Id;
        aec.State.Scope = scope;
        aec.ChildScope.InitializeVariables();
        aec.Schedule(aec.Run.Engine.AttachChildWorkflow(aec.Run.Graph, aec));
    }

    public ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ActivityExecutionContext child)
    {
        Finish(context, ["Done"]);
        return ValueTask.CompletedTask;
    }

    public void Finish(ActivityExecutionContext context, IReadOnlyList<string> outcomes)
    {
        var outputs = context.ChildScope.State.Output;
        foreach (var output in _definition.Outputs)
            if (outputs.TryGetValue(output.Name, out var value)) context.SetOutput(output.Name, value);
        context.Complete([.. outcomes]);
    }
}
