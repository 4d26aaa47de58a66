namespace PmoFlow.Scripting.JavaScript.Parsing;

internal enum TokenKind
{
    EndOfFile,
    Identifier,
    Number,
    String,
    Punctuator,

    /// <summary>A whole template without substitutions: <c>`text`</c>.</summary>
    Template,

    /// <summary><c>`text${</c></summary>
    TemplateHead,

    /// <summary><c>}text${</c></summary>
    TemplateMiddle,

    /// <summary><c>}text`</c></summary>
    TemplateTail,
}
