using PmoFlow.Hosting.Rules;
using PmoFlow.Server.Common;

namespace PmoFlow.Server.Rules;

/// <summary>A candidate rule pack: <c>{"name": "stricter", "files": {"onboarding.csx": "// rule: onboarding ..."}}</c>.</summary>
/// <param name="Name">The candidate's name (default <c>candidate</c>), cited as <c>rules/{name}@sha256:…</c> in its decisions.</param>
/// <param name="Files">Each rule file's name and text.</param>
internal sealed record RuleWhatIfRequest(string? Name, Dictionary<string, string?>? Files)
{
    public const string DefaultName = "candidate";

    /// <summary>The pack, or null after recording what is wrong in <paramref name="errors"/> by JSON field.</summary>
    public RulePackFiles? ToPack(RequestErrors errors)
    {
        var pack = new RulePackFiles(string.IsNullOrWhiteSpace(Name) ? DefaultName : Name.Trim(), (Files ?? []).ToDictionary(f => f.Key, f => f.Value!, StringComparer.Ordinal))
        {
            Origin = "POST /api/rules/whatif",
        };
        foreach (var (field, message) in pack.Validate()) errors.Add(field, message);
        return errors.HasErrors ? null : pack;
    }
}
