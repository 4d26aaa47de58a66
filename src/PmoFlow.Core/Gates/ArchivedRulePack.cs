namespace PmoFlow.Core.Gates;

/// <summary>
/// One version of a governance rule pack as the gate records cite it (<c>rules/{name}@sha256:{hash}</c>): the exact
/// text of its rule files, kept so a past decision can be replayed with the rules it used.
/// </summary>
/// <param name="Name">The pack's name (<c>default</c>).</param>
/// <param name="Hash">The content hash of its files (64 lower-case hex digits).</param>
/// <param name="Origin">Where it came from, for people (a folder, <c>embedded</c>).</param>
/// <param name="Files">Its rule files, in name order.</param>
/// <param name="ArchivedAt">When it was first archived.</param>
public sealed record ArchivedRulePack(string Name, string Hash, string Origin, IReadOnlyList<ArchivedRuleFile> Files, DateTimeOffset ArchivedAt);

/// <summary>One rule file of an <see cref="ArchivedRulePack"/>.</summary>
/// <param name="Name">Its name within the pack (<c>value-delivery.csx</c>).</param>
/// <param name="Text">Its exact text.</param>
public sealed record ArchivedRuleFile(string Name, string Text);
