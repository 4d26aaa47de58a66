namespace PmoFlow.Scripting.Tests.JavaScript;

public sealed class StatementTests
{
    [Theory]
    [InlineData("var x = 1; { var x = 2; } x", 2)]
    [InlineData("let x = 1; { let x = 2; } x", 1)]
    [InlineData("const x = 1; { const x = 2; x } ", 2)]
    [InlineData("let a = 1, b = 2; a + b", 3)]
    [InlineData("var u; typeof u === 'undefined' ? 1 : 0", 1)]
    [InlineData("function f() { return g(); } function g() { return 4; } f()", 4)]
    [InlineData("f(); function f() { return 1; } f() + 1", 2)]
    public void Evaluate_Declarations_ScopeCorrectly(string source, int expected) => Assert.Equal(expected, JsTest.Eval(source));

    [Theory]
    [InlineData("var r; if (1 < 2) r = 'a'; else r = 'b'; r", "a")]
    [InlineData("var r; if (1 > 2) r = 'a'; else if (2 > 1) r = 'b'; else r = 'c'; r", "b")]
    [InlineData("var r = ''; for (var i = 0; i < 3; i++) r += i; r", "012")]
    [InlineData("var r = ''; for (const x of [1, 2, 3]) r += x; r", "123")]
    [InlineData("var r = ''; for (const c of 'ab') r += c + '-'; r", "a-b-")]
    [InlineData("var r = ''; for (const k in { a: 1, b: 2 }) r += k; r", "ab")]
    [InlineData("var r = ''; for (const k in [5, 6]) r += k; r", "01")]
    [InlineData("var i = 0, r = ''; while (i < 3) { r += i; i++; } r", "012")]
    [InlineData("var i = 5, r = ''; do { r += i; } while (i < 3); r", "5")]
    [InlineData("var r = ''; for (let i = 0; i < 10; i++) { if (i == 2) continue; if (i == 4) break; r += i; } r", "013")]
    [InlineData("var r = ''; outer: for (let i = 0; i < 3; i++) { for (let j = 0; j < 3; j++) { if (j == 1) continue outer; if (i == 2) break outer; r += i + '' + j; } } r", "0010")]
    [InlineData("var r = ''; var i = 0; for (;;) { if (++i > 3) break; r += i; } r", "123")]
    public void Evaluate_ControlFlow_RunsLikeJavaScript(string source, string expected) => Assert.Equal(expected, JsTest.Eval(source));

    [Theory]
    [InlineData("function f(x) { switch (x) { case 1: return 'one'; case 2: case 3: return 'few'; default: return 'many'; } } f(1) + f(3) + f(9)", "onefewmany")]
    [InlineData("var r = ''; switch (2) { case 1: r += 'a'; case 2: r += 'b'; case 3: r += 'c'; break; case 4: r += 'd'; } r", "bc")]
    [InlineData("var r = ''; switch ('x') { default: r += 'd'; case 'y': r += 'y'; } r", "dy")]
    [InlineData("var r = 'none'; switch ('1') { case 1: r = 'number'; break; } r", "none")]
    public void Evaluate_Switch_UsesStrictEqualityAndFallThrough(string source, string expected) => Assert.Equal(expected, JsTest.Eval(source));

    [Theory]
    [InlineData("try { throw new Error('boom'); } catch (e) { e.message }", "boom")]
    [InlineData("try { null.x; } catch (e) { e.name }", "TypeError")]
    [InlineData("try { missing; } catch (e) { e instanceof ReferenceError ? 'ref' : 'other' }", "ref")]
    [InlineData("var r = ''; try { r += 'a'; } finally { r += 'b'; } r", "ab")]
    [InlineData("var r = ''; try { try { throw 'x'; } finally { r += 'f'; } } catch (e) { r += e; } r", "fx")]
    [InlineData("function f() { try { return 'try'; } finally { log = 'fin'; } } var log = ''; f() + log", "tryfin")]
    [InlineData("function f() { try { return 'try'; } finally { return 'finally'; } } f()", "finally")]
    [InlineData("try { throw { code: 42 }; } catch ({ code }) { 'code' + code }", "code42")]
    [InlineData("try { throw 1; } catch { 'caught' }", "caught")]
    public void Evaluate_TryCatchFinally_HandlesExceptions(string source, string expected) => Assert.Equal(expected, JsTest.Eval(source));

    [Fact]
    public void Evaluate_LetInForLoop_CapturesPerIteration()
    {
        Assert.Equal("012", JsTest.Eval("var fs = []; for (let i = 0; i < 3; i++) fs.push(() => i); fs.map(f => f()).join('')"));
        Assert.Equal("333", JsTest.Eval("var fs = []; for (var i = 0; i < 3; i++) fs.push(() => i); fs.map(f => f()).join('')"));
    }

    [Fact]
    public void Evaluate_AssignToConst_ThrowsTypeError()
    {
        var ex = JsTest.Fails("const x = 1;\nx = 2;");
        Assert.Contains("TypeError", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Destructuring_BindsNames()
    {
        Assert.Equal(6, JsTest.Eval("const { a, b: { c }, d = 3 } = { a: 1, b: { c: 2 } }; a + c + d"));
        Assert.Equal("1,2|3,4", JsTest.Eval("const [x, y, ...rest] = [1, 2, 3, 4]; x + ',' + y + '|' + rest"));
        Assert.Equal("2,1", JsTest.Eval("let p = 1, q = 2; [p, q] = [q, p]; p + ',' + q"));
        Assert.Equal(5, JsTest.Eval("function f({ x, y = 4 }) { return x + y; } f({ x: 1 })"));
        Assert.Equal("a=1;b=2;", JsTest.Eval("let s = ''; for (const [k, v] of Object.entries({ a: 1, b: 2 })) s += k + '=' + v + ';'; s"));
    }

    [Fact]
    public void Evaluate_AutomaticSemicolonInsertion_SplitsStatementsAtNewlines()
    {
        Assert.Equal(3, JsTest.Eval("var a = 1\nvar b = 2\na + b"));
        Assert.Null(JsTest.Eval("function f() {\n  return\n  42\n}\nf()"));
    }
}
