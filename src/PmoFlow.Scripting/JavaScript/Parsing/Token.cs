namespace PmoFlow.Scripting.JavaScript.Parsing;

/// <param name="Kind">What sort of token.</param>
/// <param name="Value">Identifier name, cooked string/template text, or punctuator text.</param>
/// <param name="Number">The value of a number token.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="NewlineBefore">Whether a line break precedes the token; drives automatic semicolon insertion.</param>
internal readonly record struct Token(TokenKind Kind, string Value, double Number, int Line, int Column, bool NewlineBefore)
{
    public bool Is(string punctuator) => Kind == TokenKind.Punctuator && Value == punctuator;

    public bool IsKeyword(string keyword) => Kind == TokenKind.Identifier && Value == keyword;
}
