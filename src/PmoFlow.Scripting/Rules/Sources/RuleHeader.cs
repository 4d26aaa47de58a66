namespace PmoFlow.Scripting.Rules.Sources;

/// <summary>What a rule file's header declares, and where its body starts.</summary>
/// <param name="Id">The rule id (<c>value-delivery</c>), unique within the pack.</param>
/// <param name="Gates">The gates it decides (<c>gate-9-10</c>).</param>
/// <param name="Version">The rule's own version, for people (the pack's content hash is what records cite).</param>
/// <param name="Description">What the rule checks, in words.</param>
/// <param name="File">The file within the pack.</param>
/// <param name="BodyLine">The 1-based line the body starts on.</param>
/// <param name="BodyStart">The character offset the body starts at (always the start of a line).</param>
internal sealed record RuleHeader(string Id, IReadOnlyList<string> Gates, string Version, string Description, string File, int BodyLine, int BodyStart)
{
    /// <summary><c>value-delivery@1</c>.</summary>
    public string Label => $"{Id}@{Version}";
}
