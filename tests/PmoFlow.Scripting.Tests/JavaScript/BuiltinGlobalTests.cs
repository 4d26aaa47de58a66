namespace PmoFlow.Scripting.Tests.JavaScript;

public sealed class BuiltinGlobalTests
{
    [Theory]
    [InlineData("Math.abs(-3)", 3)]
    [InlineData("Math.min(4, 2, 8)", 2)]
    [InlineData("Math.max(4, 2, 8)", 8)]
    [InlineData("Math.round(2.5)", 3)]
    [InlineData("Math.round(-2.5)", -2)]
    [InlineData("Math.round(2.4)", 2)]
    [InlineData("Math.floor(-1.5)", -2)]
    [InlineData("Math.ceil(1.2)", 2)]
    [InlineData("Math.pow(2, 8)", 256)]
    [InlineData("Math.sqrt(81)", 9)]
    [InlineData("Math.trunc(-4.7)", -4)]
    [InlineData("Math.sign(-3)", -1)]
    [InlineData("parseInt('42px')", 42)]
    [InlineData("parseInt('ff', 16)", 255)]
    [InlineData("parseInt('0x1A')", 26)]
    [InlineData("Number('12')", 12)]
    [InlineData("Number('')", 0)]
    [InlineData("Number(true)", 1)]
    [InlineData("Number(null)", 0)]
    [InlineData("+'  7  '", 7)]
    public void Evaluate_MathAndNumbers_Correct(string source, int expected) => Assert.Equal(expected, JsTest.Eval(source));

    [Theory]
    [InlineData("parseFloat('3.25abc')", 3.25)]
    [InlineData("parseFloat('.5')", 0.5)]
    [InlineData("Number('1e3')", 1000)]
    [InlineData("Number('0.1')", 0.1)]
    public void Evaluate_Parsing_GivesDoubles(string source, double expected) => Assert.Equal(Convert.ToDouble(JsTest.Eval(source), System.Globalization.CultureInfo.InvariantCulture), expected);

    [Theory]
    [InlineData("isNaN('abc')", true)]
    [InlineData("isNaN('12')", false)]
    [InlineData("isFinite('12')", true)]
    [InlineData("isFinite(1 / 0)", false)]
    [InlineData("Number.isInteger(5)", true)]
    [InlineData("Number.isInteger(5.5)", false)]
    [InlineData("Boolean('')", false)]
    [InlineData("Boolean('x')", true)]
    [InlineData("Boolean(0)", false)]
    [InlineData("isNaN(parseInt('abc'))", true)]
    [InlineData("isNaN(Number('12abc'))", true)]
    public void Evaluate_Predicates_Correct(string source, bool expected) => Assert.Equal(expected, JsTest.Eval(source));

    [Theory]
    [InlineData("JSON.stringify({ a: 1, b: [true, null, 'x'], c: undefined, d: () => 1 })", "{\"a\":1,\"b\":[true,null,\"x\"]}")]
    [InlineData("JSON.stringify([undefined, 1.5, NaN])", "[null,1.5,null]")]
    [InlineData("JSON.stringify('he said \"hi\"\\n')", "\"he said \\\"hi\\\"\\n\"")]
    [InlineData("JSON.stringify({ a: [1] }, null, 2)", "{\n  \"a\": [\n    1\n  ]\n}")]
    [InlineData("JSON.stringify({ d: new Date(0) })", "{\"d\":\"1970-01-01T00:00:00.000Z\"}")]
    [InlineData("JSON.parse('{\"a\":{\"b\":[1,2]}}').a.b[1] + ''", "2")]
    [InlineData("JSON.stringify(JSON.parse('{\"z\":1,\"a\":2}'))", "{\"z\":1,\"a\":2}")]
    [InlineData("Object.keys({ b: 1, a: 2 }).join()", "b,a")]
    [InlineData("Object.keys({ b: 1, 2: 0, 1: 0 }).join()", "1,2,b")]
    [InlineData("Object.values({ a: 1, b: 'x' }).join()", "1,x")]
    [InlineData("Object.entries({ a: 1 }).map(([k, v]) => k + '=' + v).join()", "a=1")]
    [InlineData("JSON.stringify(Object.assign({ a: 1 }, { b: 2 }, { a: 3 }))", "{\"a\":3,\"b\":2}")]
    [InlineData("JSON.stringify({ ...{ a: 1 }, b: 2, ['c' + 1]: 3 })", "{\"a\":1,\"b\":2,\"c1\":3}")]
    [InlineData("const a = 1, b = 2; JSON.stringify({ a, b })", "{\"a\":1,\"b\":2}")]
    [InlineData("JSON.stringify(Object.fromEntries([['a', 1]]))", "{\"a\":1}")]
    [InlineData("String(new Error('m'))", "Error: m")]
    [InlineData("new TypeError('t').name", "TypeError")]
    [InlineData("Object.prototype.toString.call([])", "[object Array]")]
    [InlineData("({ a: 1 }).hasOwnProperty('a') + ''", "true")]
    public void Evaluate_JsonAndObject_Correct(string source, string expected) => Assert.Equal(expected, JsTest.Eval(source));

    [Fact]
    public void Evaluate_JsonParseInvalid_ThrowsSyntaxError() =>
        Assert.Contains("SyntaxError", JsTest.Fails("JSON.parse('{bad')").Message, StringComparison.Ordinal);

    [Fact]
    public void Evaluate_JsonStringifyCircular_ThrowsTypeError() =>
        Assert.Contains("circular", JsTest.Fails("const o = {}; o.self = o; JSON.stringify(o)").Message, StringComparison.Ordinal);

    [Fact]
    public void Evaluate_DateNow_ReadsTimeProvider()
    {
        var time = new ManualTimeProvider(TimeSpan.Zero) { Now = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero) };
        var evaluator = JsTest.CreateEvaluator(timeProvider: time);
        Assert.Equal(time.Now.ToUnixTimeMilliseconds(), evaluator.Eval("Date.now()"));
        Assert.Equal("2024-01-02T03:04:05.000Z", evaluator.Eval("new Date().toISOString()"));
        Assert.Equal(2024, evaluator.Eval("new Date().getFullYear()"));
        Assert.Equal(0, evaluator.Eval("new Date().getMonth()"));
    }

    [Fact]
    public void Evaluate_DateConstructors_Parse()
    {
        Assert.Equal("2020-02-29T12:00:00.000Z", JsTest.Eval("new Date('2020-02-29T12:00:00Z').toISOString()"));
        Assert.Equal("2020-03-01T00:00:00.000Z", JsTest.Eval("new Date(Date.UTC(2020, 1, 30)).toISOString()"));
        Assert.Equal(86400000, JsTest.Eval("new Date(86400000).getTime()"));
        Assert.Equal(true, JsTest.Eval("isNaN(new Date('nope').getTime())"));
        Assert.Equal(1000, JsTest.Eval("new Date(2000) - new Date(1000)"));
    }

    [Fact]
    public void Evaluate_BuiltinsAreFrozen_CannotBeChangedByScripts()
    {
        Assert.Contains("TypeError", JsTest.Fails("Math.abs = null").Message, StringComparison.Ordinal);
        Assert.Contains("TypeError", JsTest.Fails("Array.prototype.push = null").Message, StringComparison.Ordinal);
        Assert.Equal(3, JsTest.Eval("Math.abs(-3)"));
    }
}
