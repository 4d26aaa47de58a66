using System.Collections.Concurrent;
using System.Runtime.Loader;
using PmoFlow.Abstractions.Expressions;

namespace PmoFlow.Scripting.CSharp;

/// <summary>The compiled-expression cache: bounded, least recently used out, unloading what it drops.</summary>
internal sealed partial class CSharpEvaluator
{
    private readonly ConcurrentDictionary<(string Source, string ShapeKey), CSharpCacheEntry> _cache = new();

    /// <summary>How many expressions are cached.</summary>
    internal int CachedCount => _cache.Count;

    /// <summary>Drops every cached expression and unloads its load context once no delegate from it is in use.</summary>
    internal void Clear()
    {
        foreach (var pair in _cache)
        {
            if (_cache.TryRemove(pair))
            {
                pair.Value.Evict();
            }
        }

        _compiler.ClearShapes();
    }

    /// <summary>The load context of a cached expression, for tests that check unloading; null if not cached or failed.</summary>
    internal AssemblyLoadContext? GetLoadContext(string source, ExpressionShape shape)
        => _cache.TryGetValue((source, shape.Key), out var entry) && entry.IsCompiled ? entry.Get().Unit?.Context : null;

    private CompiledExpression GetOrCompile(string source, ExpressionShape shape)
    {
        var key = (source, shape.Key);
        if (_cache.TryGetValue(key, out var entry))
        {
            return entry.Get();
        }

        entry = _cache.GetOrAdd(
            key,
            static (_, state) => new CSharpCacheEntry(() => state.Compiler.Compile([(state.Source, state.Shape)])[0]),
            (Compiler: _compiler, Source: source, Shape: shape));
        var compiled = entry.Get();
        TrimIfFull(keep: key);
        return compiled;
    }

    private void TrimIfFull((string, string)? keep)
    {
        // Count locks the whole dictionary, but this only runs after a compile, which costs milliseconds anyway.
        var count = _cache.Count;
        if (count <= _maxCached)
        {
            return;
        }

        // Drop a tenth at once so a full cache does not evict on every new expression.
        var target = _maxCached - (_maxCached / 10);
        var victims = _cache
            .Where(pair => pair.Value.IsCompiled && !pair.Key.Equals(keep))
            .OrderBy(pair => pair.Value.LastUsed)
            .Take(count - target);
        foreach (var pair in victims)
        {
            if (_cache.TryRemove(pair))
            {
                pair.Value.Evict();
            }
        }
    }
}
