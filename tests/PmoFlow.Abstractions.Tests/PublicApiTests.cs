using System.Reflection;
using System.Text;

namespace PmoFlow.Abstractions.Tests;

/// <summary>
/// The SDK is what plugins compile against; it must not drift by accident. A change to its public surface
/// fails here until PublicApi.approved.txt is updated on purpose (the test writes PublicApi.received.txt).
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_ShouldNotChangeUnintentionally()
    {
        var actual = Describe(typeof(Activities.IActivity).Assembly);
        var approvedPath = Path.Combine(AppContext.BaseDirectory, "PublicApi.approved.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (approved != actual)
        {
            var received = Path.Combine(SourceFolder(), "PublicApi.received.txt");
            File.WriteAllText(received, actual);
            Assert.Fail($"The public API of PmoFlow.Abstractions changed. If that is intended, copy {received} over PublicApi.approved.txt.");
        }
    }

    private static string Describe(Assembly assembly)
    {
        var sb = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            sb.Append(Kind(type)).Append(' ').Append(type.FullName).Append('\n');
            var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is not MethodInfo { IsSpecialName: true })
                .Select(m => "  " + m.ToString())
                .Order(StringComparer.Ordinal);
            foreach (var member in members) sb.Append(member).Append('\n');
        }
        return sb.ToString();
    }

    private static string Kind(Type type) =>
        type.IsInterface ? "interface" : type.IsEnum ? "enum" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : type.IsSealed ? "sealed class" : "class";

    private static string SourceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PmoFlow.Abstractions.Tests.csproj"))) return dir.FullName;
        return AppContext.BaseDirectory;
    }
}
