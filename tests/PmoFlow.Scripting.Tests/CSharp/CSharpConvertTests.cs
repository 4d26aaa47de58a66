using System.Text.Json;
using PmoFlow.Scripting.CSharp;

namespace PmoFlow.Scripting.Tests.CSharp;

public sealed class CSharpConvertTests
{
    [Fact]
    public void As_SameType_ReturnsValue() => Assert.Equal(3, CSharpConvert.As<int>(3));

    [Fact]
    public void As_Null_ReturnsDefault()
    {
        Assert.Equal(0, CSharpConvert.As<int>(null));
        Assert.Null(CSharpConvert.As<string>(null));
        Assert.Null(CSharpConvert.As<int?>(null));
    }

    [Fact]
    public void As_OtherNumberTypes_Convert()
    {
        Assert.Equal(3L, CSharpConvert.As<long>(3));
        Assert.Equal(2.5m, CSharpConvert.As<decimal>(2.5d));
        Assert.Equal(4d, CSharpConvert.As<double>(4L));
        Assert.Equal(7, CSharpConvert.As<int?>(7L));
    }

    [Fact]
    public void As_Strings_ParseAndFormatInvariant()
    {
        Assert.Equal(12, CSharpConvert.As<int>("12"));
        Assert.True(CSharpConvert.As<bool>("true"));
        Assert.Equal("1.5", CSharpConvert.As<string>(1.5d));
        Assert.Equal(DayOfWeek.Friday, CSharpConvert.As<DayOfWeek>("friday"));
    }

    [Fact]
    public void As_JsonElement_ConvertsByKind()
    {
        Assert.Equal(42, CSharpConvert.As<int>(Json("42")));
        Assert.Equal(1.25m, CSharpConvert.As<decimal>(Json("1.25")));
        Assert.Equal(9_007_199_254_740_993L, CSharpConvert.As<long>(Json("9007199254740993")));
        Assert.True(CSharpConvert.As<bool>(Json("true")));
        Assert.Equal("Foo", CSharpConvert.As<string>(Json("\"Foo\"")));
        Assert.Equal(5, CSharpConvert.As<int>(Json("\"5\"")));
        Assert.Null(CSharpConvert.As<string>(Json("null")));
        Assert.Equal([1, 2], CSharpConvert.As<List<int>>(Json("[1,2]")));
    }

    [Fact]
    public void As_Unconvertible_Throws()
        => Assert.Throws<InvalidCastException>(() => CSharpConvert.As<int>(new object()));

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
