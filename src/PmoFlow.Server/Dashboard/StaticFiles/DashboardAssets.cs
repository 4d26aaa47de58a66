using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace PmoFlow.Server.Dashboard.StaticFiles;

/// <summary>
/// The dashboard's three files, embedded in the server assembly by Dashboard.targets: its stylesheet, its script and
/// Chart.js. Only these names are served; nothing else of the npm install is reachable.
/// </summary>
internal static class DashboardAssets
{
    public const string Stylesheet = "dashboard.css";
    public const string Script = "dashboard.js";
    public const string ChartJs = "chart.umd.js";

    private static readonly Lazy<FrozenDictionary<string, DashboardAsset>> Files = new(Load);

    /// <summary>Whether Chart.js was installed by the build (it is not with <c>-p:PmoFlowSkipDashboardCharts=true</c>).</summary>
    public static bool HasCharts => Files.Value.ContainsKey(ChartJs);

    public static DashboardAsset? Find(string name) => Files.Value.GetValueOrDefault(name);

    private static FrozenDictionary<string, DashboardAsset> Load()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        var files = new Dictionary<string, DashboardAsset>(StringComparer.Ordinal);
        foreach (var (name, type) in new[] { (Stylesheet, "text/css; charset=utf-8"), (Script, "text/javascript; charset=utf-8"), (ChartJs, "text/javascript; charset=utf-8") })
        {
            using var stream = assembly.GetManifestResourceStream("PmoFlow.Dashboard." + name);
            if (stream is null) continue;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var bytes = memory.ToArray();
            var tag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"");
            files[name] = new DashboardAsset(bytes, type, tag);
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
