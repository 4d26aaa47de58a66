using PmoFlow.Abstractions.Activities;

namespace PmoFlow.Workflows.Activities.Scripting;

internal sealed class RunCSharp : IActivity, IScriptActivity
{
    public ActivityDescriptor Descriptor { get; } = Describe.Activity("Elsa.RunCSharp", "Scripting", "Run C# code; its return value is the result.",
        [Describe.Input("Script", description: "C# statements; 'return' gives the result.", uiHint: "code-editor")],
        [Describe.Output("Result")], displayName: "Run C#");

    public string Language => "CSharp";

    public ValueTask ExecuteAsync(IActivityExecutionContext context) => ScriptRunner.RunAsync(context, Language);
}
