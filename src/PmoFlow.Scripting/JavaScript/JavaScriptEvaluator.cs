using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;
using PmoFlow.Abstractions.Expressions;
using PmoFlow.Scripting.JavaScript.Ast;
using PmoFlow.Scripting.JavaScript.Interpretation;
using PmoFlow.Scripting.JavaScript.Parsing;
using PmoFlow.Scripting.JavaScript.Runtime;

namespace PmoFlow.Scripting.JavaScript;

/// <summary>
/// Evaluates Elsa <c>JavaScript</c> expressions with PmoFlow's own interpreter. Each distinct source is
/// parsed once; the tree is immutable and shared, and every evaluation runs in its own interpreter
/// under the configured statement, time, memory and recursion limits.
/// </summary>
internal sealed class JavaScriptEvaluator : IExpressionEvaluator
{
    // Sources come from workflow definitions, so the set is bounded in practice; the cap guards the odd
    // host that generates sources dynamically.
    private const int MaxCachedSources = 10_000;

    // Lazy makes concurrent first evaluations of one source share a single parse.
    private readonly ConcurrentDictionary<string, Lazy<ParsedScript>> _cache = new(StringComparer.Ordinal);
    private readonly InterpreterLimits _limits;
    private readonly TimeProvider _timeProvider;
    private int _parseCount;

    public JavaScriptEvaluator(IOptions<JavaScriptOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var result = new JavaScriptOptionsValidator().Validate(null, options.Value);
        if (result.Failed)
        {
            throw new OptionsValidationException(nameof(JavaScriptOptions), typeof(JavaScriptOptions), result.Failures);
        }

        _limits = InterpreterLimits.From(options.Value);
        _timeProvider = timeProvider;
    }

    public string ExpressionType => "JavaScript";

    /// <summary>How many times a source has been parsed (cache misses), for tests and diagnostics.</summary>
    internal int ParseCount => Volatile.Read(ref _parseCount);

    internal int CachedSourceCount => _cache.Count;

    public IReadOnlyList<ExpressionDiagnostic> Check(string source, ExpressionShape shape)
    {
        ArgumentNullException.ThrowIfNull(source);
        return GetOrParse(source).Diagnostics;
    }

    public ValueTask<object?> EvaluateAsync(string source, IExpressionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(context);
        return Run(Compiled(source), context, cancellationToken);
    }

    /// <summary>Parses once and returns a handle bound to the tree, so evaluating it skips the cache lookup.</summary>
    public IPreparedExpression Prepare(string source, ExpressionShape shape)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new PreparedJavaScript(this, Compiled(source));
    }

    internal ValueTask<object?> Run(ProgramNode program, IExpressionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var interpreter = new Interpreter(context, _limits, _timeProvider, cancellationToken);
        try
        {
            var value = interpreter.Run(program);
            return ValueTask.FromResult(Interop.ToClr(value));
        }
        catch (JsThrowException ex)
        {
            throw new ExpressionException(DescribeUncaught(ex), ex);
        }
        catch (JsLimitException ex)
        {
            throw new ExpressionException(ex.Message, ex) { IsLimitExceeded = true };
        }
        catch (InsufficientExecutionStackException ex)
        {
            throw new ExpressionException("JavaScript exceeded its recursion depth limit (the stack is exhausted)", ex) { IsLimitExceeded = true };
        }
    }

    /// <summary>The parsed program, or an <see cref="ExpressionException"/> carrying the syntax diagnostics.</summary>
    private ProgramNode Compiled(string source)
    {
        var parsed = GetOrParse(source);
        if (parsed.Program is null)
        {
            var first = parsed.Diagnostics[0];
            throw new ExpressionException($"JavaScript syntax error at line {first.Line}, column {first.Column}: {first.Message}", parsed.Diagnostics);
        }

        return parsed.Program;
    }

    private ParsedScript GetOrParse(string source)
    {
        if (_cache.TryGetValue(source, out var cached))
        {
            return cached.Value;
        }

        if (_cache.Count >= MaxCachedSources)
        {
            _cache.Clear();
        }

        return _cache.GetOrAdd(source, static (s, self) => new Lazy<ParsedScript>(() => self.Parse(s)), this).Value;
    }

    private ParsedScript Parse(string source)
    {
        Interlocked.Increment(ref _parseCount);
        try
        {
            return new ParsedScript(Parser.Parse(source), []);
        }
        catch (JsSyntaxException ex)
        {
            return new ParsedScript(null, [new ExpressionDiagnostic(ex.Message, ex.Line, ex.Column, IsError: true, Code: "JS1001")]);
        }
    }

    private static string DescribeUncaught(JsThrowException ex)
    {
        var position = ex.Line > 0
            ? $" at line {ex.Line.ToString(CultureInfo.InvariantCulture)}, column {ex.Column.ToString(CultureInfo.InvariantCulture)}"
            : "";
        return ex.Value is JsError error
            ? $"JavaScript {error.ErrorName}: {error.Message}{position}"
            : $"JavaScript threw an uncaught exception: {JsConvert.PrimitiveToString(ex.Value is JsObject ? "[object]" : ex.Value)}{position}";
    }

    private sealed record ParsedScript(ProgramNode? Program, IReadOnlyList<ExpressionDiagnostic> Diagnostics);
}
