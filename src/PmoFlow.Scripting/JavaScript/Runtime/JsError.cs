namespace PmoFlow.Scripting.JavaScript.Runtime;

/// <summary>An Error instance; its kind (TypeError, ...) comes from the prototype's <c>name</c>.</summary>
internal sealed class JsError : JsObject
{
    public JsError(JsObject prototype, string message)
        : base(prototype)
    {
        Set("message", message);
    }

    public override string ClassName => "Error";

    public string ErrorName => Get("name") is string name ? name : "Error";

    public string Message => Get("message") is string message ? message : "";

    public override string ToString() => Message.Length == 0 ? ErrorName : $"{ErrorName}: {Message}";
}
