using PmoFlow.Scripting.JavaScript.Ast;

namespace PmoFlow.Scripting.JavaScript.Parsing;

internal sealed partial class Parser
{
    private Expression ParseExpression()
    {
        var token = Current;
        var first = ParseAssignment();
        if (!Current.Is(","))
        {
            return first;
        }

        var list = new List<Expression> { first };
        while (Match(","))
        {
            list.Add(ParseAssignment());
        }

        return new SequenceExpression([.. list], token.Line, token.Column);
    }

    private Expression ParseAssignment()
    {
        var token = Current;
        Enter(token);
        try
        {
            if (token.Kind == TokenKind.Identifier && PeekToken().Is("=>") && !Reserved.Contains(token.Value))
            {
                return ParseArrowFunction();
            }

            if (token.Is("(") && IsArrowAhead())
            {
                return ParseArrowFunction();
            }

            var left = ParseConditional();
            var op = Current;
            if (op.Kind != TokenKind.Punctuator)
            {
                return left;
            }

            BinaryOperator? binary = null;
            LogicalOperator? logical = null;
            switch (op.Value)
            {
                case "=": break;
                case "+=": binary = BinaryOperator.Add; break;
                case "-=": binary = BinaryOperator.Subtract; break;
                case "*=": binary = BinaryOperator.Multiply; break;
                case "/=": binary = BinaryOperator.Divide; break;
                case "%=": binary = BinaryOperator.Modulo; break;
                case "**=": binary = BinaryOperator.Exponent; break;
                case "<<=": binary = BinaryOperator.LeftShift; break;
                case ">>=": binary = BinaryOperator.RightShift; break;
                case ">>>=": binary = BinaryOperator.UnsignedRightShift; break;
                case "&=": binary = BinaryOperator.BitAnd; break;
                case "|=": binary = BinaryOperator.BitOr; break;
                case "^=": binary = BinaryOperator.BitXor; break;
                case "&&=": logical = LogicalOperator.And; break;
                case "||=": logical = LogicalOperator.Or; break;
                case "??=": logical = LogicalOperator.Coalesce; break;
                default: return left;
            }

            Next();
            var target = binary is null && logical is null ? ToAssignmentTarget(left, token) : RequireSimpleTarget(left, token);
            var value = ParseAssignment();
            return new AssignmentExpression(binary, logical, target, value, op.Line, op.Column);
        }
        finally
        {
            Exit();
        }
    }

    private static Expression RequireSimpleTarget(Expression expression, Token at) => expression.Kind is NodeKind.Identifier or NodeKind.Member
        ? expression
        : throw new JsSyntaxException("Invalid left-hand side in assignment", at.Line, at.Column);

    private Expression ParseConditional()
    {
        var token = Current;
        var test = ParseBinary(0);
        if (!Match("?"))
        {
            return test;
        }

        bool noIn = _noIn;
        _noIn = false;
        var consequent = ParseAssignment();
        _noIn = noIn;
        Expect(":");
        var alternate = ParseAssignment();
        return new ConditionalExpression(test, consequent, alternate, token.Line, token.Column);
    }

    private Expression ParseBinary(int minPrecedence)
    {
        var start = Current;
        var left = ParseUnary();
        int chain = 0;
        while (true)
        {
            var op = Current;
            int precedence = Precedence(op);
            if (precedence <= minPrecedence)
            {
                return left;
            }

            Next();
            CheckChain(op, ++chain);

            // `**` is right-associative; everything else associates left.
            var right = op.Value == "**" ? ParseBinary(precedence - 1) : ParseBinary(precedence);
            left = op.Value switch
            {
                "&&" => new LogicalExpression(LogicalOperator.And, left, right, start.Line, start.Column),
                "||" => new LogicalExpression(LogicalOperator.Or, left, right, start.Line, start.Column),
                "??" => new LogicalExpression(LogicalOperator.Coalesce, left, right, start.Line, start.Column),
                _ => new BinaryExpression(ToBinaryOperator(op.Value), left, right, op.Line, op.Column),
            };
        }
    }

    private int Precedence(Token token)
    {
        if (token.Kind == TokenKind.Identifier)
        {
            return token.Value switch
            {
                "instanceof" => 7,
                "in" when !_noIn => 7,
                _ => 0,
            };
        }

        if (token.Kind != TokenKind.Punctuator)
        {
            return 0;
        }

        return token.Value switch
        {
            "??" or "||" => 1,
            "&&" => 2,
            "|" => 3,
            "^" => 4,
            "&" => 5,
            "==" or "!=" or "===" or "!==" => 6,
            "<" or ">" or "<=" or ">=" => 7,
            "<<" or ">>" or ">>>" => 8,
            "+" or "-" => 9,
            "*" or "/" or "%" => 10,
            "**" => 11,
            _ => 0,
        };
    }

    private static BinaryOperator ToBinaryOperator(string op) => op switch
    {
        "+" => BinaryOperator.Add,
        "-" => BinaryOperator.Subtract,
        "*" => BinaryOperator.Multiply,
        "/" => BinaryOperator.Divide,
        "%" => BinaryOperator.Modulo,
        "**" => BinaryOperator.Exponent,
        "==" => BinaryOperator.Equal,
        "!=" => BinaryOperator.NotEqual,
        "===" => BinaryOperator.StrictEqual,
        "!==" => BinaryOperator.StrictNotEqual,
        "<" => BinaryOperator.Less,
        "<=" => BinaryOperator.LessOrEqual,
        ">" => BinaryOperator.Greater,
        ">=" => BinaryOperator.GreaterOrEqual,
        "&" => BinaryOperator.BitAnd,
        "|" => BinaryOperator.BitOr,
        "^" => BinaryOperator.BitXor,
        "<<" => BinaryOperator.LeftShift,
        ">>" => BinaryOperator.RightShift,
        ">>>" => BinaryOperator.UnsignedRightShift,
        "in" => BinaryOperator.In,
        _ => BinaryOperator.InstanceOf,
    };

    private Expression ParseUnary()
    {
        var token = Current;
        Enter(token);
        try
        {
            if (token.Kind == TokenKind.Punctuator)
            {
                switch (token.Value)
                {
                    case "!" or "-" or "+" or "~":
                        Next();
                        return new UnaryExpression(token.Value, ParseUnary(), token.Line, token.Column);
                    case "++" or "--":
                        Next();
                        var operandToken = Current;
                        var target = RequireSimpleTarget(ParseUnary(), operandToken);
                        return new UpdateExpression(token.Value == "++", prefix: true, target, token.Line, token.Column);
                }
            }
            else if (token.Kind == TokenKind.Identifier && token.Value is "typeof" or "void" or "delete")
            {
                Next();
                return new UnaryExpression(token.Value, ParseUnary(), token.Line, token.Column);
            }

            var expression = ParseLeftHandSide();
            var next = Current;
            if ((next.Is("++") || next.Is("--")) && !next.NewlineBefore)
            {
                Next();
                return new UpdateExpression(next.Value == "++", prefix: false, RequireSimpleTarget(expression, token), token.Line, token.Column);
            }

            return expression;
        }
        finally
        {
            Exit();
        }
    }
}
