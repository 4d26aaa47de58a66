using System.Security.Cryptography;

namespace PmoFlow.Core.Access;

/// <summary>
/// The shape of a PmoFlow API key, <c>pmo_&lt;id&gt;_&lt;secret&gt;</c>: a 64-bit lookup id and a 256-bit random secret,
/// both lower-case hex (no character that needs escaping in a header, a shell or a URL). The store finds the key by its
/// id and compares a hash of the secret; the secret itself is never stored.
/// </summary>
public static class ApiKeyText
{
    /// <summary>What every key starts with, so a leaked key is recognisable (secret scanners, logs).</summary>
    public const string Prefix = "pmo_";

    /// <summary>The id's length in hex digits.</summary>
    public const int IdLength = IdBytes * 2;

    private const int IdBytes = 8;
    private const int SecretBytes = 32;
    private const int SecretLength = SecretBytes * 2;

    /// <summary>The length of every key: prefix, id, separator, secret.</summary>
    public const int Length = 4 + IdLength + 1 + SecretLength;

    /// <summary>A new random id and secret, and the key made of them.</summary>
    public static (string Id, string Secret, string Key) New()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdBytes));
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(SecretBytes));
        return (id, secret, $"{Prefix}{id}_{secret}");
    }

    /// <summary>Splits a key into its id and secret; false when it is not shaped like a PmoFlow key.</summary>
    public static bool TryParse(string? key, out string id, out string secret)
    {
        (id, secret) = ("", "");
        var text = key.AsSpan().Trim();
        if (text.Length != Length || !text.StartsWith(Prefix, StringComparison.Ordinal) || text[Prefix.Length + IdLength] != '_') return false;
        var idPart = text.Slice(Prefix.Length, IdLength);
        var secretPart = text[(Prefix.Length + IdLength + 1)..];
        if (!IsLowerHex(idPart) || !IsLowerHex(secretPart)) return false;
        (id, secret) = (idPart.ToString(), secretPart.ToString());
        return true;
    }

    /// <summary>
    /// SHA-256 of the secret's bytes. A fast hash is enough here: the secret is 256 random bits, not a password a
    /// person chose, so there is nothing a slow, salted hash would protect against a guess.
    /// </summary>
    public static byte[] Hash(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (secret.Length != SecretLength) throw new ArgumentException($"A key's secret has {SecretLength} hex digits.", nameof(secret));
        return SHA256.HashData(Convert.FromHexString(secret));
    }

    /// <summary>Whether <paramref name="secret"/> hashes to <paramref name="hash"/>, compared in constant time.</summary>
    public static bool Matches(string secret, byte[] hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        return CryptographicOperations.FixedTimeEquals(Hash(secret), hash);
    }

    private static bool IsLowerHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!char.IsAsciiDigit(c) && c is not (>= 'a' and <= 'f')) return false;
        return true;
    }
}
