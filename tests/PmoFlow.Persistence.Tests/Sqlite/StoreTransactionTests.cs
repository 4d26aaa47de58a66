using Microsoft.Data.Sqlite;
using SQLitePCL;
using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Tests.Support;

namespace PmoFlow.Persistence.Tests.Sqlite;

public sealed class StoreTransactionTests
{
    [Fact]
    public async Task RunAsync_CommitsEveryWriteTogether_AndItsReadsSeeThem()
    {
        using var db = new SqliteTestDatabase();
        var transactions = db.Get<IStoreTransactions>();

        var seenInside = await transactions.RunAsync(async ct =>
        {
            await db.Pmo.AddCustomerAsync(Sample.Customer(), "t", ct);
            await db.Pmo.AddServiceAsync(Sample.Service("s1", customers: "c1"), "t", ct);
            return (await db.Pmo.LoadGateContextAsync("s1", "gate-2-3", Sample.T0, ct))!.Customers.Single().Id;
        });

        Assert.Equal("c1", seenInside);
        Assert.NotNull(await db.Pmo.FindServiceAsync("s1"));
        Assert.Equal(2, db.Count("audit"));
    }

    [Fact]
    public async Task RunAsync_WhenTheWorkThrows_CommitsNothing()
    {
        using var db = new SqliteTestDatabase();
        var transactions = db.Get<IStoreTransactions>();

        await Assert.ThrowsAsync<TimeoutException>(() => transactions.RunAsync<bool>(async ct =>
        {
            await db.Pmo.AddCustomerAsync(Sample.Customer(), "t", ct);
            await db.Pmo.AddServiceAsync(Sample.Service("s1"), "t", ct);
            throw new TimeoutException("the pass gave up");
        }));

        Assert.Empty(await db.Pmo.ListCustomersAsync());
        Assert.Null(await db.Pmo.FindServiceAsync("s1"));
        Assert.Equal((0, 0), (db.Count("audit"), db.Count("pending_work")));
    }

    [Fact]
    public async Task RunAsync_WhenAWriteFailsAndTheWorkCarriesOn_CommitsNothing()
    {
        using var db = new SqliteTestDatabase();
        await db.Pmo.AddServiceAsync(Sample.Service("s1"), "t");
        var transactions = db.Get<IStoreTransactions>();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => transactions.RunAsync(async ct =>
        {
            await db.Pmo.AddKpiAsync(Sample.Kpi("k1"), "t", ct);
            await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.AddKpiAsync(Sample.Kpi("k1"), "t", ct));
            await db.Pmo.AddKpiAsync(Sample.Kpi("k2"), "t", ct);
            return true;
        }));

        Assert.IsType<PmoDataException>(error.InnerException);
        Assert.Empty(await db.Pmo.ListKpisAsync("s1"));
        Assert.Equal(1, db.Count("audit"));
    }

    [Fact]
    public async Task RunAsync_InsideAnotherRun_JoinsIt()
    {
        using var db = new SqliteTestDatabase();
        var transactions = db.Get<IStoreTransactions>();

        await Assert.ThrowsAsync<TimeoutException>(() => transactions.RunAsync<bool>(async ct =>
        {
            await transactions.RunAsync(async inner =>
            {
                await db.Pmo.AddCustomerAsync(Sample.Customer(), "t", inner);
                return true;
            }, ct);
            throw new TimeoutException("the outer run fails after the inner one returned");
        }));

        Assert.Empty(await db.Pmo.ListCustomersAsync());
    }

    [Fact]
    public async Task RunAsync_HoldsTheWriteLock_SoAnotherConnectionWaitsForItsCommit()
    {
        using var db = new SqliteTestDatabase();
        await db.Pmo.AddServiceAsync(Sample.Service("s1"), "t");
        var transactions = db.Get<IStoreTransactions>();

        await transactions.RunAsync(async ct =>
        {
            await db.Pmo.QueueWorkAsync("s1", "inside", ct);
            // A writer on its own connection cannot even begin. Asked through SQLite directly, with no busy wait, so
            // it answers at once rather than retrying until the run commits (which it never would, inside the run).
            using var other = new SqliteConnection($"Data Source={db.Path};Pooling=False");
            other.Open();
            Assert.Equal(raw.SQLITE_OK, raw.sqlite3_busy_timeout(other.Handle, 0));
            Assert.Equal(raw.SQLITE_BUSY, raw.sqlite3_exec(other.Handle, "BEGIN IMMEDIATE"));
            return true;
        });

        Assert.Equal(2, db.Count("pending_work"));
    }
}
