namespace PmoFlow.Scripting.Tests.JavaScript;

public sealed class BuiltinArrayTests
{
    [Theory]
    [InlineData("[1, 2, 3].length", 3)]
    [InlineData("const a = [1]; a.push(2, 3)", 3)]
    [InlineData("const a = [1, 2]; a.pop()", 2)]
    [InlineData("const a = [1, 2]; a.shift()", 1)]
    [InlineData("[1, 2, 3].reduce((s, x) => s + x, 0)", 6)]
    [InlineData("[1, 2, 3].reduce((s, x) => s + x)", 6)]
    [InlineData("[5, 6, 7].find(x => x > 5)", 6)]
    [InlineData("[5, 6, 7].findIndex(x => x > 5)", 1)]
    [InlineData("[5, 6, 7].findIndex(x => x > 9)", -1)]
    [InlineData("[5, 6, 7].indexOf(7)", 2)]
    [InlineData("const a = [1, 2, 3]; a.length = 1; a.length", 1)]
    [InlineData("const a = []; a[3] = 1; a.length", 4)]
    [InlineData("new Array(5).length", 5)]
    [InlineData("Array.from('abc').length", 3)]
    [InlineData("[3, 1, 2].sort().at(-1)", 3)]
    public void Evaluate_ArrayNumbers_Correct(string source, int expected) => Assert.Equal(expected, JsTest.Eval(source));

    [Theory]
    [InlineData("[1, 2, 3].map(x => x * 2).join()", "2,4,6")]
    [InlineData("[1, 2, 3, 4].filter(x => x % 2 == 0).join()", "2,4")]
    [InlineData("let s = ''; [1, 2].forEach((x, i) => s += x + ':' + i + ' '); s", "1:0 2:1 ")]
    [InlineData("[1, 2].concat([3], 4).join('-')", "1-2-3-4")]
    [InlineData("[1, 2, 3, 4].slice(1, 3).join()", "2,3")]
    [InlineData("[1, 2, 3, 4].slice(-2).join()", "3,4")]
    [InlineData("[10, 9, 1, 2].sort().join()", "1,10,2,9")]
    [InlineData("[10, 9, 1, 2].sort((a, b) => a - b).join()", "1,2,9,10")]
    [InlineData("[{ n: 'b', k: 1 }, { n: 'a', k: 1 }, { n: 'c', k: 0 }].sort((x, y) => x.k - y.k).map(x => x.n).join('')", "cba")]
    [InlineData("[1, 2, 3].reverse().join()", "3,2,1")]
    [InlineData("[1, [2, 3]].flat().join()", "1,2,3")]
    [InlineData("[1, null, undefined, 2].join('-')", "1---2")]
    [InlineData("const a = [1, 2, 3, 4]; a.splice(1, 2, 'x'); a.join()", "1,x,4")]
    [InlineData("[...[1, 2], ...'ab'].join()", "1,2,a,b")]
    [InlineData("Array.of(1, 2).join()", "1,2")]
    [InlineData("Array.from([1, 2], x => x * 3).join()", "3,6")]
    [InlineData("[1, 2, 3].toString()", "1,2,3")]
    public void Evaluate_ArrayMethods_Correct(string source, string expected) => Assert.Equal(expected, JsTest.Eval(source));

    [Theory]
    [InlineData("[1, 2].includes(2)", true)]
    [InlineData("[NaN].includes(NaN)", true)]
    [InlineData("[NaN].indexOf(NaN) >= 0", false)]
    [InlineData("[1, 2].some(x => x > 1)", true)]
    [InlineData("[1, 2].every(x => x > 1)", false)]
    [InlineData("[].every(x => false)", true)]
    [InlineData("Array.isArray([])", true)]
    [InlineData("Array.isArray('a')", false)]
    public void Evaluate_ArrayPredicates_Correct(string source, bool expected) => Assert.Equal(expected, JsTest.Eval(source));

    [Fact]
    public void Evaluate_ReduceOfEmptyArray_ThrowsTypeError() =>
        Assert.Contains("TypeError: Reduce of empty array", JsTest.Fails("[].reduce((a, b) => a)").Message, StringComparison.Ordinal);

    [Fact]
    public void Evaluate_SortComparatorThrows_PropagatesJavaScriptError() =>
        Assert.Equal("bad", JsTest.Eval("try { [2, 1].sort(() => { throw 'bad'; }); } catch (e) { e }"));
}
