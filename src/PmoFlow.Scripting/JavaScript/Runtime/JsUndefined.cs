namespace PmoFlow.Scripting.JavaScript.Runtime;

/// <summary>JavaScript's <c>undefined</c>; JavaScript <c>null</c> is represented by a .NET null reference.</summary>
internal sealed class JsUndefined
{
    public static readonly JsUndefined Value = new();

    private JsUndefined()
    {
    }

    public override string ToString() => "undefined";
}
