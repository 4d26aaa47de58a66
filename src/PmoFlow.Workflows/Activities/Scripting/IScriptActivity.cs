namespace PmoFlow.Workflows.Activities.Scripting;

/// <summary>An activity whose <c>script</c> input holds source code in <see cref="Language"/>, as a Literal.</summary>
internal interface IScriptActivity
{
    string Language { get; }
}
