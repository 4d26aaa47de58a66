using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Emit;
using PmoFlow.Scripting.CSharp;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Compilation;

/// <summary>
/// Compiles a rule pack as one <see cref="CSharpCompilation"/>: headers, then C# diagnostics, then the allow-list,
/// then the budget injection and the emit. Every problem is reported at once, at the rule file's own line and column.
/// </summary>
/// <remarks>
/// The checks bind the rule as written (exact positions; the injector asks it whether a lambda returns a value) and
/// the emit binds the budgeted rewrite again: two binds, the price of reporting at the author's own columns. The
/// metadata references are the process-wide set the expression compiler uses, so Roslyn reuses their symbols across
/// compiles (a warm one-rule compile takes about 10 ms).
/// </remarks>
internal sealed class RulePackCompiler
{
    private static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable,
        concurrentBuild: false,
        deterministic: true);

    private static readonly EmitOptions Emit = new(debugInformationFormat: DebugInformationFormat.PortablePdb);

    private int _compiles;

    /// <summary>How many packs this compiler compiled (not loaded from the cache).</summary>
    public int CompileCount => Volatile.Read(ref _compiles);

    /// <summary>Compiles <paramref name="source"/>.</summary>
    /// <param name="source">The pack.</param>
    /// <param name="warnings">
    /// Whether to report warnings too. Without, a pack that compiles is bound once for the checks and once by the
    /// emit (about a third faster, which is what a reload wants); errors are always reported in full.
    /// </param>
    public RuleCompilation Compile(RulePackSource source, bool warnings = true)
    {
        ArgumentNullException.ThrowIfNull(source);
        Interlocked.Increment(ref _compiles);
        var diagnostics = new List<RuleDiagnostic>();
        var headers = RulePackHeaders.Parse(source, diagnostics);
        var rules = headers.Where(h => h.Header is not null).Select(h => (Header: h.Header!, h.File)).ToList();
        if (source.Files.Count == 0 || rules.Count == 0)
            return new RuleCompilation(source, diagnostics.Count == 0 ? [] : [.. rules.Select(r => r.Header)], diagnostics, null);

        var units = rules.Select((r, i) => new Unit(RuleCodeGenerator.Generate(r.Header, r.File, i), r.Header, r.File)).ToList();
        var compilation = CSharpCompilation.Create(
            AssemblyName(source),
            [RuleCodeGenerator.Usings, .. units.Select(u => u.Tree)],
            CSharpReferences.Base,
            Options.WithConcurrentBuild(units.Count > 4));

        // Binding dominates; each rule binds on its own tree, so a larger pack checks its rules in parallel.
        Parallel.For(0, units.Count, new ParallelOptions { MaxDegreeOfParallelism = units.Count > 4 ? Environment.ProcessorCount : 1 }, index =>
        {
            var unit = units[index];
            unit.Model = compilation.GetSemanticModel(unit.Tree);
            CheckStructure(unit.Tree, index, unit.Mapper, unit.Diagnostics);
            if (Evaluate(unit.Tree) is { } method) CheckPolicy(unit.Model, method, compilation.Assembly, unit.Mapper, unit.Diagnostics);
        });
        foreach (var unit in units) diagnostics.AddRange(unit.Diagnostics);
        var failed = diagnostics.Any(d => d.IsError) || headers.Any(h => h.Header is null);
        if (warnings || failed) AddCompilerDiagnostics(units, diagnostics);
        if (failed || diagnostics.Any(d => d.IsError)) return Failed();

        var budgeted = compilation;
        foreach (var unit in units)
        {
            var root = new BudgetInjector(unit.Model!).Visit(unit.Tree.GetRoot());
            budgeted = budgeted.ReplaceSyntaxTree(unit.Tree, unit.Tree.WithRootAndOptions(root, unit.Tree.Options));
        }

        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var result = budgeted.Emit(pe, pdb, options: Emit);
        if (!result.Success)
        {
            // The rewritten trees' columns are off where budget checks went in: report the checked trees' errors instead.
            if (!warnings) AddCompilerDiagnostics(units, diagnostics);
            if (!diagnostics.Any(d => d.IsError))
            {
                // Nothing wrong with the rules, so the injected code is at fault: the engine's bug, in the compiler's words.
                diagnostics.AddRange(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => new RuleDiagnostic(rules[0].File.Name, 1, 1, d.Id,
                    "the rule engine failed to compile the budgeted rules: " + d.GetMessage(CultureInfo.InvariantCulture))));
            }
            return Failed();
        }
        return new RuleCompilation(source, [.. rules.Select(r => r.Header)], Deduplicated(diagnostics), new RuleImage(pe.ToArray(), pdb.ToArray()));

        RuleCompilation Failed() => new(source, [.. rules.Select(r => r.Header)], Deduplicated(diagnostics), null);
    }

    /// <summary>Compiles a one-rule pack and throws its result away: Roslyn's JIT and metadata warm up off the request path.</summary>
    public void WarmUp()
    {
        var source = new RulePackSource("warm-up", "warm-up", [new RuleFile("warm-up.csx", """
            // rule: warm-up
            // gates: gate-0-0
            // version: 1
            // description: compiled once at start so the first real compile is warm
            var answers = Surveys.SinceStepEntered.Where(s => s.Csat is not null).ToList();
            Require("warm", "warm", $"{answers.Count}", "0", answers.Count >= 0, "");
            """)]);
        var result = Compile(source);
        if (!result.Succeeded) throw new InvalidOperationException("The warm-up rule does not compile: " + string.Join("; ", result.Errors));
    }

    private static void AddCompilerDiagnostics(List<Unit> units, List<RuleDiagnostic> diagnostics)
    {
        foreach (var unit in units)
        {
            foreach (var d in unit.Model!.GetDiagnostics().Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning))
                if (unit.Mapper.Map(d) is { } mapped) diagnostics.Add(mapped);
        }
    }

    private static MethodDeclarationSyntax? Evaluate(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().FirstOrDefault(m => m.Identifier.ValueText == RuleCodeGenerator.EvaluateMethod);

    /// <summary>
    /// A body holds statements only. One that closes the generated method early (a '}' too many) could declare
    /// members of its own: fields with state that outlives an evaluation, or methods the allow-list never walks. So
    /// the tree must be exactly what the generator wrote: one namespace, one class, its Create and Evaluate methods.
    /// </summary>
    private static void CheckStructure(SyntaxTree tree, int index, RuleDiagnosticMapper mapper, List<RuleDiagnostic> diagnostics)
    {
        var root = (CompilationUnitSyntax)tree.GetRoot();
        var expected = new HashSet<SyntaxNode>();
        if (root.Members.FirstOrDefault() is BaseNamespaceDeclarationSyntax ns)
        {
            expected.Add(ns);
            if (ns.Members.FirstOrDefault() is ClassDeclarationSyntax type && type.Identifier.ValueText == RuleCodeGenerator.ClassName(index))
            {
                expected.Add(type);
                if (type.Members.ElementAtOrDefault(0) is MethodDeclarationSyntax { Identifier.ValueText: RuleCodeGenerator.CreateMethod } create) expected.Add(create);
                if (type.Members.ElementAtOrDefault(1) is MethodDeclarationSyntax { Identifier.ValueText: RuleCodeGenerator.EvaluateMethod } evaluate) expected.Add(evaluate);
            }
        }
        var extra = root.DescendantNodes().OfType<MemberDeclarationSyntax>().FirstOrDefault(m => !expected.Contains(m));
        if (extra is not null || expected.Count < 4)
            diagnostics.Add(mapper.At((SyntaxNode?)extra ?? root, RuleCodes.NotStatements,
                "a rule's body holds statements only; this declares a member or type outside it (is there a '}' too many above?)"));
    }

    private static void CheckPolicy(SemanticModel model, MethodDeclarationSyntax evaluate, IAssemblySymbol rules, RuleDiagnosticMapper mapper, List<RuleDiagnostic> diagnostics)
    {
        void Report(SyntaxNode node, string code, string message) => diagnostics.Add(mapper.At(node, code, message));
        if (evaluate.Body is not { } body) return;
        new RuleSyntaxPolicy(model, Report).Visit(body);
        if (model.GetOperation(evaluate) is { } operation) new RuleOperationPolicy(rules, Report).Visit(operation);
    }

    /// <summary>One report per place and message (a declaration and its initializer can name the same refused type), ordered by file and position.</summary>
    private static List<RuleDiagnostic> Deduplicated(List<RuleDiagnostic> diagnostics) =>
        [.. diagnostics.DistinctBy(d => (d.File, d.Line, d.Message)).OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)];

    /// <summary>One rule's generated tree, its semantic model once made, and the mapping back to its file.</summary>
    private sealed class Unit(SyntaxTree tree, RuleHeader header, RuleFile file)
    {
        public SyntaxTree Tree { get; } = tree;

        public RuleDiagnosticMapper Mapper { get; } = new(tree, header, file);

        public SemanticModel? Model { get; set; }

        public List<RuleDiagnostic> Diagnostics { get; } = [];
    }

    private static string AssemblyName(RulePackSource source) => $"PmoFlow.Rules.{source.Name}.{source.Hash[..16]}";
}
