namespace PmoFlow.Abstractions.Rules;

/// <summary>
/// What a governance rule sees. The body of a rule file is compiled as the body of a method of a class deriving from
/// this one, so the members read unqualified: <c>Service.TargetUsers</c>, <c>Surveys.SinceStepEntered.Csat</c>,
/// <c>Require("onboarded-share", ...)</c>. A rule decides through named clauses (<see cref="Require"/>,
/// <see cref="Warn"/>), each with the value observed, the threshold and what would make it pass, so every
/// evaluation explains itself; <see cref="Read"/> records what the decision depended on for the audit record.
/// </summary>
/// <remarks>The host creates one instance per rule per evaluation; nothing a rule holds outlives its evaluation.</remarks>
public abstract partial class RuleGlobals
{
    private readonly List<RuleClause> _clauses = [];
    private readonly List<KeyValuePair<string, string>> _inputs = [];
    private RuleContext? _context;

    /// <summary>The clauses the rule added, in order.</summary>
    public IReadOnlyList<RuleClause> Clauses => _clauses;

    /// <summary>What the rule recorded with <see cref="Read"/>: each name with its value as JSON, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Inputs => _inputs;

    private RuleContext Context => _context ?? throw new InvalidOperationException("The rule is not running: the host calls Run.");

    /// <summary>Runs the rule over <paramref name="context"/>. Called by the host, inside a <see cref="RuleRuntime.Begin"/> budget, once per instance.</summary>
    /// <param name="context">The evaluation's data.</param>
    public void Run(RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_context is not null) throw new InvalidOperationException("A rule instance runs once.");
        _context = context;
        Evaluate();
    }

    /// <summary>The rule's body.</summary>
    protected abstract void Evaluate();

    /// <summary>
    /// Adds a required clause: the gate is Ready only when every required clause passes. <paramref name="missing"/>
    /// is kept only when the clause fails.
    /// </summary>
    /// <param name="name">A short id, unique within the gate (<c>onboarded-share</c>).</param>
    /// <param name="description">The condition in words.</param>
    /// <param name="observed">What the data shows.</param>
    /// <param name="threshold">What is required.</param>
    /// <param name="passed">Whether it holds.</param>
    /// <param name="missing">What would make it pass.</param>
    /// <param name="kind">What a failure means; the most severe kind among the failures decides the outcome.</param>
    public void Require(string name, string description, string observed, string threshold, bool passed, string missing, ClauseKind kind = ClauseKind.NeedsEvidence) =>
        _clauses.Add(new RuleClause(Checked(name), description, observed, threshold, passed, IsWarning: false, passed ? null : missing, kind));

    /// <summary>Adds a warning: reported with the evaluation, never deciding its outcome.</summary>
    /// <param name="name">A short id.</param>
    /// <param name="description">What the warning is about.</param>
    /// <param name="observed">What the data shows.</param>
    /// <param name="threshold">What would not warn.</param>
    public void Warn(string name, string description, string observed, string threshold) =>
        _clauses.Add(new RuleClause(Checked(name), description, observed, threshold, Passed: false, IsWarning: true, Missing: null, ClauseKind.NeedsEvidence));

    /// <summary>
    /// Records an input the decision depends on, for the evaluation's input snapshot (written as JSON right away,
    /// with camelCase property names). A later read of the same name replaces the earlier value.
    /// </summary>
    /// <param name="name">The name in the snapshot; names starting with <c>$</c> are the host's.</param>
    /// <param name="value">Numbers, strings, dates, enums, lists, dictionaries and objects (anonymous ones included).</param>
    public void Read(string name, object? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.StartsWith('$')) throw new ArgumentException($"Input names starting with '$' are the host's ('{name}').", nameof(name));
        var input = new KeyValuePair<string, string>(name, InputJson.Serialize(value));
        // Replaced in place, as a dictionary would: the snapshot keeps the order in which names were first read.
        var index = _inputs.FindIndex(i => i.Key == name);
        if (index >= 0) _inputs[index] = input;
        else _inputs.Add(input);
    }

    private static string Checked(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return name;
    }
}
