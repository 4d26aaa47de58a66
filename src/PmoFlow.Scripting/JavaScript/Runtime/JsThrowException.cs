namespace PmoFlow.Scripting.JavaScript.Runtime;

/// <summary>A JavaScript exception in flight: what <c>throw</c> raised, catchable by script try/catch.</summary>
internal sealed class JsThrowException(object? value) : Exception("JavaScript exception")
{
    public object? Value { get; } = value;

    /// <summary>1-based position where it was thrown; 0 until the interpreter knows it.</summary>
    public int Line { get; private set; }

    public int Column { get; private set; }

    public JsThrowException At(int line, int column)
    {
        if (Line == 0)
        {
            Line = line;
            Column = column;
        }

        return this;
    }

    public static JsThrowException TypeError(string message) => new(new JsError(Intrinsics.TypeErrorPrototype, message));

    public static JsThrowException RangeError(string message) => new(new JsError(Intrinsics.RangeErrorPrototype, message));

    public static JsThrowException ReferenceError(string message) => new(new JsError(Intrinsics.ReferenceErrorPrototype, message));

    public static JsThrowException SyntaxError(string message) => new(new JsError(Intrinsics.SyntaxErrorPrototype, message));
}
