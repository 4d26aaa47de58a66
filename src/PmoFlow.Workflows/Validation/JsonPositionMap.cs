using System.Text;
using System.Text.Json;

namespace PmoFlow.Workflows.Validation;

/// <summary>
/// Maps JSON paths in the model's syntax (<c>$.root.activities[2].text</c>) to 1-based line and column in the
/// text, so a message found on the parsed tree can point into the file the author edits. Built in one pass
/// with <see cref="Utf8JsonReader"/>; a property maps to its name, an array element to its first token.
/// </summary>
internal sealed class JsonPositionMap
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip };
    private readonly Dictionary<string, (long Line, long Column)> _positions = new(StringComparer.Ordinal);
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    public JsonPositionMap(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        // Positions are counted as the author sees the text: a byte-order mark is not a column.
        _utf8 = Encoding.UTF8.GetBytes(json.TrimStart('\uFEFF'));
        for (var i = 0; i < _utf8.Length; i++)
            if (_utf8[i] == (byte)'\n') _lineStarts.Add(i + 1);
        Walk();
    }

    /// <summary>
    /// For malformed text, the path of the innermost object or array the reader was in when it failed
    /// (<c>$</c> when it failed outside any); null when the text is well-formed.
    /// </summary>
    public string? ErrorPath { get; private set; }

    /// <summary>The position of <paramref name="path"/>, else of its nearest ancestor that the text has.</summary>
    public bool TryGet(string path, out long line, out long column)
    {
        ArgumentNullException.ThrowIfNull(path);
        for (var p = path; p.Length > 0; p = Parent(p))
        {
            if (_positions.TryGetValue(p, out var position))
            {
                (line, column) = position;
                return true;
            }
        }
        line = column = 0;
        return false;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }

    private void Walk()
    {
        var reader = new Utf8JsonReader(_utf8, ReaderOptions);
        var frames = new Stack<Frame>();
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    var frame = frames.Peek();
                    frame.Current = $"{frame.Path}.{reader.GetString()}";
                    Record(frame.Current, reader.TokenStartIndex);
                    continue;
                }
                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.Pop();
                    continue;
                }

                var path = ValuePath(frames, reader.TokenStartIndex);
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    frames.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray));
            }
        }
        catch (JsonException)
        {
            // The parser reports the position; what the map adds is which object the author was editing.
            ErrorPath = frames.Count == 0 ? "$" : frames.Peek().Path;
        }
    }

    private string ValuePath(Stack<Frame> frames, long offset)
    {
        if (frames.Count == 0)
        {
            Record("$", offset);
            return "$";
        }
        var frame = frames.Peek();
        if (!frame.IsArray) return frame.Current;
        var path = $"{frame.Path}[{++frame.Index}]";
        Record(path, offset);
        return path;
    }

    private void Record(string path, long offset)
    {
        // A key repeated in one object keeps its first position: that is where a reader starts looking.
        if (_positions.ContainsKey(path)) return;
        var lineIndex = _lineStarts.BinarySearch((int)offset);
        if (lineIndex < 0) lineIndex = ~lineIndex - 1;
        var lineStart = _lineStarts[lineIndex];
        // Columns count characters, as editors do, not the UTF-8 bytes the reader reports.
        var column = Encoding.UTF8.GetCharCount(_utf8, lineStart, (int)offset - lineStart) + 1;
        _positions[path] = (lineIndex + 1, column);
    }

    private sealed class Frame(string path, bool isArray)
    {
        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string Current { get; set; } = path;
    }
}
