namespace PmoFlow.Scripting.Tests.JavaScript;

public sealed class OperatorTests
{
    [Theory]
    [InlineData("'5' + 3", "53")]
    [InlineData("3 + '5'", "35")]
    [InlineData("1 + 2 + '3'", "33")]
    [InlineData("'a' + null", "anull")]
    [InlineData("'a' + undefined", "aundefined")]
    [InlineData("'x' + true", "xtrue")]
    [InlineData("[1, 2] + ''", "1,2")]
    [InlineData("({}) + ''", "[object Object]")]
    [InlineData("typeof 1", "number")]
    [InlineData("typeof 'a'", "string")]
    [InlineData("typeof null", "object")]
    [InlineData("typeof undefinedName", "undefined")]
    [InlineData("typeof (() => 1)", "function")]
    [InlineData("typeof {}", "object")]
    [InlineData("typeof true", "boolean")]
    [InlineData("`a${1 + 1}b${'c'}`", "a2bc")]
    [InlineData("`line1\nline2`", "line1\nline2")]
    [InlineData("`nested ${`inner ${1}`}`", "nested inner 1")]
    [InlineData("`obj ${ {a: 1}.a }`", "obj 1")]
    [InlineData("'\\u0041\\x42\\n'", "AB\n")]
    public void Evaluate_StringsAndTypeof_FollowJavaScript(string source, string expected) => Assert.Equal(expected, JsTest.Eval(source));

    [Theory]
    [InlineData("'5' - 2", 3)]
    [InlineData("'6' * '2'", 12)]
    [InlineData("true + 1", 2)]
    [InlineData("null + 1", 1)]
    [InlineData("7 % 3", 1)]
    [InlineData("-7 % 3", -1)]
    [InlineData("2 ** 10", 1024)]
    [InlineData("2 ** 3 ** 2", 512)]
    [InlineData("5 & 3", 1)]
    [InlineData("5 | 3", 7)]
    [InlineData("5 ^ 3", 6)]
    [InlineData("~5", -6)]
    [InlineData("1 << 4", 16)]
    [InlineData("-16 >> 2", -4)]
    [InlineData("var x = 5; x += 2; x -= 1; x *= 3; x /= 2; x", 9)]
    [InlineData("var x = 1; var y = x++; x * 10 + y", 21)]
    [InlineData("var x = 1; var y = ++x; x * 10 + y", 22)]
    [InlineData("var o = { n: 1 }; o.n++; o.n += 5; o['n']--; o.n", 6)]
    [InlineData("var a = [1]; a[0] += 4; a[0]", 5)]
    [InlineData("1 + 2 * 3 - 4 / 2", 5)]
    [InlineData("(1, 2, 3)", 3)]
    public void Evaluate_Arithmetic_FollowsJavaScript(string source, int expected) => Assert.Equal(expected, JsTest.Eval(source));

    [Theory]
    [InlineData("1 == '1'", true)]
    [InlineData("1 === '1'", false)]
    [InlineData("null == undefined", true)]
    [InlineData("null === undefined", false)]
    [InlineData("null == 0", false)]
    [InlineData("0 == ''", true)]
    [InlineData("0 == false", true)]
    [InlineData("'1' != 1", false)]
    [InlineData("'1' !== 1", true)]
    [InlineData("NaN == NaN", false)]
    [InlineData("[1] == 1", true)]
    [InlineData("({}) === ({})", false)]
    [InlineData("var o = {}; o === o", true)]
    [InlineData("'b' > 'a'", true)]
    [InlineData("'10' < '9'", true)]
    [InlineData("'10' < 9", false)]
    [InlineData("NaN < 1 || NaN >= 1", false)]
    [InlineData("'a' in { a: 1 }", true)]
    [InlineData("'b' in { a: 1 }", false)]
    [InlineData("0 in [5]", true)]
    [InlineData("[] instanceof Array", true)]
    [InlineData("new Date() instanceof Date", true)]
    [InlineData("!!''", false)]
    [InlineData("!!'0'", true)]
    [InlineData("!![]", true)]
    public void Evaluate_Comparisons_FollowJavaScript(string source, bool expected) => Assert.Equal(expected, JsTest.Eval(source));

    [Theory]
    [InlineData("null ?? 'd'", "d")]
    [InlineData("0 ?? 'd'", 0)]
    [InlineData("0 || 'd'", "d")]
    [InlineData("1 && 'x'", "x")]
    [InlineData("'' && 'x'", "")]
    [InlineData("var o = null; o?.a?.b", null)]
    [InlineData("var o = { a: { b: 2 } }; o?.a?.b", 2)]
    [InlineData("var o = {}; o.a?.b.c.d", null)]
    [InlineData("var o = {}; o.f?.()", null)]
    [InlineData("var o = { f() { return 3; } }; o.f?.()", 3)]
    [InlineData("var a = null; a?.[0]", null)]
    [InlineData("true ? 'y' : 'n'", "y")]
    [InlineData("var x = null; x ??= 5; x", 5)]
    [InlineData("var x = 1; x ||= 5; x", 1)]
    [InlineData("var x = 1; x &&= 7; x", 7)]
    public void Evaluate_LogicalAndOptional_ShortCircuit(string source, object? expected) => Assert.Equal(expected, JsTest.Eval(source));

    [Fact]
    public void Evaluate_ShortCircuit_DoesNotEvaluateRightSide()
    {
        Assert.Equal(0, JsTest.Eval("var n = 0; function inc() { n++; return true; } false && inc(); true || inc(); 1 ?? inc(); n"));
    }

    [Fact]
    public void Evaluate_DivisionByZero_GivesInfinityAndNaN()
    {
        Assert.Equal(double.PositiveInfinity, JsTest.Eval("1 / 0"));
        Assert.Equal(double.NegativeInfinity, JsTest.Eval("-1 / 0"));
        Assert.Equal(double.NaN, JsTest.Eval("0 / 0"));
        Assert.Equal(double.NaN, JsTest.Eval("'abc' * 1"));
        Assert.Equal("NaN|Infinity", JsTest.Eval("NaN + '|' + Infinity"));
    }

    [Fact]
    public void Evaluate_Delete_RemovesProperty() =>
        Assert.Equal("b", JsTest.Eval("var o = { a: 1, b: 2 }; delete o.a; Object.keys(o).join()"));
}
