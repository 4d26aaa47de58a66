using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PmoFlow.Abstractions.Expressions;

namespace PmoFlow.Scripting.CSharp;

/// <summary>
/// Generates the globals class for one <see cref="ExpressionShape"/>: Elsa's <c>Variables</c>, <c>Input</c>,
/// <c>Output</c>, <c>WorkflowInstanceId</c> and <c>CorrelationId</c>, with one typed property per variable
/// and input so <c>Variables.Counter &gt; 3</c> compiles to a dictionary read and an unbox, not dynamic dispatch.
/// </summary>
/// <remarks>
/// Expression bodies become instance methods of this (partial) class, which is how they see the globals
/// unqualified, as in Elsa. Generated members use <c>__</c> names so they do not clash with user code.
/// </remarks>
internal static class CSharpGlobalsSource
{
    public const string Namespace = "PmoFlow.Generated";
    private const string Context = "global::PmoFlow.Abstractions.Expressions.IExpressionContext";
    private const string Convert = "global::PmoFlow.Scripting.CSharp.CSharpConvert";

    /// <summary>Writes the globals class named <paramref name="className"/> and lists the assemblies it references.</summary>
    public static string Generate(ExpressionShape shape, string className, ISet<Assembly> assemblies)
    {
        var s = new StringBuilder(1024);
        s.Append("namespace ").Append(Namespace).AppendLine(";")
         .AppendLine()
         .Append("public sealed partial class ").AppendLine(className)
         .AppendLine("{")
         .Append("    private readonly ").Append(Context).AppendLine(" __context;")
         .AppendLine("    private VariablesAccessor __variables;")
         .Append("    public ").Append(className).Append('(').Append(Context).AppendLine(" context) { __context = context; __variables = new VariablesAccessor(context); }")
         // The accessors are structs over the context, so reading Variables.Counter allocates nothing; Variables is
         // returned by reference so that assigning Variables.Counter = 5 compiles (CS1612 on a struct rvalue otherwise).
         .AppendLine("    public ref VariablesAccessor Variables => ref __variables;")
         .AppendLine("    public InputAccessor Input => new InputAccessor(__context);")
         .AppendLine("    public OutputAccessor Output => new OutputAccessor(__context);")
         .AppendLine("    public string WorkflowInstanceId => __context.WorkflowInstanceId;")
         .AppendLine("    public string CorrelationId => __context.CorrelationId;")
         .AppendLine();

        OpenAccessor(s, "VariablesAccessor");
        foreach (var (name, type) in Members(shape.Variables, "VariablesAccessor", assemblies))
        {
            var literal = SymbolDisplay.FormatLiteral(name.TrimStart('@'), quote: true);
            s.Append("        public ").Append(type).Append(' ').Append(name).Append(" { get => ").Append(Read(type, $"__context.GetVariable({literal})"))
             .Append("; set => __context.SetVariable(").Append(literal).AppendLine(", value); }");
        }

        s.AppendLine("    }").AppendLine();
        OpenAccessor(s, "InputAccessor");
        s.AppendLine("        public object Get(string name) => __context.GetInput(name);");
        foreach (var (name, type) in Members(shape.Inputs, "InputAccessor", assemblies))
        {
            var literal = SymbolDisplay.FormatLiteral(name.TrimStart('@'), quote: true);
            s.Append("        public ").Append(type).Append(' ').Append(name).Append(" => ").Append(Read(type, $"__context.GetInput({literal})")).AppendLine(";");
        }

        s.AppendLine("    }").AppendLine();
        OpenAccessor(s, "OutputAccessor");
        s.AppendLine("        public object Get(string activityNameOrId, string outputName = null) => __context.GetActivityOutput(activityNameOrId, outputName);")
         .AppendLine("        public object LastResult => __context.LastResult;")
         .AppendLine("    }")
         .AppendLine("}");
        return s.ToString();
    }

    private static void OpenAccessor(StringBuilder s, string name)
        => s.Append("    public readonly struct ").AppendLine(name)
            .AppendLine("    {")
            .Append("        private readonly ").Append(Context).AppendLine(" __context;")
            .Append("        internal ").Append(name).Append('(').Append(Context).AppendLine(" context) { __context = context; }");

    private static string Read(string type, string call) => type == "object" ? call : $"{Convert}.As<{type}>({call})";

    /// <summary>
    /// The members that can become properties: valid identifiers (keywords escaped with <c>@</c>) that do not
    /// clash with the accessor's own members. Others stay reachable through <c>GetVariable</c>-style calls only.
    /// </summary>
    private static IEnumerable<(string Name, string Type)> Members(IReadOnlyList<ExpressionMember> members, string accessor, ISet<Assembly> assemblies)
    {
        foreach (var member in members)
        {
            if (!SyntaxFacts.IsValidIdentifier(member.Name) || member.Name.StartsWith("__", StringComparison.Ordinal)
                || member.Name is "Get" or "LastResult" or "GetType" or "ToString" or "Equals" or "GetHashCode" || member.Name == accessor)
            {
                continue;
            }

            var name = SyntaxFacts.GetKeywordKind(member.Name) == SyntaxKind.None ? member.Name : "@" + member.Name;
            var type = member.Type == typeof(object) ? "object" : CSharpTypeNames.TryWrite(member.Type, assemblies) ?? "object";
            yield return (name, type);
        }
    }
}
