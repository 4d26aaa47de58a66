using System.Text.Json.Nodes;

namespace PmoFlow.Server.Elsa.Descriptors;

/// <summary>
/// The expression types PmoFlow evaluates, in Elsa's descriptor shape. The Studio offers the browsable ones in an
/// input's syntax menu and edits them with the named Monaco language. Liquid is left out: PmoFlow does not run it, and
/// offering it would let an architect write something that only fails at validation.
/// </summary>
internal static class ExpressionDescriptors
{
    public static IReadOnlyList<JsonObject> All { get; } =
    [
        Describe("Literal", "Literal", browsable: false),
        Describe("Object", "Object", browsable: false, monacoLanguage: "json"),
        Describe("Variable", "Variable", browsable: true),
        Describe("Input", "Input", browsable: true),
        Describe("CSharp", "C#", browsable: true, monacoLanguage: "csharp"),
        Describe("JavaScript", "JavaScript", browsable: true, monacoLanguage: "javascript"),
    ];

    private static JsonObject Describe(string type, string displayName, bool browsable, string? monacoLanguage = null) => new()
    {
        ["type"] = type,
        ["displayName"] = displayName,
        ["isSerializable"] = true,
        ["isBrowsable"] = browsable,
        ["properties"] = monacoLanguage is null ? new JsonObject() : new JsonObject { ["MonacoLanguage"] = monacoLanguage },
    };
}
