using PmoFlow.Abstractions.Activities;

namespace PmoFlow.Workflows.Activities.Scripting;

internal sealed class RunJavaScript : IActivity, IScriptActivity
{
    public ActivityDescriptor Descriptor { get; } = Describe.Activity("Elsa.RunJavaScript", "Scripting", "Run JavaScript; its value is the result.",
        [Describe.Input("Script", description: "JavaScript; the last value or 'return' gives the result.", uiHint: "code-editor")],
        [Describe.Output("Result")], displayName: "Run JavaScript");

    public string Language => "JavaScript";

    public ValueTask ExecuteAsync(IActivityExecutionContext context) => ScriptRunner.RunAsync(context, Language);
}
