namespace PmoFlow.Scripting.JavaScript.Interpretation;

/// <summary>How a statement finished; jumps are signalled by value, not exceptions, to keep loops cheap.</summary>
internal enum Completion
{
    Normal,
    Return,
    Break,
    Continue,
}
