using System.Globalization;

namespace PmoFlow.Scripting.JavaScript.Parsing;

internal sealed partial class Lexer
{
    private string ReadString(char quote)
    {
        int line = _line, column = Column;
        _pos++;
        _buffer.Clear();
        while (true)
        {
            if (_pos >= _source.Length || _source[_pos] == '\n')
            {
                throw new JsSyntaxException("Unterminated string literal", line, column);
            }

            char c = _source[_pos];
            if (c == quote)
            {
                _pos++;
                return _buffer.ToString();
            }

            if (c == '\\')
            {
                ReadEscape(line, column);
            }
            else
            {
                _buffer.Append(c);
                _pos++;
            }
        }
    }

    private Token ReadTemplate(int line, int column, bool head)
    {
        _buffer.Clear();
        while (true)
        {
            if (_pos >= _source.Length)
            {
                throw new JsSyntaxException("Unterminated template literal", line, column);
            }

            char c = _source[_pos];
            if (c == '`')
            {
                _pos++;
                return new Token(head ? TokenKind.Template : TokenKind.TemplateTail, _buffer.ToString(), 0, line, column, _newline);
            }

            if (c == '$' && Peek(1) == '{')
            {
                _pos += 2;
                _braces.Push(true);
                return new Token(head ? TokenKind.TemplateHead : TokenKind.TemplateMiddle, _buffer.ToString(), 0, line, column, _newline);
            }

            if (c == '\\')
            {
                ReadEscape(line, column);
            }
            else if (c == '\n')
            {
                _buffer.Append(c);
                NewLine(_pos + 1);
            }
            else if (c == '\r')
            {
                // Template text normalizes CRLF and CR to LF.
                _buffer.Append('\n');
                _pos++;
                if (Peek(0) == '\n')
                {
                    NewLine(_pos + 1);
                }
            }
            else
            {
                _buffer.Append(c);
                _pos++;
            }
        }
    }

    private void ReadEscape(int line, int column)
    {
        _pos++;
        if (_pos >= _source.Length)
        {
            throw new JsSyntaxException("Unterminated string literal", line, column);
        }

        char e = _source[_pos++];
        switch (e)
        {
            case 'n': _buffer.Append('\n'); break;
            case 't': _buffer.Append('\t'); break;
            case 'r': _buffer.Append('\r'); break;
            case 'b': _buffer.Append('\b'); break;
            case 'f': _buffer.Append('\f'); break;
            case 'v': _buffer.Append('\v'); break;
            case '0' when !char.IsAsciiDigit(Peek(0)): _buffer.Append('\0'); break;
            case 'x': _buffer.Append((char)ReadHexDigits(2, line, column)); break;
            case 'u':
                if (Peek(0) == '{')
                {
                    _pos++;
                    int end = _source.IndexOf('}', _pos);
                    if (end < 0 || !int.TryParse(_source.AsSpan(_pos, end - _pos), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int cp) || cp > 0x10FFFF)
                    {
                        throw new JsSyntaxException("Invalid Unicode escape sequence", line, column);
                    }

                    _pos = end + 1;
                    _buffer.Append(char.ConvertFromUtf32(cp));
                }
                else
                {
                    _buffer.Append((char)ReadHexDigits(4, line, column));
                }

                break;
            case '\r':
                if (Peek(0) == '\n')
                {
                    NewLine(_pos + 1);
                }

                break;
            case '\n':
                NewLine(_pos);
                break;
            default:
                _buffer.Append(e);
                break;
        }
    }

    private int ReadHexDigits(int count, int line, int column)
    {
        int value = 0;
        for (int i = 0; i < count; i++)
        {
            int d = HexValue(Peek(0));
            if (d < 0)
            {
                throw new JsSyntaxException("Invalid hexadecimal escape sequence", line, column);
            }

            value = (value * 16) + d;
            _pos++;
        }

        return value;
    }
}
