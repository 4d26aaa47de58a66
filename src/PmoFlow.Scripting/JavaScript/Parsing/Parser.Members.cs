using PmoFlow.Scripting.JavaScript.Ast;

namespace PmoFlow.Scripting.JavaScript.Parsing;

internal sealed partial class Parser
{
    private Expression ParseLeftHandSide()
    {
        var start = Current;
        Expression expression = start.IsKeyword("new") ? ParseNew() : ParsePrimary();
        bool optional = false;
        int chain = 0;
        while (true)
        {
            var token = Current;
            if (token.Kind != TokenKind.Punctuator)
            {
                if (token.Kind is TokenKind.Template or TokenKind.TemplateHead)
                {
                    throw new JsSyntaxException("Tagged templates are not supported", token.Line, token.Column);
                }

                break;
            }

            if (token.Value == ".")
            {
                Next();
                expression = new MemberExpression(expression, ExpectPropertyName(), null, false, start.Line, start.Column);
            }
            else if (token.Value == "?.")
            {
                Next();
                optional = true;
                if (Match("("))
                {
                    expression = new CallExpression(expression, ParseArguments(), true, start.Line, start.Column);
                }
                else if (Match("["))
                {
                    var key = ParseExpression();
                    Expect("]");
                    expression = new MemberExpression(expression, null, key, true, start.Line, start.Column);
                }
                else
                {
                    expression = new MemberExpression(expression, ExpectPropertyName(), null, true, start.Line, start.Column);
                }
            }
            else if (token.Value == "[")
            {
                Next();
                var key = ParseExpression();
                Expect("]");
                expression = new MemberExpression(expression, null, key, false, start.Line, start.Column);
            }
            else if (token.Value == "(")
            {
                Next();
                expression = new CallExpression(expression, ParseArguments(), false, start.Line, start.Column);
            }
            else
            {
                break;
            }

            CheckChain(token, ++chain);
        }

        return optional ? new OptionalChain(expression, start.Line, start.Column) : expression;
    }

    private Expression ParseNew()
    {
        var token = Next();
        Expression callee;
        if (Current.IsKeyword("new"))
        {
            callee = ParseNew();
        }
        else
        {
            callee = ParsePrimary();
            while (true)
            {
                if (Match("."))
                {
                    callee = new MemberExpression(callee, ExpectPropertyName(), null, false, token.Line, token.Column);
                }
                else if (Match("["))
                {
                    var key = ParseExpression();
                    Expect("]");
                    callee = new MemberExpression(callee, null, key, false, token.Line, token.Column);
                }
                else
                {
                    break;
                }
            }
        }

        var arguments = Match("(") ? ParseArguments() : [];
        return new NewExpression(callee, arguments, token.Line, token.Column);
    }

    /// <summary>Parses arguments after the opening parenthesis, through the closing one.</summary>
    private Expression[] ParseArguments()
    {
        if (Match(")"))
        {
            return [];
        }

        bool noIn = _noIn;
        _noIn = false;
        var list = new List<Expression>();
        do
        {
            if (Current.Is(")"))
            {
                break;
            }

            var token = Current;
            list.Add(Match("...") ? new SpreadElement(ParseAssignment(), token.Line, token.Column) : ParseAssignment());
        }
        while (Match(","));

        Expect(")");
        _noIn = noIn;
        return [.. list];
    }

    /// <summary>After a dot any identifier, including reserved words, names a property.</summary>
    private string ExpectPropertyName()
    {
        var token = Current;
        if (token.Kind != TokenKind.Identifier)
        {
            throw Unexpected(token, "expected a property name");
        }

        Next();
        return token.Value;
    }
}
