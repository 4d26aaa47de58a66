namespace PmoFlow.Scripting.Rules;

/// <summary>Where governance rule packs come from, where compiled ones are kept, and each evaluation's budget (section <c>PmoFlow:Rules</c>).</summary>
public sealed class RuleOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "PmoFlow:Rules";

    /// <summary>Whether the default pack (the ten flywheel gates, bundled with the host) decides its gates. Off: the built-in C# rules do.</summary>
    public bool UseDefaultPack { get; set; } = true;

    /// <summary>
    /// A folder of <c>.csx</c> rules, if any: its pack is asked first, so a gate it has rules for is decided by it
    /// alone, and other gates fall through to the default pack. Must exist when set.
    /// </summary>
    public string? Folder { get; set; }

    /// <summary>The name records cite for <see cref="Folder"/>'s pack (<c>rules/{name}@sha256:…</c>); the folder's name by default.</summary>
    public string? PackName { get; set; }

    /// <summary>Whether adding, editing or removing a file in <see cref="Folder"/> reloads its pack (the server watches; one-shot tools do not).</summary>
    public bool Watch { get; set; } = true;

    /// <summary>How long the folder must stay quiet after a change before its pack reloads (an editor saves in several writes).</summary>
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Where every pack version's sources (for replay) and compiled images (so a restart compiles nothing) are kept.
    /// A relative path resolves against the current directory. Empty: nothing is kept on disk.
    /// </summary>
    public string? CacheFolder { get; set; } = "data/rule-packs";

    /// <summary>Loop iterations plus calls into rule code one evaluation may make.</summary>
    public long MaxSteps { get; set; } = 1_000_000;

    /// <summary>How deep calls into rule code may nest.</summary>
    public int MaxCallDepth { get; set; } = 64;

    /// <summary>How long one evaluation may run.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How much memory one evaluation may allocate.</summary>
    public long MaxAllocatedBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Named thresholds beyond the typed ones (<c>hse.trir.max</c>), which rules read as <c>Thresholds["hse.trir.max"]</c>.</summary>
    public IDictionary<string, decimal> Thresholds { get; } = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
}
