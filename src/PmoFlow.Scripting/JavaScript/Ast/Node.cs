namespace PmoFlow.Scripting.JavaScript.Ast;

/// <summary>
/// Base of every syntax node. Nodes are immutable once parsed so one tree can be shared by
/// concurrent evaluations; <see cref="Kind"/> lets the interpreter dispatch with a jump table.
/// </summary>
internal abstract class Node(NodeKind kind, int line, int column)
{
    public NodeKind Kind { get; } = kind;

    /// <summary>1-based line of the node's first token.</summary>
    public int Line { get; } = line;

    /// <summary>1-based column of the node's first token.</summary>
    public int Column { get; } = column;
}
