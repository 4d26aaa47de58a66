namespace PmoFlow.Persistence.Pmo.Rows;

/// <summary>A <c>settings</c> row: one JSON document under its key.</summary>
internal sealed class SettingRow
{
    public string Key { get; init; } = "";
    public string Json { get; init; } = "";
}
