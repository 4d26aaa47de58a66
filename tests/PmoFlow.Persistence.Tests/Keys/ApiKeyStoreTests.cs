using System.Security.Cryptography;
using PmoFlow.Core.Access;
using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Tests.Support;

namespace PmoFlow.Persistence.Tests.Keys;

/// <summary>API keys in SQLite: only a hash is stored, checks are exact, revocation is immediate and audited.</summary>
public sealed class ApiKeyStoreTests
{
    [Fact]
    public async Task Create_StoresOnlyTheSecretsHash_AndTheKeyChecksAsItsRole()
    {
        using var db = new SqliteTestDatabase();
        var keys = db.Get<IApiKeyStore>();

        var created = await keys.CreateAsync("ci-bot", PmoRole.GateAgent, "admin");

        Assert.True(ApiKeyText.TryParse(created.Key, out var id, out var secret));
        Assert.Equal(created.Info.Id, id);
        var row = db.Query<(string Role, byte[] Hash, string CreatedBy)>("SELECT role, secret_hash, created_by FROM api_keys WHERE id = @id", new { id }).Single();
        Assert.Equal(("gate-agent", "admin"), (row.Role, row.CreatedBy));
        Assert.Equal(SHA256.HashData(Convert.FromHexString(secret)), row.Hash);
        // Neither the key nor its secret is anywhere in the file's rows.
        var dump = string.Join("\n", db.Query<string>("SELECT id || name || role || created_at || created_by FROM api_keys").Concat(db.Query<string>("SELECT details FROM audit")));
        Assert.DoesNotContain(secret, dump, StringComparison.Ordinal);

        var check = await keys.CheckAsync(created.Key);
        Assert.Equal(ApiKeyStatus.Valid, check.Status);
        Assert.Equal(("ci-bot", PmoRole.GateAgent), (check.Key!.Name, check.Key.Role));
        Assert.Contains(db.Query<string>("SELECT action FROM audit"), a => a == "key.created");
    }

    [Theory]
    [InlineData("")]
    [InlineData("pmo_123")]
    [InlineData("Bearer pmo_0123456789abcdef_0123")]
    [InlineData("PMO_0123456789ABCDEF_0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF")]
    public async Task Check_TextNotShapedLikeAKey_IsMalformed(string text)
    {
        using var db = new SqliteTestDatabase();

        Assert.Equal(ApiKeyStatus.Malformed, (await db.Get<IApiKeyStore>().CheckAsync(text)).Status);
    }

    [Fact]
    public async Task Check_KnownIdWithAnotherSecret_IsUnknown_AndSaysNothingOfTheKey()
    {
        using var db = new SqliteTestDatabase();
        var keys = db.Get<IApiKeyStore>();
        var created = await keys.CreateAsync("alice", PmoRole.Viewer, "admin");
        var forged = $"{ApiKeyText.Prefix}{created.Info.Id}_{new string('0', 64)}";

        var check = await keys.CheckAsync(forged);

        Assert.Equal(ApiKeyStatus.Unknown, check.Status);
        Assert.Null(check.Key);
        Assert.Equal(ApiKeyStatus.Unknown, (await keys.CheckAsync(ApiKeyText.New().Key)).Status);
    }

    [Fact]
    public async Task Revoke_StopsTheKeyAndItsSessionsAtOnce_InAnotherProcessToo()
    {
        using var db = new SqliteTestDatabase();
        var keys = db.Get<IApiKeyStore>();
        var key = await keys.CreateAsync("alice", PmoRole.Architect, "admin");
        var session = await keys.CreateSessionAsync(key.Info, db.Clock.GetUtcNow().AddHours(8));
        using var other = db.OpenAnother();
        Assert.True((await other.Get<IApiKeyStore>().CheckAsync(session.Key)).IsValid);

        db.Clock.Advance(TimeSpan.FromMinutes(5));
        var revoked = await keys.RevokeAsync(key.Info.Id, "admin");

        Assert.Equal(db.Clock.GetUtcNow(), revoked.RevokedAt);
        var check = await other.Get<IApiKeyStore>().CheckAsync(key.Key);
        Assert.Equal(ApiKeyStatus.Revoked, check.Status);
        Assert.Equal(ApiKeyStatus.Revoked, (await other.Get<IApiKeyStore>().CheckAsync(session.Key)).Status);
        Assert.Contains(db.Query<string>("SELECT action FROM audit"), a => a == "key.revoked");

        db.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(revoked.RevokedAt, (await keys.RevokeAsync(key.Info.Id, "admin")).RevokedAt);
    }

    [Fact]
    public async Task Revoke_UnknownId_IsNotFound()
    {
        using var db = new SqliteTestDatabase();

        var error = await Assert.ThrowsAsync<PmoDataException>(() => db.Get<IApiKeyStore>().RevokeAsync("0123456789abcdef", "admin"));

        Assert.True(error.IsNotFound);
        Assert.Equal("keyId", error.Field);
    }

    [Fact]
    public async Task Session_HasItsKeysRoleAndName_ExpiresOnTime_AndEndedOnesAreRemovedAtTheNextLogin()
    {
        using var db = new SqliteTestDatabase();
        var keys = db.Get<IApiKeyStore>();
        var key = await keys.CreateAsync("bob", PmoRole.Viewer, "admin");
        var first = await keys.CreateSessionAsync(key.Info, db.Clock.GetUtcNow().AddHours(1));
        Assert.Equal(("bob", PmoRole.Viewer, key.Info.Id), (first.Info.Name, first.Info.Role, first.Info.SessionOf));

        db.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(ApiKeyStatus.Expired, (await keys.CheckAsync(first.Key)).Status);
        Assert.True((await keys.CheckAsync(key.Key)).IsValid);

        var second = await keys.CreateSessionAsync(key.Info, db.Clock.GetUtcNow().AddHours(1));
        var ids = (await keys.ListAsync()).Select(k => k.Id).ToList();
        Assert.Equal([key.Info.Id, second.Info.Id], ids);
    }

    [Fact]
    public async Task Session_OfARevokedKey_IsRefused()
    {
        using var db = new SqliteTestDatabase();
        var keys = db.Get<IApiKeyStore>();
        var key = await keys.CreateAsync("carol", PmoRole.Admin, "admin");
        await keys.RevokeAsync(key.Info.Id, "admin");

        await Assert.ThrowsAsync<PmoDataException>(() => keys.CreateSessionAsync(key.Info, db.Clock.GetUtcNow().AddHours(1)));
    }

    [Fact]
    public async Task CreateFirst_MakesOneAdminKey_OnlyWhileNoKeyIsInForce()
    {
        using var db = new SqliteTestDatabase();
        var keys = db.Get<IApiKeyStore>();

        var first = await keys.CreateFirstAsync("admin", "first-start");
        Assert.Equal(PmoRole.Admin, first!.Info.Role);
        Assert.Null(await keys.CreateFirstAsync("admin", "first-start"));

        // Every key revoked (say, by hand on the server): the next start makes a new one, so the server is never unusable.
        await keys.RevokeAsync(first.Info.Id, "cli");
        Assert.NotNull(await keys.CreateFirstAsync("admin", "first-start"));
    }

    [Fact]
    public async Task Check_RecordsLastUse_AtMostOncePerMinute()
    {
        using var db = new SqliteTestDatabase();
        var keys = db.Get<IApiKeyStore>();
        var key = await keys.CreateAsync("dave", PmoRole.Viewer, "admin");
        var firstUse = db.Clock.GetUtcNow();

        await keys.CheckAsync(key.Key);
        db.Clock.Advance(TimeSpan.FromSeconds(30));
        await keys.CheckAsync(key.Key);
        Assert.Equal(firstUse, (await keys.FindAsync(key.Info.Id))!.LastUsedAt);

        db.Clock.Advance(TimeSpan.FromSeconds(30));
        await keys.CheckAsync(key.Key);
        Assert.Equal(firstUse.AddMinutes(1), (await keys.FindAsync(key.Info.Id))!.LastUsedAt);
    }
}
