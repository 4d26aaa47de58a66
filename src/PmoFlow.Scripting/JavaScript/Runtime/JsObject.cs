namespace PmoFlow.Scripting.JavaScript.Runtime;

/// <summary>
/// An ordinary object: string-keyed properties in insertion order and a prototype. Built-in objects are
/// shared by every evaluation, so they are frozen after setup and only ever read concurrently.
/// </summary>
internal class JsObject(JsObject? prototype)
{
    private OrderedDictionary<string, object?>? _properties;

    public JsObject? Prototype { get; set; } = prototype;

    public bool IsFrozen { get; private set; }

    /// <summary>The internal class, as shown by <c>Object.prototype.toString</c>.</summary>
    public virtual string ClassName => "Object";

    public int OwnPropertyCount => _properties?.Count ?? 0;

    public virtual bool TryGetOwnProperty(string key, out object? value)
    {
        if (_properties is not null && _properties.TryGetValue(key, out value))
        {
            return true;
        }

        value = null;
        return false;
    }

    public object? Get(string key)
    {
        for (var o = this; o is not null; o = o.Prototype)
        {
            if (o.TryGetOwnProperty(key, out var value))
            {
                return value;
            }
        }

        return JsValue.Undefined;
    }

    public bool HasProperty(string key)
    {
        for (var o = this; o is not null; o = o.Prototype)
        {
            if (o.TryGetOwnProperty(key, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sets an own property; returns whether a new property was added (for memory accounting).</summary>
    public virtual bool Set(string key, object? value)
    {
        ThrowIfFrozen(key);
        _properties ??= new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        int count = _properties.Count;
        _properties[key] = value;
        return _properties.Count != count;
    }

    public virtual bool Delete(string key)
    {
        ThrowIfFrozen(key);
        return _properties?.Remove(key) ?? true;
    }

    /// <summary>Own enumerable keys in JavaScript order.</summary>
    public virtual void CollectOwnKeys(List<string> keys)
    {
        if (_properties is null)
        {
            return;
        }

        // Integer-like keys come first in ascending order, then the rest in insertion order.
        bool anyIndex = false;
        foreach (var key in _properties.Keys)
        {
            if (JsArray.TryParseIndex(key, out _))
            {
                anyIndex = true;
            }
        }

        if (!anyIndex)
        {
            keys.AddRange(_properties.Keys);
            return;
        }

        var indices = new List<(int Index, string Key)>();
        foreach (var key in _properties.Keys)
        {
            if (JsArray.TryParseIndex(key, out int index))
            {
                indices.Add((index, key));
            }
        }

        indices.Sort((a, b) => a.Index.CompareTo(b.Index));
        foreach (var (_, key) in indices)
        {
            keys.Add(key);
        }

        foreach (var key in _properties.Keys)
        {
            if (!JsArray.TryParseIndex(key, out _))
            {
                keys.Add(key);
            }
        }
    }

    public List<string> OwnKeys()
    {
        var keys = new List<string>();
        CollectOwnKeys(keys);
        return keys;
    }

    public void Freeze() => IsFrozen = true;

    /// <summary>Defines a property during built-in setup, before the object is frozen.</summary>
    public void Define(string key, object? value)
    {
        _properties ??= new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        _properties[key] = value;
    }

    protected void ThrowIfFrozen(string key)
    {
        if (IsFrozen)
        {
            throw JsThrowException.TypeError($"Cannot assign to read only property '{key}' of built-in object");
        }
    }
}
