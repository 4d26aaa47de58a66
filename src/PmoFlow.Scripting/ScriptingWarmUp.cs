using PmoFlow.Scripting.CSharp;

namespace PmoFlow.Scripting;

internal sealed class ScriptingWarmUp(CSharpEvaluator evaluator) : IScriptingWarmUp
{
    public void WarmUp() => evaluator.WarmUp();
}
