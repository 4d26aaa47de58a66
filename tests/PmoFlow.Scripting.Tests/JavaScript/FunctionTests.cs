namespace PmoFlow.Scripting.Tests.JavaScript;

public sealed class FunctionTests
{
    [Theory]
    [InlineData("function counter() { let n = 0; return () => ++n; } const c = counter(); c(); c(); c()", 3)]
    [InlineData("const add = a => b => a + b; add(2)(3)", 5)]
    [InlineData("const f = (a, b = a * 2) => a + b; f(1)", 3)]
    [InlineData("const f = (...xs) => xs.length; f(1, 2, 3)", 3)]
    [InlineData("function f() { return arguments.length; } f(1, 2)", 2)]
    [InlineData("const sq = function (x) { return x * x; }; sq(4)", 16)]
    [InlineData("const fact = function me(n) { return n <= 1 ? 1 : n * me(n - 1); }; fact(5)", 120)]
    [InlineData("function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } fib(15)", 610)]
    [InlineData("const max = Math.max(...[1, 9, 3]); max", 9)]
    [InlineData("const o = { v: 2, get() { return this.v; } }; o.get()", 2)]
    [InlineData("const o = { v: 3, f() { return [1].map(() => this.v)[0]; } }; o.f()", 3)]
    [InlineData("function F(x) { this.x = x; } const f = new F(7); f.x", 7)]
    [InlineData("function F() { } F.prototype.hi = function () { return 8; }; new F().hi()", 8)]
    [InlineData("function f(a, b) { return this.base + a + b; } f.call({ base: 1 }, 2, 3)", 6)]
    [InlineData("function f(a, b) { return this.base + a + b; } f.apply({ base: 1 }, [2, 3])", 6)]
    [InlineData("function f(a, b) { return this.base + a + b; } const g = f.bind({ base: 1 }, 2); g(3)", 6)]
    [InlineData("(function () { return 11; })()", 11)]
    [InlineData("(() => { var inner = 12; return inner; })()", 12)]
    public void Evaluate_Functions_WorkLikeJavaScript(string source, int expected) => Assert.Equal(expected, JsTest.Eval(source));

    [Fact]
    public void Evaluate_ArrowExpressionBody_ReturnsObjectLiteralInParens() =>
        Assert.Equal(new Dictionary<string, object?> { ["a"] = 1 }, JsTest.Eval("const f = () => ({ a: 1 }); f()"));

    [Fact]
    public void Evaluate_FunctionName_ComesFromDeclaration() =>
        Assert.Equal("foo|bar|m", JsTest.Eval("function foo() {} const bar = () => 1; const o = { m() {} }; foo.name + '|' + bar.name + '|' + o.m.name"));

    [Fact]
    public void Evaluate_ClosuresShareOuterVariable() =>
        Assert.Equal(3, JsTest.Eval("let x = 1; const inc = () => { x++; }; inc(); inc(); x"));
}
