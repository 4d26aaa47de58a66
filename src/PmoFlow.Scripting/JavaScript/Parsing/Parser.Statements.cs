using PmoFlow.Scripting.JavaScript.Ast;

namespace PmoFlow.Scripting.JavaScript.Parsing;

internal sealed partial class Parser
{
    private Statement ParseStatement()
    {
        var token = Current;
        Enter(token);
        try
        {
            if (token.Kind == TokenKind.Punctuator)
            {
                if (token.Value == "{")
                {
                    return ParseBlock();
                }

                if (token.Value == ";")
                {
                    Next();
                    return new EmptyStatement(token.Line, token.Column);
                }
            }
            else if (token.Kind == TokenKind.Identifier)
            {
                switch (token.Value)
                {
                    case "var":
                    case "const":
                        return ParseDeclarationStatement();
                    case "let" when PeekToken().Kind == TokenKind.Identifier || PeekToken().Is("[") || PeekToken().Is("{"):
                        return ParseDeclarationStatement();
                    case "function":
                        return ParseFunctionDeclaration();
                    case "if":
                        return ParseIf();
                    case "for":
                        return ParseFor();
                    case "while":
                        return ParseWhile();
                    case "do":
                        return ParseDoWhile();
                    case "return":
                        return ParseReturn();
                    case "break":
                    case "continue":
                        return ParseJump();
                    case "throw":
                        return ParseThrow();
                    case "try":
                        return ParseTry();
                    case "switch":
                        return ParseSwitch();
                    case "class":
                    case "import":
                    case "export":
                    case "with":
                        throw new JsSyntaxException($"'{token.Value}' is not supported", token.Line, token.Column);
                    default:
                        if (!Reserved.Contains(token.Value) && PeekToken().Is(":"))
                        {
                            return ParseLabeled();
                        }

                        break;
                }
            }

            var expression = ParseExpression();
            ConsumeSemicolon();
            return new ExpressionStatement(expression, token.Line, token.Column);
        }
        finally
        {
            Exit();
        }
    }

    private BlockStatement ParseBlock()
    {
        var open = Expect("{");
        var block = new BlockScopeInfo();
        _blocks.Push(block);
        var body = new List<Statement>();
        while (!Current.Is("}"))
        {
            if (Current.Kind == TokenKind.EndOfFile)
            {
                throw Unexpected(Current, "expected '}'");
            }

            body.Add(ParseStatement());
        }

        Next();
        _blocks.Pop();
        return new BlockStatement([.. body], block.HasLexical || block.Functions.Count > 0, [.. block.Functions], open.Line, open.Column);
    }

    private VariableDeclaration ParseDeclarationStatement()
    {
        var declaration = ParseDeclaration();
        ConsumeSemicolon();
        return declaration;
    }

    private VariableDeclaration ParseDeclaration()
    {
        var token = Next();
        var kind = token.Value switch { "var" => DeclarationKind.Var, "let" => DeclarationKind.Let, _ => DeclarationKind.Const };
        var declarators = new List<VariableDeclarator>();
        do
        {
            var target = ParseBindingTarget(kind);
            Expression? init = null;
            if (Match("="))
            {
                init = ParseAssignment();
            }
            else if (kind == DeclarationKind.Const && !IsForInOfKeyword())
            {
                throw Unexpected(Current, "missing initializer in const declaration");
            }

            declarators.Add(new VariableDeclarator(target, init));
        }
        while (Match(","));

        return new VariableDeclaration(kind, [.. declarators], token.Line, token.Column);
    }

    private bool IsForInOfKeyword() => Current.IsKeyword("in") || Current.IsKeyword("of");

    /// <summary>Parses an identifier or destructuring pattern and records the names it declares.</summary>
    private Expression ParseBindingTarget(DeclarationKind? kind)
    {
        var token = Current;
        Expression target;
        if (token.Is("["))
        {
            target = ParseArrayPattern(kind);
        }
        else if (token.Is("{"))
        {
            target = ParseObjectPattern(kind);
        }
        else
        {
            var name = ExpectIdentifier();
            target = new Identifier(name, token.Line, token.Column);
            if (kind == DeclarationKind.Var)
            {
                _functions.Peek().AddVar(name);
            }
            else if (kind is not null)
            {
                _blocks.Peek().HasLexical = true;
            }
        }

        return target;
    }

    private Statement ParseFunctionDeclaration()
    {
        var token = Next();
        var function = ParseFunctionRest(token, requireName: true);
        var declaration = new FunctionDeclaration(function, token.Line, token.Column);
        _blocks.Peek().Functions.Add(declaration);
        return declaration;
    }

    private IfStatement ParseIf()
    {
        var token = Next();
        Expect("(");
        var test = ParseExpression();
        Expect(")");
        var consequent = ParseStatement();
        Statement? alternate = null;
        if (Current.IsKeyword("else"))
        {
            Next();
            alternate = ParseStatement();
        }

        return new IfStatement(test, consequent, alternate, token.Line, token.Column);
    }

    private WhileStatement ParseWhile()
    {
        var token = Next();
        Expect("(");
        var test = ParseExpression();
        Expect(")");
        return new WhileStatement(test, ParseStatement(), isDoWhile: false, token.Line, token.Column);
    }

    private WhileStatement ParseDoWhile()
    {
        var token = Next();
        var body = ParseStatement();
        ExpectKeyword("while");
        Expect("(");
        var test = ParseExpression();
        Expect(")");
        Match(";");
        return new WhileStatement(test, body, isDoWhile: true, token.Line, token.Column);
    }

    private Statement ParseFor()
    {
        var token = Next();
        Expect("(");

        // The loop head gets its own block info so let/const there are scoped to the loop.
        var head = new BlockScopeInfo();
        _blocks.Push(head);
        try
        {
            Statement? init = null;
            _noIn = true;
            try
            {
                if (Current.IsKeyword("var") || Current.IsKeyword("const") ||
                    (Current.IsKeyword("let") && (PeekToken().Kind == TokenKind.Identifier || PeekToken().Is("[") || PeekToken().Is("{"))))
                {
                    var declaration = ParseDeclaration();
                    if (IsForInOfKeyword() && declaration.Declarators.Length == 1)
                    {
                        _noIn = false;
                        return ParseForInOfRest(token, declaration.DeclarationKind, declaration.Declarators[0].Target);
                    }

                    init = declaration;
                }
                else if (!Current.Is(";"))
                {
                    var expressionToken = Current;
                    var expression = ParseExpression();
                    if (IsForInOfKeyword())
                    {
                        _noIn = false;
                        return ParseForInOfRest(token, null, ToAssignmentTarget(expression, expressionToken));
                    }

                    init = new ExpressionStatement(expression, expressionToken.Line, expressionToken.Column);
                }
            }
            finally
            {
                _noIn = false;
            }

            Expect(";");
            var test = Current.Is(";") ? null : ParseExpression();
            Expect(";");
            var update = Current.Is(")") ? null : ParseExpression();
            Expect(")");
            return new ForStatement(init, test, update, ParseStatement(), token.Line, token.Column);
        }
        finally
        {
            _blocks.Pop();
        }
    }

    private ForInOfStatement ParseForInOfRest(Token token, DeclarationKind? kind, Expression left)
    {
        bool isOf = Next().Value == "of";
        var right = isOf ? ParseAssignment() : ParseExpression();
        Expect(")");
        return new ForInOfStatement(isOf, kind, left, right, ParseStatement(), token.Line, token.Column);
    }
}
