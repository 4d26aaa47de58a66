namespace PmoFlow.Scripting;

/// <summary>Pays Roslyn's first-compile cost (about 1.5 s) ahead of the first expression that needs it.</summary>
public interface IScriptingWarmUp
{
    /// <summary>Compiles a trivial expression; safe to call from a background thread.</summary>
    void WarmUp();
}
