using System.Globalization;
using System.Text;

namespace PmoFlow.Scripting.JavaScript.Parsing;

/// <summary>
/// Turns source into tokens up front; the parser needs arbitrary lookahead for arrow functions and
/// scripts are small. Template literals are tracked with a brace stack so <c>}</c> can resume a template.
/// </summary>
internal sealed partial class Lexer
{
    private static readonly string[] Punctuators =
    [
        ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
        "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=",
        "&=", "|=", "^=", "**", "<<", ">>",
        "{", "}", "(", ")", "[", "]", ";", ",", "<", ">", "+", "-", "*", "/", "%", "&", "|", "^", "!", "~", "?", ":", "=", ".",
    ];

    private readonly string _source;
    private readonly List<Token> _tokens = [];
    private readonly Stack<bool> _braces = new(); // true = the brace opened a template substitution
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly StringBuilder _buffer = new();
    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private bool _newline;

    private Lexer(string source) => _source = source;

    public static List<Token> Tokenize(string source)
    {
        var lexer = new Lexer(source);
        lexer.Run();
        return lexer._tokens;
    }

    private int Column => _pos - _lineStart + 1;

    private void Run()
    {
        while (true)
        {
            SkipTrivia();
            if (_pos >= _source.Length)
            {
                _tokens.Add(new Token(TokenKind.EndOfFile, "", 0, _line, Column, true));
                return;
            }

            int line = _line, column = Column;
            char c = _source[_pos];
            Token token;
            if (IsIdentifierStart(c))
            {
                token = new Token(TokenKind.Identifier, ReadIdentifier(), 0, line, column, _newline);
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && _pos + 1 < _source.Length && char.IsAsciiDigit(_source[_pos + 1])))
            {
                token = new Token(TokenKind.Number, "", ReadNumber(), line, column, _newline);
            }
            else if (c is '"' or '\'')
            {
                token = new Token(TokenKind.String, ReadString(c), 0, line, column, _newline);
            }
            else if (c == '`')
            {
                _pos++;
                token = ReadTemplate(line, column, head: true);
            }
            else if (c == '}' && _braces.Count > 0 && _braces.Peek())
            {
                _braces.Pop();
                _pos++;
                token = ReadTemplate(line, column, head: false);
            }
            else
            {
                token = ReadPunctuator(line, column);
            }

            _tokens.Add(token);
            _newline = false;
        }
    }

    private void SkipTrivia()
    {
        while (_pos < _source.Length)
        {
            char c = _source[_pos];
            if (c == '\n')
            {
                NewLine(_pos + 1);
            }
            else if (c is ' ' or '\t' or '\r' or '\v' or '\f' or '\u00a0' or '\ufeff' || (c > 127 && char.IsWhiteSpace(c)))
            {
                if (c is '\u2028' or '\u2029')
                {
                    NewLine(_pos + 1);
                    continue;
                }

                _pos++;
            }
            else if (c == '/' && Peek(1) == '/')
            {
                while (_pos < _source.Length && _source[_pos] != '\n')
                {
                    _pos++;
                }
            }
            else if (c == '/' && Peek(1) == '*')
            {
                int line = _line, column = Column;
                _pos += 2;
                while (true)
                {
                    if (_pos >= _source.Length)
                    {
                        throw new JsSyntaxException("Unterminated comment", line, column);
                    }

                    if (_source[_pos] == '*' && Peek(1) == '/')
                    {
                        _pos += 2;
                        break;
                    }

                    if (_source[_pos] == '\n')
                    {
                        NewLine(_pos + 1);
                    }
                    else
                    {
                        _pos++;
                    }
                }
            }
            else
            {
                return;
            }
        }
    }

    private void NewLine(int next)
    {
        _pos = next;
        _line++;
        _lineStart = next;
        _newline = true;
    }

    private char Peek(int offset) => _pos + offset < _source.Length ? _source[_pos + offset] : '\0';

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c is '_' or '$' || (c > 127 && char.IsLetter(c));

    private static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || char.IsAsciiDigit(c) || (c > 127 && char.IsLetterOrDigit(c));

    private string ReadIdentifier()
    {
        int start = _pos;
        while (_pos < _source.Length && IsIdentifierPart(_source[_pos]))
        {
            _pos++;
        }

        // Share one string per name so scope lookups usually succeed on reference equality.
        var span = _source.AsSpan(start, _pos - start);
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(span, out var name))
        {
            name = string.Intern(span.ToString());
            _names[name] = name;
        }

        return name;
    }

    private double ReadNumber()
    {
        int line = _line, column = Column;
        int start = _pos;
        if (_source[_pos] == '0' && Peek(1) is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            int radix = char.ToLowerInvariant(Peek(1)) switch { 'x' => 16, 'o' => 8, _ => 2 };
            _pos += 2;
            double value = 0;
            int digits = 0;
            while (_pos < _source.Length)
            {
                int d = HexValue(_source[_pos]);
                if (_source[_pos] == '_')
                {
                    _pos++;
                    continue;
                }

                if (d < 0 || d >= radix)
                {
                    break;
                }

                value = (value * radix) + d;
                digits++;
                _pos++;
            }

            if (digits == 0)
            {
                throw new JsSyntaxException("Invalid number literal", line, column);
            }

            EnsureNoIdentifierAfterNumber(line, column);
            return value;
        }

        while (_pos < _source.Length && (char.IsAsciiDigit(_source[_pos]) || _source[_pos] == '_'))
        {
            _pos++;
        }

        if (Peek(0) == '.')
        {
            _pos++;
            while (_pos < _source.Length && (char.IsAsciiDigit(_source[_pos]) || _source[_pos] == '_'))
            {
                _pos++;
            }
        }

        if (Peek(0) is 'e' or 'E' && (char.IsAsciiDigit(Peek(1)) || (Peek(1) is '+' or '-' && char.IsAsciiDigit(Peek(2)))))
        {
            _pos += 2;
            while (_pos < _source.Length && char.IsAsciiDigit(_source[_pos]))
            {
                _pos++;
            }
        }

        EnsureNoIdentifierAfterNumber(line, column);
        var text = _source.AsSpan(start, _pos - start).ToString().Replace("_", "", StringComparison.Ordinal);
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private void EnsureNoIdentifierAfterNumber(int line, int column)
    {
        if (_pos < _source.Length && IsIdentifierStart(_source[_pos]))
        {
            throw new JsSyntaxException("Invalid or unexpected token after number", line, column);
        }
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private Token ReadPunctuator(int line, int column)
    {
        foreach (var p in Punctuators)
        {
            if (string.CompareOrdinal(_source, _pos, p, 0, p.Length) != 0)
            {
                continue;
            }

            // `a?.5:b` is a conditional, not optional chaining.
            if (p == "?." && char.IsAsciiDigit(Peek(2)))
            {
                continue;
            }

            if (p == "/" && StartsRegex())
            {
                throw new JsSyntaxException("Regular expression literals are not supported", line, column);
            }

            if (p == "{")
            {
                _braces.Push(false);
            }
            else if (p == "}" && _braces.Count > 0)
            {
                _braces.Pop();
            }

            _pos += p.Length;
            return new Token(TokenKind.Punctuator, p, 0, line, column, _newline);
        }

        throw new JsSyntaxException($"Invalid or unexpected token '{_source[_pos]}'", line, column);
    }

    /// <summary>A slash where an operand is expected starts a regular expression, which we do not support.</summary>
    private bool StartsRegex()
    {
        if (_tokens.Count == 0)
        {
            return true;
        }

        var previous = _tokens[^1];
        return previous.Kind switch
        {
            TokenKind.Number or TokenKind.String or TokenKind.Template or TokenKind.TemplateTail => false,
            TokenKind.Identifier => previous.Value is "return" or "typeof" or "case" or "in" or "of" or "new" or "delete" or "void" or "throw",
            _ => !(previous.Value is ")" or "]" or "}"),
        };
    }
}
