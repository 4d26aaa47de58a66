using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using PmoFlow.Abstractions.Rules;

namespace PmoFlow.Benchmarks.Rules;

/// <summary>
/// The Elsa way: the rule body as a <c>CSharpScript</c> with the rule API as its globals, run through a
/// <see cref="ScriptRunner{T}"/>. The runner is async, so each call allocates its state machine and task.
/// </summary>
public class ScriptedRule : RuleGlobals
{
    private static ScriptRunner<object>? s_runner;

    public static void Compile(string body)
    {
        var options = ScriptOptions.Default
            .WithReferences(typeof(RuleGlobals).Assembly, typeof(Enumerable).Assembly)
            .WithImports("System", "System.Collections.Generic", "System.Linq", "PmoFlow.Abstractions.Rules");
        s_runner = CSharpScript.Create<object>(body, options, globalsType: typeof(ScriptedRule)).CreateDelegate();
    }

    protected override void Evaluate() => s_runner!(this).GetAwaiter().GetResult();
}
