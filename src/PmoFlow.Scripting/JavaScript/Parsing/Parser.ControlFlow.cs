using PmoFlow.Scripting.JavaScript.Ast;

namespace PmoFlow.Scripting.JavaScript.Parsing;

internal sealed partial class Parser
{
    private ReturnStatement ParseReturn()
    {
        var token = Next();
        Expression? argument = null;
        if (!Current.Is(";") && !Current.Is("}") && Current.Kind != TokenKind.EndOfFile && !Current.NewlineBefore)
        {
            argument = ParseExpression();
        }

        ConsumeSemicolon();
        return new ReturnStatement(argument, token.Line, token.Column);
    }

    private JumpStatement ParseJump()
    {
        var token = Next();
        string? label = null;
        if (Current.Kind == TokenKind.Identifier && !Current.NewlineBefore && !Reserved.Contains(Current.Value))
        {
            label = Next().Value;
        }

        ConsumeSemicolon();
        return new JumpStatement(token.Value == "break" ? NodeKind.Break : NodeKind.Continue, label, token.Line, token.Column);
    }

    private ThrowStatement ParseThrow()
    {
        var token = Next();
        if (Current.NewlineBefore)
        {
            throw new JsSyntaxException("Illegal newline after throw", token.Line, token.Column);
        }

        var argument = ParseExpression();
        ConsumeSemicolon();
        return new ThrowStatement(argument, token.Line, token.Column);
    }

    private TryStatement ParseTry()
    {
        var token = Next();
        var block = ParseBlock();
        Expression? parameter = null;
        BlockStatement? handler = null;
        BlockStatement? finalizer = null;
        if (Current.IsKeyword("catch"))
        {
            Next();
            if (Match("("))
            {
                // The catch parameter lives in the handler's scope, like a let.
                _blocks.Push(new BlockScopeInfo());
                parameter = ParseBindingTarget(DeclarationKind.Let);
                _blocks.Pop();
                Expect(")");
            }

            handler = ParseBlock();
        }

        if (Current.IsKeyword("finally"))
        {
            Next();
            finalizer = ParseBlock();
        }

        if (handler is null && finalizer is null)
        {
            throw Unexpected(Current, "missing catch or finally after try");
        }

        return new TryStatement(block, parameter, handler, finalizer, token.Line, token.Column);
    }

    private SwitchStatement ParseSwitch()
    {
        var token = Next();
        Expect("(");
        var discriminant = ParseExpression();
        Expect(")");
        Expect("{");
        var block = new BlockScopeInfo();
        _blocks.Push(block);
        var cases = new List<SwitchCase>();
        bool sawDefault = false;
        while (!Match("}"))
        {
            Expression? test = null;
            if (Current.IsKeyword("case"))
            {
                Next();
                test = ParseExpression();
            }
            else if (Current.IsKeyword("default") && !sawDefault)
            {
                Next();
                sawDefault = true;
            }
            else
            {
                throw Unexpected(Current, "expected 'case', 'default' or '}'");
            }

            Expect(":");
            var body = new List<Statement>();
            while (!Current.IsKeyword("case") && !Current.IsKeyword("default") && !Current.Is("}"))
            {
                if (Current.Kind == TokenKind.EndOfFile)
                {
                    throw Unexpected(Current, "expected '}'");
                }

                body.Add(ParseStatement());
            }

            cases.Add(new SwitchCase(test, [.. body]));
        }

        _blocks.Pop();
        return new SwitchStatement(discriminant, [.. cases], block.HasLexical || block.Functions.Count > 0, [.. block.Functions], token.Line, token.Column);
    }

    private LabeledStatement ParseLabeled()
    {
        var token = Next();
        Next();
        var body = ParseStatement();
        if (body is LoopStatement loop)
        {
            (loop.Labels ??= []).Add(token.Value);
        }
        else if (body is LabeledStatement { Body: LoopStatement inner })
        {
            (inner.Labels ??= []).Add(token.Value);
        }

        return new LabeledStatement(token.Value, body, token.Line, token.Column);
    }
}
