using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PmoFlow.Core.Access;
using PmoFlow.Server.Access.FirstKey;
using PmoFlow.Server.Tests.Support;

namespace PmoFlow.Server.Tests.Access;

/// <summary>
/// A new server makes its first admin key and writes it to admin.key in its data folder, readable by its user only,
/// logging where and never what; later starts leave it alone.
/// </summary>
public sealed class FirstAdminKeyTests
{
    [Fact]
    public async Task FirstStart_WritesAnAdminKeyToTheDataFolder_ForItsUserOnly_AndLogsOnlyWhere()
    {
        await using var server = new PmoFlowServerFactory();
        var path = Path.Combine(server.DataFolder, "admin.key");
        _ = server.Services;

        var key = (await File.ReadAllTextAsync(path)).Trim();

        Assert.True(ApiKeyText.TryParse(key, out var id, out _));
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        using var admin = server.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        var keys = await admin.GetOkAsync("/api/keys");
        var stored = Assert.Single(keys.EnumerateArray(), k => k.Str("id") == id);
        Assert.Equal(("admin", "admin", "first-start"), (stored.Str("name"), stored.Str("role"), stored.Str("createdBy")));
        Assert.Contains(server.Log.Lines, l => l.Contains(path, StringComparison.Ordinal) && l.Contains(id, StringComparison.Ordinal));
        Assert.DoesNotContain(server.Log.Lines, l => l.Contains(key[(ApiKeyText.Prefix.Length + ApiKeyText.IdLength + 1)..], StringComparison.Ordinal));
    }

    [Fact]
    public async Task LaterStart_WithKeysInForce_MakesNoNewKey_AndLeavesTheFile()
    {
        await using var server = new PmoFlowServerFactory();
        var firstStart = server.Services.GetServices<IHostedService>().OfType<FirstAdminKeyService>().Single();
        var path = Path.Combine(server.DataFolder, "admin.key");
        var first = await File.ReadAllTextAsync(path);

        await firstStart.StartAsync(CancellationToken.None);

        Assert.Equal(first, await File.ReadAllTextAsync(path));
        var keys = await server.CreateClient(PmoRole.Admin).GetOkAsync("/api/keys");
        Assert.Single(keys.EnumerateArray(), k => k.Str("createdBy") == "first-start");
    }

    [Fact]
    public async Task FirstStart_ThatCannotWriteTheFile_StopsAndSaysWhatToDo()
    {
        var blocker = Path.GetTempFileName();
        try
        {
            await using var server = new PmoFlowServerFactory();
            // A file where a folder should be: no user, not even root, can create the key file under it.
            var broken = server.WithWebHostBuilder(b => b.UseSetting("PmoFlow:Access:AdminKeyFile", Path.Combine(blocker, "admin.key")));

            var thrown = Assert.ThrowsAny<Exception>(() => broken.CreateClient());

            var error = Causes(thrown).OfType<InvalidOperationException>().FirstOrDefault(e => e.Message.Contains("could not write it to", StringComparison.Ordinal));
            Assert.True(error is not null, thrown.ToString());
            Assert.Contains("pmoflow keys create --role admin", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    private static IEnumerable<Exception> Causes(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException) yield return e;
    }
}
