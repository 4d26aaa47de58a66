using System.Text.RegularExpressions;

namespace PmoFlow.Scripting.Rules.Sources;

/// <summary>
/// Reads a rule file's header: the leading <c>// key: value</c> comment lines.
/// <code>
/// // rule: value-delivery
/// // gates: gate-9-10
/// // version: 3
/// // description: realized benefits reach a share of plan to date
/// //   (continuation lines are indented)
/// </code>
/// The header ends at the first line that is neither a field nor a continuation; the body starts there.
/// </summary>
internal static partial class RuleHeaderParser
{
    private static readonly string[] Fields = ["rule", "gates", "version", "description"];

    public static (RuleHeader? Header, IReadOnlyList<RuleDiagnostic> Diagnostics) Parse(RuleFile file)
    {
        var errors = new List<RuleDiagnostic>();
        var values = new Dictionary<string, (string Value, int Line, int Column)>(StringComparer.Ordinal);
        string? last = null;
        var lineNumber = 0;
        var offset = 0;
        var bodyLine = 1;
        var bodyStart = 0;
        var text = file.Text;
        while (offset < text.Length || lineNumber == 0)
        {
            var end = text.IndexOf('\n', offset);
            var next = end < 0 ? text.Length : end + 1;
            var line = text[offset..(end < 0 ? text.Length : end)].TrimEnd('\r');
            lineNumber++;
            if (!Classify(line, values, errors, ref last, file.Name, lineNumber))
            {
                bodyLine = lineNumber;
                bodyStart = offset;
                break;
            }
            bodyLine = lineNumber + 1;
            bodyStart = next;
            offset = next;
            if (end < 0) break;
        }

        var id = Required("rule", "the rule id (// rule: value-delivery)");
        var gates = Required("gates", "the gate or gates it decides (// gates: gate-9-10)");
        var version = Required("version", "its version (// version: 1)");
        var description = Required("description", "what it checks (// description: ...)");
        var gateList = gates is null ? [] : Gates(gates.Value);
        Validate(id, IdPattern(), "is not a valid rule id (lower-case letters, digits, '.' and '-')");
        Validate(version, VersionPattern(), "is not a valid version (1, 2.1 or 2.1.3)");
        if (string.IsNullOrWhiteSpace(text[Math.Min(bodyStart, text.Length)..]))
            errors.Add(new RuleDiagnostic(file.Name, bodyLine, 1, RuleCodes.EmptyBody, "the rule has a header but no body"));

        if (errors.Count > 0) return (null, errors);
        return (new RuleHeader(id!.Value.Value, gateList, version!.Value.Value, description!.Value.Value, file.Name, bodyLine, bodyStart), errors);

        (string Value, int Line, int Column)? Required(string key, string what)
        {
            if (values.TryGetValue(key, out var found)) return found;
            errors.Add(new RuleDiagnostic(file.Name, 1, 1, RuleCodes.Header, $"the header has no '{key}:' line: {what}"));
            return null;
        }

        void Validate((string Value, int Line, int Column)? field, Regex pattern, string problem)
        {
            if (field is { } f && !pattern.IsMatch(f.Value))
                errors.Add(new RuleDiagnostic(file.Name, f.Line, f.Column, RuleCodes.Header, $"'{f.Value}' {problem}"));
        }

        List<string> Gates((string Value, int Line, int Column) field)
        {
            var list = new List<string>();
            var column = field.Column;
            foreach (var part in field.Value.Split(','))
            {
                var gate = part.Trim();
                var at = column + (part.Length - part.TrimStart().Length);
                if (!GatePattern().IsMatch(gate))
                    errors.Add(new RuleDiagnostic(file.Name, field.Line, at, RuleCodes.Header, $"'{gate}' is not a valid gate name (such as gate-5-6)"));
                else if (list.Contains(gate, StringComparer.Ordinal))
                    errors.Add(new RuleDiagnostic(file.Name, field.Line, at, RuleCodes.Header, $"gate '{gate}' is listed twice"));
                else
                    list.Add(gate);
                column += part.Length + 1;
            }
            return list;
        }
    }

    /// <summary>Takes one line into the header; false when the line is not part of it (the body starts there).</summary>
    private static bool Classify(string line, Dictionary<string, (string Value, int Line, int Column)> values, List<RuleDiagnostic> errors,
        ref string? last, string file, int lineNumber)
    {
        if (values.Count == 0 && line.Trim().Length == 0) return true;
        // An indented comment line after the description continues it (checked first: it may contain a colon).
        var continuation = ContinuationPattern().Match(line);
        if (continuation.Success && last == "description")
        {
            var (text, at, column) = values[last];
            values[last] = (text + " " + continuation.Groups["value"].Value.Trim(), at, column);
            return true;
        }

        var field = FieldPattern().Match(line);
        if (field.Success)
        {
            var key = field.Groups["key"].Value.ToLowerInvariant();
            if (key == "gate") key = "gates";
            var valueGroup = field.Groups["value"];
            var value = valueGroup.Value.TrimEnd();
            if (!Fields.Contains(key))
            {
                if (values.Count == 0) return false; // a file without a header: the missing fields are reported
                errors.Add(new RuleDiagnostic(file, lineNumber, field.Groups["key"].Index + 1, RuleCodes.Header,
                    $"unknown header field '{field.Groups["key"].Value}' (fields: rule, gates, version, description; free comments go after the header)"));
                return true;
            }
            if (values.ContainsKey(key))
            {
                errors.Add(new RuleDiagnostic(file, lineNumber, field.Groups["key"].Index + 1, RuleCodes.Header, $"the header has '{key}:' twice"));
                return true;
            }
            if (value.Length == 0)
                errors.Add(new RuleDiagnostic(file, lineNumber, valueGroup.Index + 1, RuleCodes.Header, $"'{key}:' has no value"));
            values[key] = (value, lineNumber, valueGroup.Index + 1);
            last = key;
            return true;
        }
        return false;
    }

    [GeneratedRegex(@"^\s*//\s*(?<key>[A-Za-z]+)\s*:[ \t]*(?<value>.*)$")]
    private static partial Regex FieldPattern();

    [GeneratedRegex(@"^\s*//(?:[ ]{2,}|\t)(?<value>\S.*)$")]
    private static partial Regex ContinuationPattern();

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9.-]{0,62}[a-z0-9])?$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$")]
    private static partial Regex GatePattern();

    [GeneratedRegex(@"^\d{1,9}(?:\.\d{1,9}){0,2}$")]
    private static partial Regex VersionPattern();
}
