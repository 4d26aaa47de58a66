using System.ComponentModel;

namespace PmoFlow.Abstractions.Rules;

/// <summary>
/// The budget checks compiled rules call: the rule compiler injects <see cref="Tick"/> into every loop and
/// <see cref="Enter"/>/<see cref="Exit"/> around every lambda, local function and rule body, and the host opens a
/// budget with <see cref="Begin"/> around each evaluation. Rule code may not call these itself (the allow-list refuses them).
/// </summary>
/// <remarks>
/// The budget lives on the evaluating thread: rule code cannot start threads or tasks, so all of it runs there. A
/// thread-static read is far cheaper than reaching the budget through the rule instance, which would make every
/// lambda capture it.
/// </remarks>
public static class RuleRuntime
{
    [ThreadStatic]
    private static RuleBudget? t_budget;

    /// <summary>Opens an evaluation's budget on this thread until the returned scope is disposed (scopes nest).</summary>
    /// <param name="limits">The limits.</param>
    /// <param name="clock">The clock the time limit is measured by.</param>
    public static IDisposable Begin(RuleLimits limits, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(clock);
        var budget = new RuleBudget(limits, clock, t_budget);
        t_budget = budget;
        return new Scope(budget);
    }

    /// <summary>How many steps the innermost open budget on this thread has used, or 0 without one.</summary>
    public static long StepsUsed => t_budget?.StepsUsed ?? 0;

    /// <summary>Counts a loop iteration. Injected by the compiler.</summary>
    /// <exception cref="RuleLimitException">A limit was exceeded.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Tick()
    {
        var budget = t_budget ?? throw Outside();
        if (--budget.StepsLeft < budget.NextCheck) budget.Check();
        // Loops are where strings and lists grow, so they read the allocation counter every time.
        budget.CheckMemory();
    }

    /// <summary>Counts a call into rule code and one level of nesting. Injected by the compiler.</summary>
    /// <exception cref="RuleLimitException">A limit was exceeded.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Enter()
    {
        var budget = t_budget ?? throw Outside();
        if (++budget.Depth > budget.Limits.MaxCallDepth) budget.TooDeep();
        if (--budget.StepsLeft < budget.NextCheck) budget.Check();
    }

    /// <summary>Leaves a call entered with <see cref="Enter"/>. Injected by the compiler.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Exit()
    {
        if (t_budget is { } budget) budget.Depth--;
    }

    private static InvalidOperationException Outside() =>
        new("Rule code ran outside an evaluation's budget; the host runs rules inside RuleRuntime.Begin.");

    private sealed class Scope(RuleBudget budget) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            if (t_budget == budget) t_budget = budget.Previous;
        }
    }
}
