using Microsoft.CodeAnalysis;

namespace PmoFlow.Scripting.Rules.Compilation;

/// <summary>
/// What governance rules may use: the rule API, values, dates, math, strings, collections and LINQ, and nothing that
/// reaches outside the evaluation (files, network, processes, reflection, threads, the environment, the machine's
/// clock) or can allocate without bound in one call. An allow-list, so anything not named here is refused.
/// </summary>
/// <remarks>Not a sandbox (DESIGN.md §4): it keeps honest mistakes and casual misuse out of rules trusted admins write.</remarks>
internal static class RulePolicy
{
    public const string RulesNamespace = "PmoFlow.Abstractions.Rules";

    /// <summary>Types by metadata name (<c>System.Collections.Generic.List`1</c>); their nested types are allowed too.</summary>
    public static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        "System.Object", "System.String", "System.Boolean", "System.Char", "System.SByte", "System.Byte", "System.Int16", "System.UInt16",
        "System.Int32", "System.UInt32", "System.Int64", "System.UInt64", "System.Single", "System.Double", "System.Decimal", "System.Void",
        "System.Math", "System.MathF", "System.Convert", "System.HashCode",
        "System.DateTime", "System.DateTimeOffset", "System.DateOnly", "System.TimeOnly", "System.TimeSpan", "System.DayOfWeek", "System.DateTimeKind",
        "System.Guid", "System.Nullable", "System.Nullable`1", "System.Index", "System.Range", "System.Enum", "System.ValueType",
        "System.StringComparer", "System.StringComparison", "System.StringSplitOptions", "System.MidpointRounding",
        "System.IComparable", "System.IComparable`1", "System.IEquatable`1", "System.IFormattable", "System.IFormatProvider", "System.IDisposable",
        "System.Span`1", "System.ReadOnlySpan`1", "System.MemoryExtensions",
        "System.ValueTuple", "System.ValueTuple`1", "System.ValueTuple`2", "System.ValueTuple`3", "System.ValueTuple`4", "System.ValueTuple`5",
        "System.ValueTuple`6", "System.ValueTuple`7", "System.ValueTuple`8",
        "System.Tuple", "System.Tuple`1", "System.Tuple`2", "System.Tuple`3", "System.Tuple`4", "System.Tuple`5", "System.Tuple`6", "System.Tuple`7", "System.Tuple`8",
        "System.Action", "System.Action`1", "System.Action`2", "System.Action`3", "System.Action`4",
        "System.Func`1", "System.Func`2", "System.Func`3", "System.Func`4", "System.Func`5", "System.Func`6",
        "System.Predicate`1", "System.Comparison`1", "System.Converter`2",
        "System.Exception", "System.ArgumentException", "System.ArgumentNullException", "System.ArgumentOutOfRangeException",
        "System.InvalidOperationException", "System.NotSupportedException", "System.NotImplementedException", "System.FormatException",
        "System.OverflowException", "System.DivideByZeroException",
        "System.Collections.IEnumerable", "System.Collections.IEnumerator",
        "System.Collections.Generic.IEnumerable`1", "System.Collections.Generic.IEnumerator`1", "System.Collections.Generic.ICollection`1",
        "System.Collections.Generic.IList`1", "System.Collections.Generic.IReadOnlyCollection`1", "System.Collections.Generic.IReadOnlyList`1",
        "System.Collections.Generic.IDictionary`2", "System.Collections.Generic.IReadOnlyDictionary`2", "System.Collections.Generic.ISet`1",
        "System.Collections.Generic.IReadOnlySet`1", "System.Collections.Generic.IComparer`1", "System.Collections.Generic.IEqualityComparer`1",
        "System.Collections.Generic.List`1", "System.Collections.Generic.Dictionary`2", "System.Collections.Generic.HashSet`1",
        "System.Collections.Generic.SortedSet`1", "System.Collections.Generic.SortedDictionary`2", "System.Collections.Generic.SortedList`2",
        "System.Collections.Generic.Queue`1", "System.Collections.Generic.Stack`1", "System.Collections.Generic.LinkedList`1",
        "System.Collections.Generic.LinkedListNode`1", "System.Collections.Generic.PriorityQueue`2", "System.Collections.Generic.KeyValuePair",
        "System.Collections.Generic.KeyValuePair`2", "System.Collections.Generic.Comparer`1", "System.Collections.Generic.EqualityComparer`1",
        "System.Collections.Generic.KeyNotFoundException", "System.Collections.Generic.CollectionExtensions",
        "System.Collections.ObjectModel.ReadOnlyCollection`1",
        "System.Linq.Enumerable", "System.Linq.IGrouping`2", "System.Linq.ILookup`2", "System.Linq.Lookup`2", "System.Linq.IOrderedEnumerable`1",
        "System.Text.StringBuilder",
        "System.Globalization.CultureInfo", "System.Globalization.NumberStyles", "System.Globalization.DateTimeStyles",
    };

    /// <summary>Types of the rule API that are the host's, not the rules'.</summary>
    public static readonly HashSet<string> HostTypes = new(StringComparer.Ordinal)
    {
        RulesNamespace + ".RuleRuntime", RulesNamespace + ".RuleLimits", RulesNamespace + ".RuleLimit",
        RulesNamespace + ".RuleLimitException", RulesNamespace + ".RuleContext",
    };

    /// <summary>Members refused on otherwise allowed types, each with why.</summary>
    public static readonly Dictionary<string, string> Members = new(StringComparer.Ordinal)
    {
        ["System.Object.GetType"] = "reflection is not allowed",
        ["System.Object.MemberwiseClone"] = "reflection is not allowed",
        ["System.DateTime.Now"] = "read the engine's clock, Now, so that a replay decides as the original did",
        ["System.DateTime.UtcNow"] = "read the engine's clock, Now, so that a replay decides as the original did",
        ["System.DateTime.Today"] = "read the engine's clock, Now, so that a replay decides as the original did",
        ["System.DateTimeOffset.Now"] = "read the engine's clock, Now, so that a replay decides as the original did",
        ["System.DateTimeOffset.UtcNow"] = "read the engine's clock, Now, so that a replay decides as the original did",
        ["System.Guid.NewGuid"] = "a rule decides the same way every time it sees the same data",
        ["System.Guid.CreateVersion7"] = "a rule decides the same way every time it sees the same data",
        ["System.String.Intern"] = "the intern pool is state shared by every evaluation",
        ["System.String.IsInterned"] = "the intern pool is state shared by every evaluation",
        ["System.String.PadLeft"] = "it allocates as much as its argument asks in one call",
        ["System.String.PadRight"] = "it allocates as much as its argument asks in one call",
        ["System.String.Create"] = "it allocates as much as its argument asks in one call",
        ["System.String..ctor"] = "it allocates as much as its argument asks in one call; use string.Concat or string.Join",
        ["System.String.Format"] = "composite formats can pad without bound; use an interpolated string",
        ["System.Linq.Enumerable.Range"] = "it yields as many items as its argument asks without running rule code the budget counts; loop instead",
        ["System.Linq.Enumerable.Repeat"] = "it yields as many items as its argument asks without running rule code the budget counts; loop instead",
        ["System.Linq.Enumerable.Sequence"] = "it yields as many items as its argument asks without running rule code the budget counts; loop instead",
        ["System.Linq.Enumerable.InfiniteSequence"] = "it never ends",
        ["System.Text.StringBuilder.EnsureCapacity"] = "it allocates as much as its argument asks in one call",
        ["System.Text.StringBuilder.Capacity"] = "it allocates as much as its argument asks in one call",
        ["System.Text.StringBuilder.Length"] = "setting it allocates as much as it asks in one call",
        ["System.Collections.Generic.List`1.EnsureCapacity"] = "it allocates as much as its argument asks in one call",
        ["System.Collections.Generic.List`1.Capacity"] = "it allocates as much as its argument asks in one call",
        ["System.Collections.Generic.Dictionary`2.EnsureCapacity"] = "it allocates as much as its argument asks in one call",
        ["System.Collections.Generic.HashSet`1.EnsureCapacity"] = "it allocates as much as its argument asks in one call",
        ["System.Collections.Generic.Queue`1.EnsureCapacity"] = "it allocates as much as its argument asks in one call",
        ["System.Collections.Generic.Stack`1.EnsureCapacity"] = "it allocates as much as its argument asks in one call",
        ["System.Collections.Generic.PriorityQueue`2.EnsureCapacity"] = "it allocates as much as its argument asks in one call",
        [RulesNamespace + ".RuleGlobals.Run"] = "the host runs rules",
    };

    /// <summary>Parameters that size an allocation up front (a capacity, a repeat count): members taking one are refused.</summary>
    public static readonly HashSet<string> SizingParameters = new(StringComparer.Ordinal) { "capacity", "repeatCount" };

    /// <summary>The widest interpolation alignment, and the largest format precision, a rule may write.</summary>
    public const int MaxFormatWidth = 1000;

    /// <summary>The metadata name of a type's definition: <c>System.Collections.Generic.List`1</c>, nested types with '+'.</summary>
    public static string FullName(INamedTypeSymbol type)
    {
        var definition = type.OriginalDefinition;
        if (definition.ContainingType is { } outer) return FullName(outer) + "+" + definition.MetadataName;
        var ns = definition.ContainingNamespace;
        return ns is null || ns.IsGlobalNamespace ? definition.MetadataName : ns.ToDisplayString() + "." + definition.MetadataName;
    }
}
