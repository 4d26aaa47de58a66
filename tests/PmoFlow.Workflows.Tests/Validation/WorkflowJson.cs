namespace PmoFlow.Workflows.Tests.Validation;

/// <summary>Small definitions for validator tests, laid out one activity per line so positions are easy to read.</summary>
internal static class WorkflowJson
{
    /// <summary>Start → WriteLine, with a variable the WriteLine reads: nothing to report.</summary>
    public const string Valid = """
        {
          "variables": [ { "id": "v1", "name": "Counter", "typeName": "Int32", "value": "0" } ],
          "root": { "type": "Elsa.Flowchart", "id": "flow",
            "activities": [
              { "type": "Elsa.Start", "id": "start" },
              { "type": "Elsa.WriteLine", "id": "write", "text": { "typeName": "String", "expression": { "type": "JavaScript", "value": "getCounter()" } } }
            ],
            "connections": [
              { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "write", "port": "In" } }
            ]
          }
        }
        """;

    /// <summary>
    /// A root flowchart holding <paramref name="activities"/>, one per line from line 5 at column 7, then
    /// <paramref name="connections"/>, one per line from line 7 + activities at column 7.
    /// </summary>
    public static string Flowchart(string[] activities, string[]? connections = null, string variables = "[]") =>
        "{\n"
        + $"  \"variables\": {variables},\n"
        + "  \"root\": { \"type\": \"Elsa.Flowchart\", \"id\": \"flow\",\n"
        + "    \"activities\": [\n"
        + string.Join(",\n", activities.Select(a => "      " + a)) + "\n"
        + "    ],\n"
        + "    \"connections\": [\n"
        + string.Join(",\n", (connections ?? []).Select(c => "      " + c)) + "\n"
        + "    ]\n"
        + "  }\n"
        + "}\n";

    /// <summary>A connection in Elsa's current form.</summary>
    public static string Connect(string source, string target, string port = "Done") =>
        $$"""{ "source": { "activity": "{{source}}", "port": "{{port}}" }, "target": { "activity": "{{target}}", "port": "In" } }""";
}
