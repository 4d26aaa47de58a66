namespace PmoFlow.Industry.Tests.Support;

/// <summary>The lines a <see cref="CollectingLogger{T}"/> kept.</summary>
internal sealed class LogLines
{
    private readonly List<string> _lines = [];

    public void Add(string line)
    {
        lock (_lines) _lines.Add(line);
    }

    public override string ToString()
    {
        lock (_lines) return string.Join(Environment.NewLine, _lines);
    }
}
