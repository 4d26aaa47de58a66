namespace PmoFlow.Core.Access;

/// <summary>A key just created: the only moment its full text exists outside its holder's hands.</summary>
/// <param name="Info">What is stored about it.</param>
/// <param name="Key">The key to hand over, <c>pmo_&lt;id&gt;_&lt;secret&gt;</c>. PmoFlow cannot show it again.</param>
public sealed record NewApiKey(ApiKeyInfo Info, string Key);
