namespace PmoFlow.Server.Access;

/// <summary>Access control settings (section <c>PmoFlow:Access</c>), validated at start.</summary>
public sealed class AccessOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "PmoFlow:Access";

    /// <summary>
    /// Where the first start writes the admin key it creates when the database has no key at all. Unset:
    /// <c>admin.key</c> in the data folder (beside the database, <c>./data/admin.key</c> by default).
    /// </summary>
    public string? AdminKeyFile { get; set; }

    /// <summary>How long a browser login lasts before the user must paste a key again. Default 8 hours.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);
}
