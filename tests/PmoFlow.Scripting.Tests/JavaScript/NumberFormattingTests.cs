namespace PmoFlow.Scripting.Tests.JavaScript;

public sealed class NumberFormattingTests
{
    [Theory]
    [InlineData("9", "9")]
    [InlineData("1.5", "1.5")]
    [InlineData("0.1 + 0.2", "0.30000000000000004")]
    [InlineData("-0", "0")]
    [InlineData("1 / 3", "0.3333333333333333")]
    [InlineData("100", "100")]
    [InlineData("1e21", "1e+21")]
    [InlineData("1e20", "100000000000000000000")]
    [InlineData("123456789012345680000", "123456789012345680000")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("0.0000001", "1e-7")]
    [InlineData("1.5e-10", "1.5e-10")]
    [InlineData("2 ** 53", "9007199254740992")]
    [InlineData("-1.25", "-1.25")]
    [InlineData("1e300 * 1e10", "Infinity")]
    [InlineData("5e-324", "5e-324")]
    [InlineData("1.7976931348623157e308", "1.7976931348623157e+308")]
    [InlineData("0x10", "16")]
    [InlineData("1_000", "1000")]
    public void Evaluate_NumberToString_MatchesJavaScript(string expression, string expected) =>
        Assert.Equal(expected, JsTest.Eval($"String({expression})"));
}
