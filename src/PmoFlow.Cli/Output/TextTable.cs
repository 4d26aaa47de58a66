namespace PmoFlow.Cli.Output;

/// <summary>A plain aligned text table: columns padded to their widest cell, two spaces apart, the last one left ragged.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public int Count => _rows.Count;

    public void Add(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != headers.Length) throw new ArgumentException($"A row needs {headers.Length} cells (got {cells.Length}).", nameof(cells));
        _rows.Add(cells);
    }

    public void WriteTo(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var widths = headers.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        foreach (var row in _rows.Prepend(headers))
            output.WriteLine(string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd());
    }
}
