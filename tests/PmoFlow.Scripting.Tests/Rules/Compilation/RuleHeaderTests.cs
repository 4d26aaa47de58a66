using PmoFlow.Scripting.Rules.Sources;
using PmoFlow.Scripting.Tests.Rules.Support;

namespace PmoFlow.Scripting.Tests.Rules.Compilation;

public sealed class RuleHeaderTests
{
    [Fact]
    public void Parse_FullHeader_ReadsFieldsAndBodyLine()
    {
        var file = new RuleFile("value-delivery.csx", """
            // rule: value-delivery
            // gates: gate-9-10, gate-10-1
            // version: 2.1
            // description: realized benefits reach
            //   a share of plan
            // a free comment, part of the body
            Require("x", "d", "o", "t", true, "");
            """);

        var (header, errors) = RuleHeaderParser.Parse(file);

        Assert.Empty(errors);
        Assert.NotNull(header);
        Assert.Equal("value-delivery", header.Id);
        Assert.Equal(["gate-9-10", "gate-10-1"], header.Gates);
        Assert.Equal("2.1", header.Version);
        Assert.Equal("realized benefits reach a share of plan", header.Description);
        Assert.Equal(6, header.BodyLine);
        Assert.StartsWith("// a free comment", file.Text[header.BodyStart..], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoHeader_ReportsEachMissingFieldAtTheTop()
    {
        var (header, errors) = RuleHeaderParser.Parse(new RuleFile("trir.csx", "// Gate clause: the incident rate stays low.\nreturn;\n"));

        Assert.Null(header);
        Assert.Equal(["rule", "gates", "version", "description"], errors.Select(e => e.Message.Split('\'')[1].TrimEnd(':')));
        Assert.All(errors, e => Assert.Equal(("trir.csx", 1, 1, RuleCodes.Header), (e.File, e.Line, e.Column, e.Code)));
    }

    [Fact]
    public void Parse_BadValues_ReportsThemAtTheirLineAndColumn()
    {
        var file = new RuleFile("bad.csx", "// rule: Bad_Id\n// gates: gate-5-6, gate 6 7\n// version: one\n// descripton: typo\nRequire(\"x\", \"d\", \"o\", \"t\", true, \"\");\n");

        var (_, errors) = RuleHeaderParser.Parse(file);

        Assert.Contains(errors, e => e.ToString() == "bad.csx(1,10): error PMOR0100: 'Bad_Id' is not a valid rule id (lower-case letters, digits, '.' and '-')");
        Assert.Contains(errors, e => e.ToString() == "bad.csx(2,21): error PMOR0100: 'gate 6 7' is not a valid gate name (such as gate-5-6)");
        Assert.Contains(errors, e => e.ToString() == "bad.csx(3,13): error PMOR0100: 'one' is not a valid version (1, 2.1 or 2.1.3)");
        Assert.Contains(errors, e => e.Line == 4 && e.Column == 4 && e.Message.StartsWith("unknown header field 'descripton'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 1 && e.Message.StartsWith("the header has no 'description:' line", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_RepeatedFieldAndEmptyBody_AreErrors()
    {
        var (_, errors) = RuleHeaderParser.Parse(new RuleFile("twice.csx", Rule.Header("twice") + "// rule: again\n"));

        Assert.Contains(errors, e => e.Line == 5 && e.Message == "the header has 'rule:' twice");
        Assert.Contains(errors, e => e.Code == RuleCodes.EmptyBody);
    }

    [Fact]
    public void Compile_TwoFilesWithOneId_ReportsTheSecond()
    {
        var result = new PmoFlow.Scripting.Rules.Compilation.RulePackCompiler().Compile(Rule.Pack(
            Rule.File("same", "Require(\"a\", \"a\", \"a\", \"a\", true, \"\");"),
            new RuleFile("z-copy.csx", Rule.Header("same") + "Require(\"b\", \"b\", \"b\", \"b\", true, \"\");")));

        var error = Assert.Single(result.Errors);
        Assert.Equal("z-copy.csx(1,1): error PMOR0101: rule 'same' is also declared in same.csx", error.ToString());
    }
}
