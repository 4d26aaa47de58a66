using System.Globalization;
using System.Runtime.CompilerServices;
using PmoFlow.Scripting.JavaScript.Ast;
using PmoFlow.Scripting.JavaScript.Runtime;

namespace PmoFlow.Scripting.JavaScript.Interpretation;

internal sealed partial class Interpreter
{
    // Reading the clock and the token costs more than a statement, so do it every so often.
    private const int SlowCheckInterval = 256;

    private readonly InterpreterLimits _limits;
    private readonly TimeProvider _timeProvider;
    private readonly CancellationToken _cancellationToken;
    private readonly long _startTimestamp;
    private long _statements;
    private long _memory;
    private int _callDepth;
    private int _line = 1;
    private int _column = 1;

    public long StatementCount => _statements;

    public long AllocatedBytes => _memory;

    /// <summary>Counts one statement or loop iteration and records where the script is.</summary>
    private void Step(Node node)
    {
        _line = node.Line;
        _column = node.Column;
        if (++_statements > _limits.MaxStatements)
        {
            throw Limit($"statement limit ({_limits.MaxStatements.ToString(CultureInfo.InvariantCulture)} statements)");
        }

        if (_statements % SlowCheckInterval == 0)
        {
            CheckTimeAndCancellation();
        }
    }

    private void CheckTimeAndCancellation()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (_timeProvider.GetElapsedTime(_startTimestamp) > _limits.Timeout)
        {
            throw Limit($"time limit ({FormatTimeout(_limits.Timeout)})");
        }
    }

    /// <summary>Accounts for memory the script allocates (string bytes, array slots, object properties).</summary>
    public void Allocate(long bytes)
    {
        _memory += bytes;
        if (_memory > _limits.MaxMemoryBytes)
        {
            throw Limit($"memory limit ({_limits.MaxMemoryBytes.ToString(CultureInfo.InvariantCulture)} bytes)");
        }
    }

    /// <summary>Accounts for a string about to be built, before building it.</summary>
    public void AllocateString(long length) => Allocate(24 + (length * 2));

    private void EnterCall()
    {
        if (++_callDepth > _limits.MaxRecursionDepth)
        {
            _callDepth--;
            throw Limit($"recursion depth limit ({_limits.MaxRecursionDepth.ToString(CultureInfo.InvariantCulture)} nested calls)");
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _callDepth--;
            throw Limit($"recursion depth limit (the stack is exhausted after {_callDepth.ToString(CultureInfo.InvariantCulture)} nested calls)");
        }
    }

    private void ExitCall() => _callDepth--;

    private JsLimitException Limit(string what) =>
        new($"JavaScript exceeded its {what} at line {_line.ToString(CultureInfo.InvariantCulture)}, column {_column.ToString(CultureInfo.InvariantCulture)}");

    private static string FormatTimeout(TimeSpan timeout) => timeout.TotalSeconds >= 1 && timeout.TotalSeconds == Math.Floor(timeout.TotalSeconds)
        ? timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s"
        : timeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture) + " ms";

    /// <summary>Runs a native callback (array callbacks, sort comparators) and counts it like a statement.</summary>
    internal void StepNative()
    {
        if (++_statements > _limits.MaxStatements)
        {
            throw Limit($"statement limit ({_limits.MaxStatements.ToString(CultureInfo.InvariantCulture)} statements)");
        }

        if (_statements % SlowCheckInterval == 0)
        {
            CheckTimeAndCancellation();
        }
    }

    /// <summary>The current script position, for errors raised by built-ins.</summary>
    internal (int Line, int Column) Position => (_line, _column);
}
