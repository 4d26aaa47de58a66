namespace PmoFlow.Persistence.Definitions;

/// <summary>A <c>workflow_definitions</c> row, as the cache loads it.</summary>
internal sealed class DefinitionRow
{
    public string Json { get; init; } = "";
    public string? Source { get; init; }
}
