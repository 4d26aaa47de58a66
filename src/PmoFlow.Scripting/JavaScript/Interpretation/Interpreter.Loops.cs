using PmoFlow.Scripting.JavaScript.Ast;
using PmoFlow.Scripting.JavaScript.Runtime;

namespace PmoFlow.Scripting.JavaScript.Interpretation;

internal sealed partial class Interpreter
{
    /// <summary>Decides what a loop does after its body: true to leave the loop with <paramref name="exit"/>.</summary>
    private bool ShouldExitLoop(LoopStatement loop, Completion completion, out Completion exit)
    {
        exit = Completion.Normal;
        switch (completion)
        {
            case Completion.Normal:
                return false;
            case Completion.Break:
                if (_jumpLabel is null)
                {
                    return true;
                }

                exit = completion;
                return true;
            case Completion.Continue:
                if (_jumpLabel is null || (loop.Labels?.Contains(_jumpLabel) ?? false))
                {
                    _jumpLabel = null;
                    return false;
                }

                exit = completion;
                return true;
            default:
                exit = completion;
                return true;
        }
    }

    private Completion ExecuteFor(ForStatement loop)
    {
        var saved = _scope;
        bool perIteration = loop.Init is VariableDeclaration { DeclarationKind: not DeclarationKind.Var };
        if (perIteration)
        {
            _scope = new Scope(saved);
        }

        try
        {
            if (loop.Init is not null)
            {
                Execute(loop.Init);
            }

            while (true)
            {
                if (loop.Test is not null && !JsConvert.ToBoolean(Evaluate(loop.Test)))
                {
                    return Completion.Normal;
                }

                Step(loop);
                if (ShouldExitLoop(loop, Execute(loop.Body), out var exit))
                {
                    return exit;
                }

                if (perIteration)
                {
                    _scope = _scope.CopyForNextIteration();
                }

                if (loop.Update is not null)
                {
                    Evaluate(loop.Update);
                }
            }
        }
        finally
        {
            _scope = saved;
        }
    }

    private Completion ExecuteWhile(WhileStatement loop)
    {
        bool first = loop.Kind == NodeKind.DoWhile;
        while (true)
        {
            if (!first && !JsConvert.ToBoolean(Evaluate(loop.Test)))
            {
                return Completion.Normal;
            }

            first = false;
            Step(loop);
            if (ShouldExitLoop(loop, Execute(loop.Body), out var exit))
            {
                return exit;
            }
        }
    }

    private Completion ExecuteForInOf(ForInOfStatement loop)
    {
        var subject = Evaluate(loop.Right);
        if (loop.Kind == NodeKind.ForIn)
        {
            if (JsValue.IsNullish(subject))
            {
                return Completion.Normal;
            }

            var keys = EnumerableKeys(subject);
            for (int i = 0; i < keys.Count; i++)
            {
                if (RunIteration(loop, keys[i], out var exit))
                {
                    return exit;
                }
            }

            return Completion.Normal;
        }

        switch (subject)
        {
            case JsArray array:
                // Reads the live list so pushes during iteration are seen, as in JavaScript.
                for (int i = 0; i < array.Items.Count; i++)
                {
                    if (RunIteration(loop, array.Items[i], out var exit))
                    {
                        return exit;
                    }
                }

                return Completion.Normal;
            case string text:
                for (int i = 0; i < text.Length; i++)
                {
                    int length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
                    if (RunIteration(loop, text.Substring(i, length), out var exit))
                    {
                        return exit;
                    }

                    i += length - 1;
                }

                return Completion.Normal;
            default:
                throw JsThrowException.TypeError($"{Describe(subject)} is not iterable").At(loop.Right.Line, loop.Right.Column);
        }
    }

    private List<string> EnumerableKeys(object? subject)
    {
        var keys = new List<string>();
        switch (subject)
        {
            case JsObject obj:
                obj.CollectOwnKeys(keys);
                break;
            case string text:
                for (int i = 0; i < text.Length; i++)
                {
                    keys.Add(JsNumber.ToString(i));
                }

                break;
        }

        return keys;
    }

    private bool RunIteration(ForInOfStatement loop, object? value, out Completion exit)
    {
        Step(loop);
        var saved = _scope;
        if (loop.DeclarationKind is DeclarationKind.Let or DeclarationKind.Const)
        {
            _scope = new Scope(saved);
        }

        try
        {
            if (loop.DeclarationKind is null)
            {
                AssignTarget(loop.Left, value);
            }
            else
            {
                BindTarget(loop.Left, value, loop.DeclarationKind);
            }

            return ShouldExitLoop(loop, Execute(loop.Body), out exit);
        }
        finally
        {
            _scope = saved;
        }
    }
}
