using PmoFlow.Core.Gates;
using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Tests.Support;

namespace PmoFlow.Persistence.Tests.Rules;

/// <summary>Rule pack versions kept in the database by content hash, so replay finds them after a restart.</summary>
public sealed class RulePackArchiveTests
{
    private static readonly string Hash = new('a', 64);

    [Fact]
    public void Save_ThenFind_GivesBackEveryFileExactly()
    {
        using var db = new SqliteTestDatabase();
        var pack = Pack(Hash, "// rule: a\r\n// gates: gate-5-6\n\tRequire(\"ä\", …);\n");

        db.Get<IRulePackArchive>().Save(pack);

        var found = db.Get<IRulePackArchive>().Find(Hash);
        Assert.NotNull(found);
        Assert.Equal((pack.Name, pack.Hash, pack.Origin, pack.ArchivedAt), (found.Name, found.Hash, found.Origin, found.ArchivedAt));
        Assert.Equal(pack.Files, found.Files);
    }

    [Fact]
    public void Save_SameHashTwice_KeepsTheFirstRow()
    {
        using var db = new SqliteTestDatabase();
        var archive = db.Get<IRulePackArchive>();
        archive.Save(Pack(Hash, "first"));

        archive.Save(Pack(Hash, "first") with { Origin = "elsewhere", ArchivedAt = Sample.T0.AddDays(1) });

        Assert.Equal(1, db.Count("rule_pack_versions"));
        Assert.Equal(("/srv/rules", Sample.T0), (archive.Find(Hash)!.Origin, archive.Find(Hash)!.ArchivedAt));
    }

    [Fact]
    public void Find_AfterAnotherProcessOpensTheFile_StillFindsIt()
    {
        using var db = new SqliteTestDatabase();
        db.Get<IRulePackArchive>().Save(Pack(Hash, "text"));

        using var restarted = db.OpenAnother();

        Assert.Equal("text", restarted.Get<IRulePackArchive>().Find(Hash)!.Files[0].Text);
        Assert.Null(restarted.Get<IRulePackArchive>().Find(new string('b', 64)));
    }

    [Fact]
    public async Task Save_InsideAStoreTransaction_JoinsItAndCommitsOrRollsBackWithIt()
    {
        using var db = new SqliteTestDatabase();
        var archive = db.Get<IRulePackArchive>();
        var transactions = db.Get<IStoreTransactions>();

        // An engine pass holds the write lock; a pack first loaded inside it must not wait on it (it would wait forever).
        await transactions.RunAsync(_ =>
        {
            archive.Save(Pack(Hash, "kept"));
            return Task.FromResult(true);
        });
        await Assert.ThrowsAsync<InvalidOperationException>(() => transactions.RunAsync<bool>(_ =>
        {
            archive.Save(Pack(new string('c', 64), "rolled back"));
            throw new InvalidOperationException("the pass failed");
        }));

        Assert.Equal([Hash], db.Query<string>("SELECT hash FROM rule_pack_versions"));
    }

    [Fact]
    public async Task FindEvaluation_ById_ReadsItWhateverItsService()
    {
        using var db = new SqliteTestDatabase();
        await db.Pmo.AddServiceAsync(Sample.Service("s1"), "t");
        await db.Pmo.AddServiceAsync(Sample.Service("s2", "Other"), "t");
        await EffectsHarness.CommitAsync(db, TestEffects.GateEvaluated(TestEffects.Evaluation("e1", "s1")), TestEffects.GateEvaluated(TestEffects.Evaluation("e2", "s2")));
        var reader = db.Get<IGateEvaluationReader>();

        var found = await reader.FindAsync("e2");

        Assert.NotNull(found);
        Assert.Equal(("e2", "s2", "gate-5-6", GateOutcome.NeedsEvidence), (found.Id, found.ServiceId, found.Gate, found.Outcome));
        Assert.Equal(TestEffects.Evaluation("e2", "s2").Clauses, found.Clauses);
        Assert.Null(await reader.FindAsync("nope"));
    }

    private static ArchivedRulePack Pack(string hash, string text) =>
        new("acme", hash, "/srv/rules", [new ArchivedRuleFile("a.csx", text), new ArchivedRuleFile("b.csx", "// b")], Sample.T0);
}
