using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Compilation;

/// <summary>
/// Wraps a rule's body as the body of <c>Evaluate()</c> in a class deriving from <c>RuleGlobals</c>, parsed as
/// regular C# (not script). A <c>#line</c> directive makes diagnostics, sequence points and stack traces name the
/// rule file's own lines; the body starts a line, so columns need no shift.
/// </summary>
internal static class RuleCodeGenerator
{
    public const string Namespace = "PmoFlow.Rules.Compiled";
    public const string CreateMethod = "Create";
    public const string EvaluateMethod = "Evaluate";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Regular);

    /// <summary>What every rule may name without a using: the rule API, System, collections and LINQ.</summary>
    public static readonly SyntaxTree Usings = CSharpSyntaxTree.ParseText(
        "global using System;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\nglobal using PmoFlow.Abstractions.Rules;\n",
        ParseOptions, path: "(rule usings)", encoding: Encoding.UTF8);

    public static string ClassName(int index) => "Rule" + index.ToString(CultureInfo.InvariantCulture);

    public static string TypeName(int index) => Namespace + "." + ClassName(index);

    public static SyntaxTree Generate(RuleHeader header, RuleFile file, int index)
    {
        var body = file.Text[header.BodyStart..];
        var name = ClassName(index);
        var text = $$"""
            #nullable enable
            namespace {{Namespace}}
            {
                public sealed class {{name}} : global::PmoFlow.Abstractions.Rules.RuleGlobals
                {
                    public static global::PmoFlow.Abstractions.Rules.RuleGlobals {{CreateMethod}}() => new {{name}}();

                    protected override void {{EvaluateMethod}}()
                    {
            #line {{header.BodyLine.ToString(CultureInfo.InvariantCulture)}} "{{Escape(file.Name)}}"
            {{body}}
            #line hidden
                    }
                }
            }

            """;
        return CSharpSyntaxTree.ParseText(text, ParseOptions, path: file.Name, encoding: Encoding.UTF8);
    }

    private static string Escape(string path) => path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
