using Microsoft.Net.Http.Headers;

namespace PmoFlow.Server.Dashboard.StaticFiles;

/// <summary>One file the dashboard serves, held in memory.</summary>
/// <param name="Content">Its bytes.</param>
/// <param name="ContentType">Its MIME type.</param>
/// <param name="ETag">A tag of its content, so browsers revalidate with a 304.</param>
internal sealed record DashboardAsset(ReadOnlyMemory<byte> Content, string ContentType, EntityTagHeaderValue ETag);
