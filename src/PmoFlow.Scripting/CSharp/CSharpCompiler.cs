using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PmoFlow.Abstractions.Expressions;

namespace PmoFlow.Scripting.CSharp;

/// <summary>
/// Compiles expressions with <see cref="CSharpCompilation"/> and emits them into a collectible load context.
/// Not CSharpScript: a script's assembly can never be unloaded (DESIGN.md §4).
/// </summary>
internal sealed class CSharpCompiler
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

    // One small expression compiles faster on one thread; a workflow's batch gains from parallel binding.
    private static readonly CSharpCompilationOptions SingleOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Disable,
        concurrentBuild: false);

    private static readonly CSharpCompilationOptions BatchOptions = SingleOptions.WithConcurrentBuild(true);

    private static readonly SyntaxTree Usings = CSharpSyntaxTree.ParseText(
        "global using System;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\nglobal using System.Text;\n",
        ParseOptions);

    private static int s_assemblies;

    private readonly ConcurrentDictionary<string, Lazy<CSharpShapeGlobals>> _shapes = new(StringComparer.Ordinal);
    private int _shapeIds;
    private int _compilations;

    /// <summary>How many compilations were emitted; a batch counts once.</summary>
    public int CompileCount => Volatile.Read(ref _compilations);

    /// <summary>Forgets the parsed globals classes. They hold syntax only, no loaded code.</summary>
    public void ClearShapes() => _shapes.Clear();

    /// <summary>
    /// Compiles all <paramref name="items"/> in one compilation and one load context. Items with errors get
    /// their diagnostics and the rest are compiled again without them, so one bad expression does not fail a workflow.
    /// </summary>
    public CompiledExpression[] Compile(IReadOnlyList<(string Source, ExpressionShape Shape)> items)
    {
        var sources = items.Select((item, i) => CSharpExpressionSource.Create(i, item.Source, GetShape(item.Shape), ParseOptions)).ToArray();
        var results = new CompiledExpression?[sources.Length];
        while (true)
        {
            var pending = sources.Where(s => results[s.Index] is null).ToList();
            if (pending.Count == 0)
            {
                return results!;
            }

            var (assembly, unit, errors) = Emit(pending);
            if (assembly is not null)
            {
                foreach (var source in pending)
                {
                    results[source.Index] = CompiledExpression.Success(CreateDelegate(assembly, source), unit!);
                }

                return results!;
            }

            var failedAny = false;
            foreach (var source in pending)
            {
                var own = errors.Where(d => d.Location.SourceTree is null || d.Location.SourceTree == source.Tree
                    || d.Location.SourceTree == source.Shape.Tree || d.Location.SourceTree == Usings).ToList();
                if (own.Count > 0)
                {
                    results[source.Index] = CompiledExpression.Failure([.. own.Select(source.Map)]);
                    failedAny = true;
                }
            }

            if (!failedAny)
            {
                // Errors no single expression owns: report them on all rather than loop.
                foreach (var source in pending)
                {
                    results[source.Index] = CompiledExpression.Failure([.. errors.Select(source.Map)]);
                }
            }
        }
    }

    private (Assembly? Assembly, CompiledUnit? Unit, IReadOnlyList<Diagnostic> Errors) Emit(List<CSharpExpressionSource> sources)
    {
        var shapes = sources.Select(s => s.Shape).Distinct().ToList();
        var name = "PmoFlow.CSharp." + Interlocked.Increment(ref s_assemblies).ToString(CultureInfo.InvariantCulture);
        var compilation = CSharpCompilation.Create(
            name,
            [Usings, .. shapes.Select(s => s.Tree), .. sources.Select(s => s.Tree)],
            [.. CSharpReferences.Base, .. shapes.SelectMany(s => s.References).Distinct()],
            sources.Count > 1 ? BatchOptions : SingleOptions);

        using var stream = new MemoryStream();
        Interlocked.Increment(ref _compilations);
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            return (null, null, [.. result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)]);
        }

        stream.Position = 0;
        var context = new AssemblyLoadContext(name, isCollectible: true);
        return (context.LoadFromStream(stream), new CompiledUnit(context), []);
    }

    private static Func<IExpressionContext, object?> CreateDelegate(Assembly assembly, CSharpExpressionSource source)
    {
        var type = assembly.GetType(CSharpGlobalsSource.Namespace + "." + source.Shape.ClassName, throwOnError: true)!;
        var method = type.GetMethod(source.RunMethod, BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"Generated method {source.RunMethod} is missing.");
        return method.CreateDelegate<Func<IExpressionContext, object?>>();
    }

    private CSharpShapeGlobals GetShape(ExpressionShape shape)
        => _shapes.GetOrAdd(shape.Key, (_, s) => new Lazy<CSharpShapeGlobals>(() => CreateShape(s)), shape).Value;

    private CSharpShapeGlobals CreateShape(ExpressionShape shape)
    {
        var className = "Globals" + Interlocked.Increment(ref _shapeIds).ToString(CultureInfo.InvariantCulture);
        var assemblies = new HashSet<Assembly>();
        var source = CSharpGlobalsSource.Generate(shape, className, assemblies);
        var references = assemblies.Select(CSharpReferences.ForExtra).OfType<MetadataReference>().ToImmutableArray();
        return new CSharpShapeGlobals(className, CSharpSyntaxTree.ParseText(source, ParseOptions), references);
    }
}
