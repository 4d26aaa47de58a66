using PmoFlow.Abstractions.Rules;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Loading;

/// <summary>A loaded rule: its header and a typed delegate creating a fresh instance for each evaluation.</summary>
/// <param name="Header">What the rule declares.</param>
/// <param name="Create">Creates an instance; no script runner is involved at run time.</param>
internal sealed record CompiledRule(RuleHeader Header, Func<RuleGlobals> Create);
