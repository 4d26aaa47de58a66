namespace PmoFlow.Scripting.Rules.Compilation;

/// <summary>A compiled pack as bytes: what the disk cache stores and a load context loads.</summary>
/// <param name="Assembly">The assembly.</param>
/// <param name="Pdb">Its portable PDB, so a failing rule's stack trace names its file and line.</param>
internal sealed record RuleImage(byte[] Assembly, byte[] Pdb);
