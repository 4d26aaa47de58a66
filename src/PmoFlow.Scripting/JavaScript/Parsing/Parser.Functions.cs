using PmoFlow.Scripting.JavaScript.Ast;

namespace PmoFlow.Scripting.JavaScript.Parsing;

internal sealed partial class Parser
{
    /// <summary>Parses from after <c>function</c> (or from a method's parameter list) through the body.</summary>
    private FunctionNode ParseFunctionRest(Token start, bool requireName, string? name = null, bool parametersOnly = false)
    {
        bool bindsName = false;
        if (!parametersOnly)
        {
            if (Current.Is("*"))
            {
                throw new JsSyntaxException("Generator functions are not supported", Current.Line, Current.Column);
            }

            if (Current.Kind == TokenKind.Identifier)
            {
                name = ExpectIdentifier();
                bindsName = !requireName;
            }
            else if (requireName)
            {
                throw Unexpected(Current, "expected a function name");
            }
        }

        var info = new FunctionScopeInfo(isArrow: false);
        _functions.Push(info);
        try
        {
            Expect("(");
            var (parameters, rest) = ParseParameters();
            var body = ParseFunctionBody(out var functions);
            return new FunctionNode(name, parameters, rest, body, null, false, [.. info.VarNames], functions, info.UsesArguments, start.Line, start.Column)
            {
                BindsName = bindsName,
            };
        }
        finally
        {
            _functions.Pop();
        }
    }

    /// <summary>Parses parameters after the opening parenthesis, through the closing one.</summary>
    private (PatternElement[] Parameters, Expression? RestParameter) ParseParameters()
    {
        var parameters = new List<PatternElement>();
        Expression? rest = null;
        bool noIn = _noIn;
        _noIn = false;
        while (!Match(")"))
        {
            if (Match("..."))
            {
                rest = ParseBindingTarget(null);
                Expect(")");
                break;
            }

            var target = ParseBindingTarget(null);
            var defaultValue = Match("=") ? ParseAssignment() : null;
            parameters.Add(new PatternElement(target, defaultValue));
            if (!Current.Is(")"))
            {
                Expect(",");
            }
        }

        _noIn = noIn;
        return ([.. parameters], rest);
    }

    private Statement[] ParseFunctionBody(out FunctionDeclaration[] functions)
    {
        Expect("{");
        var block = new BlockScopeInfo();
        _blocks.Push(block);
        bool noIn = _noIn;
        _noIn = false;
        var body = new List<Statement>();
        while (!Match("}"))
        {
            if (Current.Kind == TokenKind.EndOfFile)
            {
                throw Unexpected(Current, "expected '}'");
            }

            body.Add(ParseStatement());
        }

        _noIn = noIn;
        _blocks.Pop();
        functions = [.. block.Functions];
        return [.. body];
    }

    /// <summary>At '(' decides whether this is an arrow function's parameter list by looking past the matching ')'.</summary>
    private bool IsArrowAhead()
    {
        _closing ??= MatchBrackets(_tokens);
        int close = _closing[_index];
        return close > 0 && close + 1 < _tokens.Count && _tokens[close + 1].Is("=>") && !_tokens[close + 1].NewlineBefore;
    }

    /// <summary>For every opening bracket, the index of its closing one (0 if unmatched), in one pass.</summary>
    private static int[] MatchBrackets(List<Token> tokens)
    {
        var closing = new int[tokens.Count];
        var open = new Stack<int>();
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Punctuator)
            {
                continue;
            }

            if (token.Value is "(" or "[" or "{")
            {
                open.Push(i);
            }
            else if (token.Value is ")" or "]" or "}" && open.Count > 0)
            {
                closing[open.Pop()] = i;
            }
        }

        return closing;
    }

    private FunctionExpression ParseArrowFunction()
    {
        var start = Current;
        var info = new FunctionScopeInfo(isArrow: true);
        _functions.Push(info);
        try
        {
            PatternElement[] parameters;
            Expression? rest = null;
            if (start.Kind == TokenKind.Identifier)
            {
                parameters = [new PatternElement(new Identifier(ExpectIdentifier(), start.Line, start.Column), null)];
            }
            else
            {
                Next();
                (parameters, rest) = ParseParameters();
            }

            Expect("=>");
            Statement[]? body = null;
            Expression? expressionBody = null;
            FunctionDeclaration[] functions = [];
            if (Current.Is("{"))
            {
                body = ParseFunctionBody(out functions);
            }
            else
            {
                bool noIn = _noIn;
                _noIn = false;
                expressionBody = ParseAssignment();
                _noIn = noIn;
            }

            var function = new FunctionNode(null, parameters, rest, body, expressionBody, true, [.. info.VarNames], functions, false, start.Line, start.Column);
            return new FunctionExpression(function, start.Line, start.Column);
        }
        finally
        {
            _functions.Pop();
        }
    }

    private ArrayPattern ParseArrayPattern(DeclarationKind? kind)
    {
        var open = Expect("[");
        var elements = new List<PatternElement?>();
        Expression? rest = null;
        while (!Match("]"))
        {
            if (Match(","))
            {
                elements.Add(null);
                continue;
            }

            if (Match("..."))
            {
                rest = ParseBindingTarget(kind);
                Expect("]");
                break;
            }

            var target = ParseBindingTarget(kind);
            elements.Add(new PatternElement(target, Match("=") ? ParseAssignment() : null));
            if (!Current.Is("]"))
            {
                Expect(",");
            }
        }

        return new ArrayPattern([.. elements], rest, open.Line, open.Column);
    }

    private ObjectPattern ParseObjectPattern(DeclarationKind? kind)
    {
        var open = Expect("{");
        var properties = new List<PatternProperty>();
        Expression? rest = null;
        while (!Match("}"))
        {
            if (Match("..."))
            {
                rest = ParseBindingTarget(kind);
                Expect("}");
                break;
            }

            var keyToken = Current;
            var (key, computed) = ParsePropertyKey();
            Expression target;
            if (Match(":"))
            {
                target = ParseBindingTarget(kind);
            }
            else if (keyToken.Kind == TokenKind.Identifier && computed is null && !Reserved.Contains(keyToken.Value))
            {
                // Shorthand `{ a }` binds the name a; re-run it through the binding path to record it.
                _index--;
                target = ParseBindingTarget(kind);
            }
            else
            {
                throw Unexpected(Current, "expected ':'");
            }

            properties.Add(new PatternProperty(key, computed, new PatternElement(target, Match("=") ? ParseAssignment() : null)));
            if (!Current.Is("}"))
            {
                Expect(",");
            }
        }

        return new ObjectPattern([.. properties], rest, open.Line, open.Column);
    }

    /// <summary>Turns the left side of <c>=</c> (parsed as an expression) into something assignable.</summary>
    private Expression ToAssignmentTarget(Expression expression, Token at)
    {
        switch (expression)
        {
            case Identifier or MemberExpression:
                return expression;
            case ArrayLiteral array:
                var elements = new PatternElement?[array.Elements.Length];
                Expression? rest = null;
                for (int i = 0; i < array.Elements.Length; i++)
                {
                    var element = array.Elements[i];
                    if (element is SpreadElement spread && i == array.Elements.Length - 1)
                    {
                        rest = ToAssignmentTarget(spread.Argument, at);
                        elements = elements[..i];
                    }
                    else if (element is not null)
                    {
                        elements[i] = ToPatternElement(element, at);
                    }
                }

                return new ArrayPattern(elements, rest, array.Line, array.Column);
            case ObjectLiteral obj:
                var properties = new List<PatternProperty>();
                Expression? objectRest = null;
                foreach (var property in obj.Properties)
                {
                    if (property.IsSpread)
                    {
                        objectRest = ToAssignmentTarget(property.Value, at);
                    }
                    else
                    {
                        properties.Add(new PatternProperty(property.Key, property.ComputedKey, ToPatternElement(property.Value, at)));
                    }
                }

                return new ObjectPattern([.. properties], objectRest, obj.Line, obj.Column);
            default:
                throw new JsSyntaxException("Invalid left-hand side in assignment", at.Line, at.Column);
        }
    }

    private PatternElement ToPatternElement(Expression expression, Token at) =>
        expression is AssignmentExpression { Operator: null, LogicalOperator: null } assignment
            ? new PatternElement(ToAssignmentTarget(assignment.Target, at), assignment.Value)
            : new PatternElement(ToAssignmentTarget(expression, at), null);
}
