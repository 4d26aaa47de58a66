using PmoFlow.Server.Dashboard.Common;
using PmoFlow.Server.Dashboard.Html;

namespace PmoFlow.Server.Tests.Dashboard.Html;

/// <summary>Data never becomes markup: holes are encoded, links from the store are filtered, anchors are escaped.</summary>
public sealed class HtmlWriterTests
{
    [Fact]
    public void Append_EncodesEveryHole_AndCopiesMarkupAndLiterals()
    {
        var name = "<script>alert('x')</script> & \"quotes\"";
        var html = new HtmlWriter();

        html.Append($"<td title=\"{name}\">{name}{new Markup("<br>")}{12.5m}</td>");

        Assert.Equal("<td title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;\">"
            + "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;<br>12.5</td>", html.ToString());
    }

    [Theory]
    [InlineData("https://pmo.example/report?id=1", "https://pmo.example/report?id=1")]
    [InlineData("http://intranet/doc", "http://intranet/doc")]
    [InlineData("/api/services/a/benefits", "/api/services/a/benefits")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("JavaScript:alert(1)", null)]
    [InlineData("data:text/html,<b>x</b>", null)]
    [InlineData("//evil.example/x", null)]
    [InlineData("/\\evil.example/x", null)]
    [InlineData("ftp://files.example/x", null)]
    [InlineData("report.pdf", null)]
    [InlineData(" ", null)]
    public void SafeUrl_LinksOnlyHttpAndPathsOnThisServer(string link, string? expected) => Assert.Equal(expected, SafeUrl.Href(link));

    [Theory]
    [InlineData("bro-overrun.reduction_2", "bro-overrun.reduction_2")]
    [InlineData("project managers", "project~20~managers")]
    [InlineData("a~b", "a~7e~b")]
    [InlineData("R&D", "R~26~D")]
    public void Anchors_KeepIdsAndEscapeTheRest(string text, string expected) => Assert.Equal(expected, Anchors.Escape(text));
}
