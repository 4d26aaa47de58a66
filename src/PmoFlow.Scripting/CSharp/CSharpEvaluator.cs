using Microsoft.Extensions.Options;
using PmoFlow.Abstractions.Expressions;

namespace PmoFlow.Scripting.CSharp;

/// <summary>
/// Evaluates Elsa's <c>CSharp</c> expressions and RunCSharp scripts. Each distinct source and shape is
/// compiled once into a collectible load context and then runs as a plain delegate call.
/// </summary>
/// <remarks>
/// In-process C# is not a sandbox: expressions run with the host's permissions, so only trusted authors
/// (the organization's admins) should write them.
/// </remarks>
internal sealed partial class CSharpEvaluator : IExpressionEvaluator
{
    private readonly CSharpCompiler _compiler = new();
    private readonly int _maxCached;

    public CSharpEvaluator(IOptions<CSharpExpressionOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        var validation = new CSharpExpressionOptionsValidator().Validate(null, value);
        if (validation.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(CSharpExpressionOptions), [validation.FailureMessage]);
        }

        _maxCached = value.MaxCachedExpressions;
    }

    public string ExpressionType => "CSharp";

    /// <summary>How many compilations ran; a <see cref="Precompile"/> batch counts once.</summary>
    internal int CompileCount => _compiler.CompileCount;

    public IReadOnlyList<ExpressionDiagnostic> Check(string source, ExpressionShape shape)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(shape);

        // Goes through the cache: the loader checks a workflow at load time and evaluation then reuses the result.
        return GetOrCompile(source, shape).Diagnostics;
    }

    public ValueTask<object?> EvaluateAsync(string source, IExpressionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        return PreparedCSharpExpression.Run(Compiled(source, context.Shape), context);
    }

    public IPreparedExpression Prepare(string source, ExpressionShape shape)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(shape);
        return new PreparedCSharpExpression(Compiled(source, shape));
    }

    private Func<IExpressionContext, object?> Compiled(string source, ExpressionShape shape)
    {
        var compiled = GetOrCompile(source, shape);
        return compiled.Invoke ?? throw new ExpressionException(
            $"C# expression does not compile: {string.Join("; ", compiled.Diagnostics)}", compiled.Diagnostics);
    }

    /// <summary>
    /// Compiles the expressions of a workflow definition in one compilation and one load context (much cheaper
    /// than one compile each). Already cached expressions are skipped; failures are cached, so a following
    /// <see cref="Check"/> returns their errors without compiling again.
    /// </summary>
    internal void Precompile(IEnumerable<(string Source, ExpressionShape Shape)> expressions)
    {
        ArgumentNullException.ThrowIfNull(expressions);
        var pending = expressions
            .DistinctBy(e => (e.Source, e.Shape.Key))
            .Where(e => !_cache.ContainsKey((e.Source, e.Shape.Key)))
            .ToList();
        if (pending.Count == 0)
        {
            return;
        }

        var compiled = _compiler.Compile(pending);
        for (var i = 0; i < pending.Count; i++)
        {
            if (!_cache.TryAdd((pending[i].Source, pending[i].Shape.Key), new CSharpCacheEntry(compiled[i])))
            {
                // Someone compiled it meanwhile; theirs stays cached.
                compiled[i].Unit?.Release();
            }
        }

        TrimIfFull(keep: null);
    }

    /// <summary>
    /// Compiles a trivial expression so the first real one does not pay Roslyn's cold start
    /// (about 1.5 s, DESIGN.md §4). Meant for a background task at host start; caches nothing and
    /// unloads what it compiled.
    /// </summary>
    internal void WarmUp()
    {
        var shape = new ExpressionShape([new ExpressionMember("Counter", typeof(int))], []);
        foreach (var compiled in _compiler.Compile([("Variables.Counter > 3", shape)]))
        {
            compiled.Unit?.Release();
        }
    }
}
