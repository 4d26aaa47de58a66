using System.Reflection;
using System.Runtime.Loader;
using PmoFlow.Abstractions.Rules;
using PmoFlow.Scripting.Rules.Compilation;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules.Loading;

/// <summary>
/// One loaded version of a pack, in a collectible load context of its own. Evaluations lease it; the registry holds
/// one lease while it is current. When the last lease ends the context unloads, so an evaluation that started on an
/// old version finishes on it and the old code leaves memory right after.
/// </summary>
internal sealed class RulePackVersion
{
    private AssemblyLoadContext? _context;
    private Dictionary<string, CompiledRule[]> _byGate;
    private int _leases = 1;

    private RulePackVersion(RulePackSource source, IReadOnlyList<RuleHeader> rules, AssemblyLoadContext? context, Dictionary<string, CompiledRule[]> byGate,
        bool fromCache, DateTimeOffset loadedAt)
    {
        Source = source;
        Rules = rules;
        _context = context;
        _byGate = byGate;
        FromCache = fromCache;
        LoadedAt = loadedAt;
        ContextReference = new WeakReference(context);
    }

    public RulePackSource Source { get; }

    public string Pack => Source.Name;

    public string Hash => Source.Hash;

    /// <summary>What evaluation records cite: <c>rules/default@sha256:…</c>.</summary>
    public string Evaluator => Source.Evaluator;

    public IReadOnlyList<RuleHeader> Rules { get; }

    /// <summary>Whether the compiled image came from the disk cache (no compile).</summary>
    public bool FromCache { get; }

    public DateTimeOffset LoadedAt { get; }

    /// <summary>The load context, weakly: tests check it really goes away.</summary>
    public WeakReference ContextReference { get; }

    public bool IsUnloaded => Volatile.Read(ref _leases) == 0;

    public IEnumerable<string> Gates => _byGate.Keys;

    public bool Handles(string gate) => _byGate.ContainsKey(gate);

    public IReadOnlyList<CompiledRule> RulesFor(string gate) => _byGate.TryGetValue(gate, out var rules) ? rules : [];

    public static RulePackVersion Load(RulePackSource source, IReadOnlyList<RuleHeader> rules, RuleImage? image, bool fromCache, DateTimeOffset now)
    {
        if (rules.Count == 0 || image is null) return new RulePackVersion(source, rules, null, new(StringComparer.Ordinal), fromCache, now);

        var context = new AssemblyLoadContext($"rules/{source.Name}@{source.Hash[..12]}", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(image.Assembly), new MemoryStream(image.Pdb));
            var compiled = rules.Select((header, i) => new CompiledRule(header, Factory(assembly, i))).ToList();
            var byGate = compiled.SelectMany(r => r.Header.Gates.Select(g => (Gate: g, Rule: r)))
                .GroupBy(x => x.Gate, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(x => x.Rule).ToArray(), StringComparer.Ordinal);
            return new RulePackVersion(source, rules, context, byGate, fromCache, now);
        }
        catch
        {
            context.Unload();
            throw;
        }
    }

    /// <summary>Takes a lease; false once the version has unloaded (the caller reads the current version again).</summary>
    public bool TryAcquire()
    {
        while (true)
        {
            var leases = Volatile.Read(ref _leases);
            if (leases == 0) return false;
            if (Interlocked.CompareExchange(ref _leases, leases + 1, leases) == leases) return true;
        }
    }

    public void Release()
    {
        var left = Interlocked.Decrement(ref _leases);
        if (left < 0) throw new InvalidOperationException($"Rule pack {Evaluator} was released more often than leased.");
        if (left > 0) return;
        // Drop the delegates first: they are what keeps the load context alive.
        _byGate = new Dictionary<string, CompiledRule[]>(StringComparer.Ordinal);
        Interlocked.Exchange(ref _context, null)?.Unload();
    }

    private static Func<RuleGlobals> Factory(Assembly assembly, int index)
    {
        var type = assembly.GetType(RuleCodeGenerator.TypeName(index), throwOnError: true)!;
        var method = type.GetMethod(RuleCodeGenerator.CreateMethod, BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{type.FullName}.{RuleCodeGenerator.CreateMethod} is missing.");
        return method.CreateDelegate<Func<RuleGlobals>>();
    }
}
