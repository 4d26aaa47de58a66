using System.Runtime.CompilerServices;
using PmoFlow.Scripting.JavaScript.Ast;

namespace PmoFlow.Scripting.JavaScript.Parsing;

/// <summary>
/// Recursive-descent parser producing an immutable AST. Nesting is bounded so hostile input ends in a
/// syntax error rather than a stack overflow, both here and later in the tree-walking interpreter.
/// </summary>
internal sealed partial class Parser
{
    internal const int MaxNestingDepth = 400;

    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else",
        "export", "extends", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "return",
        "super", "switch", "this", "throw", "try", "typeof", "var", "void", "while", "with", "yield",
        "true", "false", "null", "enum",
    };

    private readonly List<Token> _tokens;
    private readonly Stack<FunctionScopeInfo> _functions = new();
    private readonly Stack<BlockScopeInfo> _blocks = new();
    private int _index;
    private int _depth;
    private bool _noIn;
    private int[]? _closing;

    private Parser(List<Token> tokens) => _tokens = tokens;

    public static ProgramNode Parse(string source)
    {
        var parser = new Parser(Lexer.Tokenize(source));
        return parser.ParseProgram();
    }

    private Token Current => _tokens[_index];

    private Token PeekToken(int offset = 1) => _tokens[Math.Min(_index + offset, _tokens.Count - 1)];

    private ProgramNode ParseProgram()
    {
        var function = new FunctionScopeInfo(isArrow: false);
        var block = new BlockScopeInfo();
        _functions.Push(function);
        _blocks.Push(block);
        var body = new List<Statement>();
        while (Current.Kind != TokenKind.EndOfFile)
        {
            body.Add(ParseStatement());
        }

        return new ProgramNode([.. body], [.. function.VarNames], [.. block.Functions]);
    }

    private Token Next()
    {
        var token = _tokens[_index];
        if (_index < _tokens.Count - 1)
        {
            _index++;
        }

        return token;
    }

    private bool Match(string punctuator)
    {
        if (Current.Is(punctuator))
        {
            Next();
            return true;
        }

        return false;
    }

    private Token Expect(string punctuator)
    {
        if (!Current.Is(punctuator))
        {
            throw Unexpected(Current, $"expected '{punctuator}'");
        }

        return Next();
    }

    private void ExpectKeyword(string keyword)
    {
        if (!Current.IsKeyword(keyword))
        {
            throw Unexpected(Current, $"expected '{keyword}'");
        }

        Next();
    }

    private static JsSyntaxException Unexpected(Token token, string? expected = null)
    {
        string what = token.Kind switch
        {
            TokenKind.EndOfFile => "Unexpected end of input",
            TokenKind.Number => "Unexpected number",
            TokenKind.String => "Unexpected string",
            TokenKind.Template or TokenKind.TemplateHead or TokenKind.TemplateMiddle or TokenKind.TemplateTail => "Unexpected template string",
            _ => $"Unexpected token '{token.Value}'",
        };
        return new JsSyntaxException(expected is null ? what : $"{what}, {expected}", token.Line, token.Column);
    }

    private string ExpectIdentifier()
    {
        var token = Current;
        if (token.Kind != TokenKind.Identifier || Reserved.Contains(token.Value))
        {
            throw Unexpected(token, "expected an identifier");
        }

        Next();
        NoteIdentifier(token.Value);
        return token.Value;
    }

    private void NoteIdentifier(string name)
    {
        if (name == "arguments")
        {
            foreach (var f in _functions)
            {
                if (!f.IsArrow)
                {
                    f.UsesArguments = true;
                    break;
                }
            }
        }
    }

    /// <summary>Automatic semicolon insertion: a statement may end at ';', '}', end of input or a line break.</summary>
    private void ConsumeSemicolon()
    {
        if (Match(";"))
        {
            return;
        }

        var token = Current;
        if (token.Is("}") || token.Kind == TokenKind.EndOfFile || token.NewlineBefore)
        {
            return;
        }

        throw Unexpected(token);
    }

    private void Enter(Token at, int extra = 0)
    {
        if (++_depth + extra > MaxNestingDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new JsSyntaxException($"Script is nested too deeply (more than {MaxNestingDepth} levels)", at.Line, at.Column);
        }
    }

    private void Exit() => _depth--;

    private void CheckChain(Token at, int chainLength)
    {
        if (_depth + chainLength > MaxNestingDepth)
        {
            throw new JsSyntaxException($"Script is nested too deeply (more than {MaxNestingDepth} levels)", at.Line, at.Column);
        }
    }

    private sealed class FunctionScopeInfo(bool isArrow)
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public bool IsArrow { get; } = isArrow;

        public List<string> VarNames { get; } = [];

        public bool UsesArguments { get; set; }

        public void AddVar(string name)
        {
            if (_seen.Add(name))
            {
                VarNames.Add(name);
            }
        }
    }

    private sealed class BlockScopeInfo
    {
        public List<FunctionDeclaration> Functions { get; } = [];

        public bool HasLexical { get; set; }
    }
}
