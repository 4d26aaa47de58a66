using System.Text;

namespace PmoFlow.Workflows.Model;

/// <summary>Elsa's naming rules between JSON keys, C# members and workflow-as-activity type names.</summary>
public static class Naming
{
    /// <summary>"Subworkflow test" → "SubworkflowTest"; "my-workflow" → "MyWorkflow".</summary>
    public static string ToPascalCase(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var upperNext = true;
        foreach (var ch in text)
        {
            if (!char.IsLetterOrDigit(ch)) { upperNext = true; continue; }
            sb.Append(upperNext ? char.ToUpperInvariant(ch) : ch);
            upperNext = false;
        }
        return sb.ToString();
    }

    /// <summary>"Input1" → "input1": how an input or output name appears as a JSON key on an activity.</summary>
    public static string ToCamelCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }
}
