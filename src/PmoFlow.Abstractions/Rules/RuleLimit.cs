namespace PmoFlow.Abstractions.Rules;

/// <summary>Which limit stopped a rule.</summary>
public enum RuleLimit
{
    /// <summary>Too many steps (loop iterations and calls): an endless or very long loop.</summary>
    Steps,

    /// <summary>Calls nested too deep: runaway recursion.</summary>
    CallDepth,

    /// <summary>The evaluation ran longer than its time limit.</summary>
    Time,

    /// <summary>The evaluation allocated more memory than its limit.</summary>
    Memory,
}
