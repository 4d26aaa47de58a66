namespace PmoFlow.Scripting.JavaScript.Runtime;

/// <summary>
/// One lexical environment. Scopes are small, so names and values sit in parallel arrays searched
/// linearly; identifier strings are interned by the lexer, so the reference check usually hits first.
/// </summary>
internal sealed class Scope(Scope? parent)
{
    private string[]? _names;
    private object?[]? _values;
    private bool[]? _constant;
    private int _count;

    public Scope? Parent { get; } = parent;

    /// <summary>Set on function scopes (not arrows): the <c>this</c> of the call.</summary>
    public bool HasThis { get; private set; }

    public object? ThisValue { get; private set; }

    public void BindThis(object? value)
    {
        HasThis = true;
        ThisValue = value;
    }

    public int IndexOf(string name)
    {
        var names = _names;
        for (int i = 0; i < _count; i++)
        {
            if ((object)names![i] == name)
            {
                return i;
            }
        }

        for (int i = 0; i < _count; i++)
        {
            if (string.Equals(names![i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    public object? GetAt(int index) => _values![index];

    public bool IsConstant(int index) => _constant![index];

    public void SetAt(int index, object? value) => _values![index] = value;

    /// <summary>Declares or redeclares a binding in this scope.</summary>
    public void Declare(string name, object? value, bool constant = false)
    {
        int index = IndexOf(name);
        if (index >= 0)
        {
            _values![index] = value;
            _constant![index] = constant;
            return;
        }

        if (_names is null || _count == _names.Length)
        {
            int size = _names is null ? 4 : _names.Length * 2;
            Array.Resize(ref _names, size);
            Array.Resize(ref _values, size);
            Array.Resize(ref _constant, size);
        }

        _names[_count] = name;
        _values![_count] = value;
        _constant![_count] = constant;
        _count++;
    }

    /// <summary>Declares <paramref name="name"/> as undefined unless it already exists (var hoisting).</summary>
    public void DeclareIfAbsent(string name)
    {
        if (IndexOf(name) < 0)
        {
            Declare(name, JsValue.Undefined);
        }
    }

    /// <summary>A copy with the same bindings, giving each loop iteration its own let variables.</summary>
    public Scope CopyForNextIteration()
    {
        var copy = new Scope(Parent) { _count = _count };
        if (_names is not null)
        {
            copy._names = (string[])_names.Clone();
            copy._values = (object?[])_values!.Clone();
            copy._constant = (bool[])_constant!.Clone();
        }

        return copy;
    }
}
