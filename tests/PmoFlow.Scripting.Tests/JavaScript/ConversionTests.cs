using System.Text.Json;
using System.Text.Json.Nodes;

namespace PmoFlow.Scripting.Tests.JavaScript;

public sealed class ConversionTests
{
    private static object? RoundTrip(object? value, string expression = "getV()") =>
        JsTest.Eval(expression, new FakeExpressionContext().WithVariable("V", value));

    [Fact]
    public void ToJs_Primitives_BecomeJavaScriptValues()
    {
        Assert.Equal("number", RoundTrip(5L, "typeof getV()"));
        Assert.Equal("number", RoundTrip(5.5m, "typeof getV()"));
        Assert.Equal("number", RoundTrip((byte)5, "typeof getV()"));
        Assert.Equal("boolean", RoundTrip(true, "typeof getV()"));
        Assert.Equal("string", RoundTrip("s", "typeof getV()"));
        Assert.Equal("object", RoundTrip(null, "typeof getV()"));
        Assert.Equal(2.5, RoundTrip(2.5f));
    }

    [Fact]
    public void ToJs_DatesGuidsAndTimeSpans_BecomeStrings()
    {
        Assert.Equal("2024-01-02T03:04:05.0000000Z", RoundTrip(new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc)));
        Assert.Equal("2024-01-02T03:04:05.0000000+00:00", RoundTrip(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero)));
        Assert.Equal("00000000-0000-0000-0000-000000000001", RoundTrip(new Guid("00000000-0000-0000-0000-000000000001")));
        Assert.Equal("01:30:00", RoundTrip(TimeSpan.FromMinutes(90)));
        Assert.Equal("Friday", RoundTrip(DayOfWeek.Friday));
    }

    [Fact]
    public void ToJs_Dictionary_BecomesObject()
    {
        var value = new Dictionary<string, object?> { ["Name"] = "Ada", ["Tags"] = new[] { "a", "b" } };
        Assert.Equal("Ada:b", RoundTrip(value, "getV().Name + ':' + getV().Tags[1]"));
    }

    [Fact]
    public void ToJs_JsonElementAndNodes_BecomeObjectsAndArrays()
    {
        using var document = JsonDocument.Parse("{\"a\":{\"b\":[1,2,3]},\"s\":\"x\"}");
        Assert.Equal(3, RoundTrip(document.RootElement.Clone(), "getV().a.b.length"));
        var node = JsonNode.Parse("{\"items\":[{\"n\":1},{\"n\":2}],\"ok\":true}")!;
        Assert.Equal(3, RoundTrip(node, "getV().items.reduce((s, i) => s + i.n, 0)"));
        Assert.Equal(true, RoundTrip(node["ok"], "getV()"));
        Assert.Equal(2, RoundTrip(new JsonArray(1, 2), "getV().length"));
    }

    [Fact]
    public void ToJs_Enumerable_BecomesArray() =>
        Assert.Equal(6, RoundTrip(new List<int> { 1, 2, 3 }, "getV().reduce((a, b) => a + b)"));

    [Fact]
    public void ToClr_Numbers_BecomeIntLongOrDouble()
    {
        Assert.IsType<int>(JsTest.Eval("42"));
        Assert.IsType<long>(JsTest.Eval("2 ** 40"));
        Assert.IsType<double>(JsTest.Eval("1.5"));
        Assert.IsType<double>(JsTest.Eval("2 ** 70"));
        Assert.IsType<double>(JsTest.Eval("NaN"));
        Assert.Equal(-5, JsTest.Eval("-5"));
    }

    [Fact]
    public void ToClr_ObjectsAndArrays_BecomeDictionariesAndLists()
    {
        var result = Assert.IsType<Dictionary<string, object?>>(JsTest.Eval("({ z: 1, a: [1, 'x', null, undefined], n: { b: true } })"));
        Assert.Equal(["z", "a", "n"], result.Keys);
        Assert.Equal(new List<object?> { 1, "x", null, null }, result["a"]);
        Assert.Equal(new Dictionary<string, object?> { ["b"] = true }, result["n"]);
    }

    [Fact]
    public void ToClr_Function_Throws()
    {
        var ex = JsTest.Fails("() => 1");
        Assert.Contains("returned a function", ex.Message, StringComparison.Ordinal);
        Assert.False(ex.IsLimitExceeded);
    }

    [Fact]
    public void ToClr_Date_BecomesDateTimeOffset() =>
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1000), JsTest.Eval("new Date(1000)"));

    [Fact]
    public void SetVariable_ConvertsObjectsToDictionaries()
    {
        var context = new FakeExpressionContext().WithVariable("V", null);
        JsTest.Eval("setV({ items: [1, 2], name: 'n' })", context);
        var stored = Assert.IsType<Dictionary<string, object?>>(context.Variables["V"]);
        Assert.Equal(new List<object?> { 1, 2 }, stored["items"]);
    }
}
