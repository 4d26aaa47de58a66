using PmoFlow.Scripting.JavaScript.Ast;
using PmoFlow.Scripting.JavaScript.Runtime;

namespace PmoFlow.Scripting.JavaScript.Interpretation;

internal sealed partial class Interpreter
{
    private Completion ExecuteStatements(Statement[] statements)
    {
        foreach (var statement in statements)
        {
            var completion = Execute(statement);
            if (completion != Completion.Normal)
            {
                return completion;
            }
        }

        return Completion.Normal;
    }

    private Completion Execute(Statement statement)
    {
        // A block only groups statements; counting it too would double-count every loop body.
        if (statement.Kind != NodeKind.Block)
        {
            Step(statement);
        }

        try
        {
            switch (statement.Kind)
            {
                case NodeKind.ExpressionStatement:
                    var value = Evaluate(((ExpressionStatement)statement).Expression);
                    if (_callDepth == 0)
                    {
                        _completionValue = value;
                    }

                    return Completion.Normal;
                case NodeKind.VariableDeclaration:
                    ExecuteDeclaration((VariableDeclaration)statement);
                    return Completion.Normal;
                case NodeKind.FunctionDeclaration:
                case NodeKind.Empty:
                    return Completion.Normal;
                case NodeKind.Return:
                    var argument = ((ReturnStatement)statement).Argument;
                    _returnValue = argument is null ? JsValue.Undefined : Evaluate(argument);
                    return Completion.Return;
                case NodeKind.If:
                    var ifStatement = (IfStatement)statement;
                    if (JsConvert.ToBoolean(Evaluate(ifStatement.Test)))
                    {
                        return Execute(ifStatement.Consequent);
                    }

                    return ifStatement.Alternate is null ? Completion.Normal : Execute(ifStatement.Alternate);
                case NodeKind.Block:
                    return ExecuteBlock((BlockStatement)statement);
                case NodeKind.For:
                    return ExecuteFor((ForStatement)statement);
                case NodeKind.ForOf:
                case NodeKind.ForIn:
                    return ExecuteForInOf((ForInOfStatement)statement);
                case NodeKind.While:
                case NodeKind.DoWhile:
                    return ExecuteWhile((WhileStatement)statement);
                case NodeKind.Break:
                    _jumpLabel = ((JumpStatement)statement).Label;
                    return Completion.Break;
                case NodeKind.Continue:
                    _jumpLabel = ((JumpStatement)statement).Label;
                    return Completion.Continue;
                case NodeKind.Throw:
                    var thrown = Evaluate(((ThrowStatement)statement).Argument);
                    throw new JsThrowException(thrown).At(statement.Line, statement.Column);
                case NodeKind.Try:
                    return ExecuteTry((TryStatement)statement);
                case NodeKind.Switch:
                    return ExecuteSwitch((SwitchStatement)statement);
                case NodeKind.Labeled:
                    var labeled = (LabeledStatement)statement;
                    var completion = Execute(labeled.Body);
                    if (completion == Completion.Break && _jumpLabel == labeled.Label)
                    {
                        _jumpLabel = null;
                        return Completion.Normal;
                    }

                    return completion;
                default:
                    throw new InvalidOperationException($"Unexpected statement {statement.Kind}");
            }
        }
        catch (JsThrowException ex) when (ex.Line == 0)
        {
            // Errors raised without a position (from built-ins) take the statement's.
            ex.At(_line, _column);
            throw;
        }
    }

    private void ExecuteDeclaration(VariableDeclaration declaration)
    {
        foreach (var declarator in declaration.Declarators)
        {
            object? value;
            if (declarator.Init is null)
            {
                if (declaration.DeclarationKind == DeclarationKind.Var)
                {
                    continue; // `var x;` keeps a hoisted value
                }

                value = JsValue.Undefined;
            }
            else
            {
                value = Evaluate(declarator.Init);
                if (value is ScriptFunction { Name.Length: 0 } anonymous && declarator.Target is Identifier named)
                {
                    value = new ScriptFunction(anonymous.Node, anonymous.Scope, named.Name);
                }
            }

            BindTarget(declarator.Target, value, declaration.DeclarationKind);
        }
    }

    /// <summary>Binds a declared name or pattern: var assigns the hoisted binding, let/const declare in the current scope.</summary>
    private void BindTarget(Expression target, object? value, DeclarationKind? kind)
    {
        if (target is Identifier identifier)
        {
            if (kind is DeclarationKind.Let or DeclarationKind.Const)
            {
                _scope.Declare(identifier.Name, value, kind == DeclarationKind.Const);
            }
            else
            {
                AssignIdentifier(identifier, value);
            }

            return;
        }

        BindPattern(target, value, kind);
    }

    private Completion ExecuteBlock(BlockStatement block)
    {
        if (!block.NeedsScope)
        {
            return ExecuteStatements(block.Body);
        }

        var saved = _scope;
        _scope = new Scope(saved);
        try
        {
            HoistFunctions(_scope, block.Functions);
            return ExecuteStatements(block.Body);
        }
        finally
        {
            _scope = saved;
        }
    }

    private Completion ExecuteTry(TryStatement statement)
    {
        var completion = Completion.Normal;
        JsThrowException? pending = null;
        var saved = _scope;
        try
        {
            completion = ExecuteBlock(statement.Block);
        }
        catch (JsThrowException ex)
        {
            _scope = saved;
            if (statement.Handler is null)
            {
                pending = ex;
            }
            else
            {
                try
                {
                    completion = ExecuteCatch(statement, ex.Value);
                }
                catch (JsThrowException inner)
                {
                    pending = inner;
                }
            }
        }

        if (statement.Finalizer is not null)
        {
            _scope = saved;
            var returnValue = _returnValue;
            var label = _jumpLabel;
            var finalCompletion = ExecuteBlock(statement.Finalizer);
            if (finalCompletion != Completion.Normal)
            {
                return finalCompletion; // a jump in finally overrides everything, even a pending throw
            }

            _returnValue = returnValue;
            _jumpLabel = label;
        }

        if (pending is not null)
        {
            throw pending;
        }

        return completion;
    }

    private Completion ExecuteCatch(TryStatement statement, object? thrown)
    {
        var saved = _scope;
        _scope = new Scope(saved);
        try
        {
            if (statement.Parameter is not null)
            {
                BindTarget(statement.Parameter, thrown, DeclarationKind.Let);
            }

            return ExecuteBlock(statement.Handler!);
        }
        finally
        {
            _scope = saved;
        }
    }

    private Completion ExecuteSwitch(SwitchStatement statement)
    {
        var discriminant = Evaluate(statement.Discriminant);
        var saved = _scope;
        if (statement.NeedsScope)
        {
            _scope = new Scope(saved);
            HoistFunctions(_scope, statement.Functions);
        }

        try
        {
            int start = -1;
            for (int i = 0; i < statement.Cases.Length && start < 0; i++)
            {
                var test = statement.Cases[i].Test;
                if (test is not null && JsConvert.StrictEquals(discriminant, Evaluate(test)))
                {
                    start = i;
                }
            }

            if (start < 0)
            {
                start = Array.FindIndex(statement.Cases, c => c.Test is null);
                if (start < 0)
                {
                    return Completion.Normal;
                }
            }

            for (int i = start; i < statement.Cases.Length; i++)
            {
                var completion = ExecuteStatements(statement.Cases[i].Body);
                if (completion == Completion.Break && _jumpLabel is null)
                {
                    return Completion.Normal;
                }

                if (completion != Completion.Normal)
                {
                    return completion;
                }
            }

            return Completion.Normal;
        }
        finally
        {
            _scope = saved;
        }
    }
}
