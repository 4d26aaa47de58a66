namespace PmoFlow.Workflows.Model;

/// <summary>The JSON is malformed or does not have the shape of an Elsa 3 workflow definition.</summary>
public sealed class WorkflowFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WorkflowFormatException(string? source, string path, string problem, long? line = null, long? column = null, Exception? inner = null)
        : base(Format(source, path, problem, line, column), inner)
    {
        SourceName = source;
        JsonPath = path;
        Problem = problem;
        Line = line;
        Column = column;
    }

    /// <summary>The file the JSON came from, if known.</summary>
    public string? SourceName { get; }

    /// <summary>Where in the JSON, as a JSON path (<c>$.root.activities[2]</c>).</summary>
    public string JsonPath { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary>1-based line, when known.</summary>
    public long? Line { get; }

    /// <summary>1-based column, when known.</summary>
    public long? Column { get; }

    private static string Format(string? source, string path, string problem, long? line, long? column)
    {
        var where = line is null ? path : $"{path} (line {line}, column {column})";
        return source is null ? $"{where}: {problem}" : $"{source}: {where}: {problem}";
    }
}
