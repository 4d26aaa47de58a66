namespace PmoFlow.Scripting.JavaScript.Runtime;

/// <summary>Anything callable: script functions, natives and bound functions.</summary>
internal abstract class JsFunction(JsObject? prototype) : JsObject(prototype)
{
    public abstract string Name { get; }

    public abstract int Length { get; }

    public override string ClassName => "Function";

    public override bool TryGetOwnProperty(string key, out object? value)
    {
        switch (key)
        {
            case "name":
                value = Name;
                return true;
            case "length":
                value = JsValue.Number(Length);
                return true;
            default:
                return base.TryGetOwnProperty(key, out value);
        }
    }
}
