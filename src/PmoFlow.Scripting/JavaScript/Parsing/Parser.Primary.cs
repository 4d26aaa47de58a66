using PmoFlow.Scripting.JavaScript.Ast;
using PmoFlow.Scripting.JavaScript.Runtime;

namespace PmoFlow.Scripting.JavaScript.Parsing;

internal sealed partial class Parser
{
    private Expression ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Next();
                return new NumberLiteral(token.Number, token.Line, token.Column);
            case TokenKind.String:
                Next();
                return new StringLiteral(token.Value, token.Line, token.Column);
            case TokenKind.Template:
                Next();
                return new TemplateLiteral([token.Value], [], token.Line, token.Column);
            case TokenKind.TemplateHead:
                return ParseTemplate();
            case TokenKind.Identifier:
                return ParseIdentifierPrimary(token);
            case TokenKind.Punctuator:
                switch (token.Value)
                {
                    case "(":
                        Next();
                        bool noIn = _noIn;
                        _noIn = false;
                        var inner = ParseExpression();
                        _noIn = noIn;
                        Expect(")");
                        return inner;
                    case "[":
                        return ParseArrayLiteral();
                    case "{":
                        return ParseObjectLiteral();
                }

                break;
        }

        throw Unexpected(token);
    }

    private Expression ParseIdentifierPrimary(Token token)
    {
        switch (token.Value)
        {
            case "true":
            case "false":
                Next();
                return new BooleanLiteral(token.Value == "true", token.Line, token.Column);
            case "null":
                Next();
                return new NullLiteral(token.Line, token.Column);
            case "this":
                Next();
                return new ThisExpression(token.Line, token.Column);
            case "function":
                Next();
                return new FunctionExpression(ParseFunctionRest(token, requireName: false), token.Line, token.Column);
            case "class":
                throw new JsSyntaxException("'class' is not supported", token.Line, token.Column);
        }

        return new Identifier(ExpectIdentifier(), token.Line, token.Column);
    }

    private TemplateLiteral ParseTemplate()
    {
        var head = Next();
        var quasis = new List<string> { head.Value };
        var expressions = new List<Expression>();
        bool noIn = _noIn;
        _noIn = false;
        while (true)
        {
            expressions.Add(ParseExpression());
            var part = Current;
            if (part.Kind == TokenKind.TemplateMiddle)
            {
                Next();
                quasis.Add(part.Value);
            }
            else if (part.Kind == TokenKind.TemplateTail)
            {
                Next();
                quasis.Add(part.Value);
                break;
            }
            else
            {
                throw Unexpected(part, "expected '}' to close the template substitution");
            }
        }

        _noIn = noIn;
        return new TemplateLiteral([.. quasis], [.. expressions], head.Line, head.Column);
    }

    private ArrayLiteral ParseArrayLiteral()
    {
        var open = Next();
        var elements = new List<Expression?>();
        bool noIn = _noIn;
        _noIn = false;
        while (!Match("]"))
        {
            var token = Current;
            if (token.Is(","))
            {
                Next();
                elements.Add(null);
                continue;
            }

            elements.Add(Match("...") ? new SpreadElement(ParseAssignment(), token.Line, token.Column) : ParseAssignment());
            if (!Current.Is("]"))
            {
                Expect(",");
            }
        }

        _noIn = noIn;
        return new ArrayLiteral([.. elements], open.Line, open.Column);
    }

    private ObjectLiteral ParseObjectLiteral()
    {
        var open = Next();
        var properties = new List<Property>();
        bool noIn = _noIn;
        _noIn = false;
        while (!Match("}"))
        {
            var token = Current;
            if (Match("..."))
            {
                properties.Add(new Property(null, null, ParseAssignment(), isSpread: true));
            }
            else
            {
                if (token.Kind == TokenKind.Identifier && token.Value is "get" or "set" or "async"
                    && !(PeekToken().Is(":") || PeekToken().Is("(") || PeekToken().Is(",") || PeekToken().Is("}")))
                {
                    throw new JsSyntaxException($"'{token.Value}' accessors and async methods in object literals are not supported", token.Line, token.Column);
                }

                var (key, computed) = ParsePropertyKey();
                Expression value;
                if (Match(":"))
                {
                    value = ParseAssignment();
                }
                else if (Current.Is("("))
                {
                    var function = ParseFunctionRest(token, requireName: false, name: key, parametersOnly: true);
                    value = new FunctionExpression(function, token.Line, token.Column);
                }
                else if (token.Kind == TokenKind.Identifier && computed is null && !Reserved.Contains(token.Value))
                {
                    NoteIdentifier(token.Value);
                    value = new Identifier(token.Value, token.Line, token.Column);
                }
                else
                {
                    throw Unexpected(Current, "expected ':'");
                }

                properties.Add(new Property(key, computed, value, isSpread: false));
            }

            if (!Current.Is("}"))
            {
                Expect(",");
            }
        }

        _noIn = noIn;
        return new ObjectLiteral([.. properties], open.Line, open.Column);
    }

    private (string? Key, Expression? Computed) ParsePropertyKey()
    {
        var token = Next();
        switch (token.Kind)
        {
            case TokenKind.Identifier:
            case TokenKind.String:
                return (token.Value, null);
            case TokenKind.Number:
                return (JsNumber.ToString(token.Number), null);
            case TokenKind.Punctuator when token.Value == "[":
                var computed = ParseAssignment();
                Expect("]");
                return (null, computed);
            default:
                throw Unexpected(token, "expected a property name");
        }
    }
}
