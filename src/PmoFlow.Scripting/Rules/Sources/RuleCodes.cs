namespace PmoFlow.Scripting.Rules.Sources;

/// <summary>The rule engine's own diagnostic codes (the compiler's are <c>CS…</c>).</summary>
internal static class RuleCodes
{
    /// <summary>The header is missing a field, has an unknown or repeated one, or a value is malformed.</summary>
    public const string Header = "PMOR0100";

    /// <summary>Two files declare the same rule id.</summary>
    public const string DuplicateRule = "PMOR0101";

    /// <summary>The file has a header but no body.</summary>
    public const string EmptyBody = "PMOR0102";

    /// <summary>The body declares members or types, or closes the generated method early.</summary>
    public const string NotStatements = "PMOR0103";

    /// <summary>A type, member or construct the allow-list refuses.</summary>
    public const string NotAllowed = "PMOR0200";

    /// <summary>Static state that would leak from one evaluation to the next.</summary>
    public const string StaticState = "PMOR0201";

    /// <summary>A construct that can allocate without bound in one step (sized arrays, huge padding).</summary>
    public const string Allocation = "PMOR0202";

    /// <summary>The pack has no rule file, or a file could not be read.</summary>
    public const string Pack = "PMOR0300";
}
