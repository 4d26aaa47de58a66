using PmoFlow.Plugins.Manifest;

namespace PmoFlow.Plugins.Tests.Manifest;

public sealed class ManifestReaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pmoflow-manifest-tests", Guid.NewGuid().ToString("N"));

    public ManifestReaderTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllBytes(Path.Combine(_folder, "Plugin.dll"), []);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Read_ValidManifest_ReturnsIt()
    {
        Write("""
            {
              // comments and trailing commas are fine
              "id": "construction-hse",
              "name": "Construction HSE",
              "version": "1.2.0",
              "sdk": "[1.0,2.0)",
              "entryAssembly": "Plugin.dll",
              "dependsOn": [ { "id": "core-kpis", "version": "[1.0,2.0)" }, { "id": "other" } ],
            }
            """);
        var manifest = ManifestReader.Read(_folder);
        Assert.Equal("construction-hse", manifest.Id);
        Assert.Equal("1.2.0", manifest.VersionText);
        Assert.Equal("[1.0,2.0)", manifest.Sdk.Text);
        Assert.Equal(["core-kpis", "other"], manifest.DependsOn.Select(d => d.Id));
        Assert.Same(VersionRange.Any, manifest.DependsOn[1].Versions);
        Assert.Equal(Path.Combine(_folder, "Plugin.dll"), manifest.EntryPath);
    }

    [Fact]
    public void Read_EveryProblem_IsReportedWithFileAndJsonPath()
    {
        Write("""
            {
              "id": "Bad Id",
              "version": "1.0-beta",
              "sdk": "[2.0",
              "entryAssembly": "../Plugin.dll",
              "dependson": [],
              "dependsOn": [ { "id": "x", "version": "[3.0,1.0]" }, 42 ]
            }
            """);
        var ex = Assert.Throws<PluginManifestException>(() => ManifestReader.Read(_folder));
        Assert.Equal(Path.Combine(_folder, "plugin.json"), ex.FilePath);
        Assert.StartsWith(ex.FilePath + ": ", ex.Message, StringComparison.Ordinal);
        Assert.Collection(ex.Problems.Order(StringComparer.Ordinal),
            p => Assert.StartsWith("$.dependsOn[0].version: '[3.0,1.0]' is empty", p, StringComparison.Ordinal),
            p => Assert.StartsWith("$.dependsOn[1]: must be an object", p, StringComparison.Ordinal),
            p => Assert.StartsWith("$.dependson: unknown property", p, StringComparison.Ordinal),
            p => Assert.StartsWith("$.entryAssembly: '../Plugin.dll' must be the file name of a .dll", p, StringComparison.Ordinal),
            p => Assert.StartsWith("$.id: must be a lowercase id", p, StringComparison.Ordinal),
            p => Assert.StartsWith("$.sdk: '[2.0' is not a version range", p, StringComparison.Ordinal),
            p => Assert.StartsWith("$.version: '1.0-beta' has a pre-release", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MissingRequiredProperties_NamesEach()
    {
        Write("{}");
        var ex = Assert.Throws<PluginManifestException>(() => ManifestReader.Read(_folder));
        Assert.Equal(["$.entryAssembly: required", "$.id: required", "$.sdk: required", "$.version: required"], ex.Problems.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_InvalidJson_ReportsLineAndPosition()
    {
        Write("{\n  \"id\": \"x\",\n  \"version\" \"1.0\"\n}");
        var ex = Assert.Throws<PluginManifestException>(() => ManifestReader.Read(_folder));
        Assert.StartsWith("not valid JSON at line 3, position", Assert.Single(ex.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EntryAssemblyNotInFolder_SaysWhere()
    {
        Write("""{ "id": "p", "version": "1.0", "sdk": "1.0", "entryAssembly": "Missing.dll" }""");
        var ex = Assert.Throws<PluginManifestException>(() => ManifestReader.Read(_folder));
        Assert.Equal($"$.entryAssembly: 'Missing.dll' is not in {_folder}", Assert.Single(ex.Problems));
    }

    [Fact]
    public void Read_SelfAndDuplicateDependencies_AreRefused()
    {
        Write("""{ "id": "p", "version": "1.0", "sdk": "1.0", "entryAssembly": "Plugin.dll", "dependsOn": [ { "id": "p" }, { "id": "q" }, { "id": "q" } ] }""");
        var ex = Assert.Throws<PluginManifestException>(() => ManifestReader.Read(_folder));
        Assert.Equal(["$.dependsOn[0].id: a plugin cannot depend on itself", "$.dependsOn[2].id: 'q' is listed twice"], ex.Problems);
    }

    [Fact]
    public void Read_NoManifest_SaysSo()
    {
        var ex = Assert.Throws<PluginManifestException>(() => ManifestReader.Read(_folder));
        Assert.Contains("file not found", ex.Message, StringComparison.Ordinal);
    }

    private void Write(string json) => File.WriteAllText(Path.Combine(_folder, "plugin.json"), json);
}
